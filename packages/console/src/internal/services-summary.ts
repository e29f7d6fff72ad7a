import { msg, str } from '@lit/localize';

import type { Service } from './services-api.js';

/** Minutes as the viewer reads a length: "30 min", "2 hr", "1 day" in their language. */
export function formatMinutes(minutes: number, locale: string): string {
  const [unit, amount] =
    minutes >= 1440 && minutes % 1440 === 0
      ? (['day', minutes / 1440] as const)
      : minutes >= 60 && minutes % 60 === 0
        ? (['hour', minutes / 60] as const)
        : (['minute', minutes] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(
    amount,
  );
}

/** A service's durations in minutes: the main one, then the others a visitor may choose. */
export function durationsText(service: Service, locale: string): string {
  const all = [service.durationMinutes, ...service.alternativeDurationsMinutes];
  const minutes = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'short',
  });
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(all.map(minutes.format));
}

/** The settings of a service that differ from a plain appointment, one short phrase each. */
export function settingsSummary(service: Service, locale: string): string[] {
  const lines: string[] = [];
  const length = (minutes: number) => formatMinutes(minutes, locale);
  if (service.bufferBeforeMinutes > 0 || service.bufferAfterMinutes > 0) {
    const before = length(service.bufferBeforeMinutes);
    const after = length(service.bufferAfterMinutes);
    lines.push(msg(str`buffers ${before} before, ${after} after`, { id: 'services.sumBuffers' }));
  }
  if (service.intervalMinutes !== null) {
    const every = length(service.intervalMinutes);
    lines.push(msg(str`starts every ${every}`, { id: 'services.sumInterval' }));
  }
  if (service.minimumNoticeMinutes > 0) {
    const notice = length(service.minimumNoticeMinutes);
    lines.push(msg(str`${notice} notice`, { id: 'services.sumNotice' }));
  }
  const days = service.horizonDays;
  lines.push(msg(str`up to ${days} days ahead`, { id: 'services.sumHorizon' }));
  if (service.capacity > 1) {
    const seats = service.capacity;
    lines.push(msg(str`seats: ${seats}`, { id: 'services.sumSeats' }));
  }
  if (service.maxPerDay !== null) {
    const most = service.maxPerDay;
    lines.push(msg(str`at most ${most} a day`, { id: 'services.sumPerDay' }));
  }
  if (service.maxPerWeek !== null) {
    const most = service.maxPerWeek;
    lines.push(msg(str`at most ${most} a week`, { id: 'services.sumPerWeek' }));
  }
  if (service.requiresConfirmation) {
    lines.push(msg('needs confirmation', { id: 'services.sumConfirmation' }));
  }
  if (service.timeZoneDisplay === 'business') {
    lines.push(msg("in the business's time", { id: 'services.sumBusinessZone' }));
  }
  if (service.questions.length > 0) {
    const count = service.questions.length;
    lines.push(msg(str`questions: ${count}`, { id: 'services.sumQuestions' }));
  }
  return lines;
}
