import { msg, str } from '@lit/localize';
import { css, html, nothing, type ReactiveElement } from 'lit';

import { cssProperties } from '../../directives/css-properties.js';
import { intervalOf, type RangeProblem, type TimeRange } from '../../internal/schedule-ranges.js';

/** The styles of the range editors and their day bars; added to a host's own styles. */
export const timeRangesStyles = css`
  .ranges {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .range label {
    font-weight: normal;
  }
  .range .error {
    flex-basis: 100%;
    margin: 0;
    color: #b91c1c;
  }
  .track {
    position: relative;
    height: 0.75rem;
    min-width: 8rem;
    background: repeating-linear-gradient(
      to right,
      #e5e7eb 0,
      #e5e7eb calc(25% - 1px),
      #9ca3af calc(25% - 1px),
      #9ca3af 25%
    );
    border-radius: 0.25rem;
  }
  .track span {
    position: absolute;
    top: 0;
    bottom: 0;
    left: calc(var(--start) * 1%);
    width: calc(var(--length) * 1%);
    background: #1d4ed8;
    border-radius: 0.25rem;
  }
`;

/** A range's problem as the owner reads it. */
export function rangeProblemText(problem: RangeProblem): string {
  switch (problem) {
    case 'incomplete':
      return msg('Enter a start and an end.', { id: 'staff.rangeIncomplete' });
    case 'endNotAfterStart':
      return msg('The end must be after the start.', { id: 'staff.rangeEndBeforeStart' });
    case 'longerThanADay':
      return msg('A range lasts at most 24 hours.', { id: 'staff.rangeTooLong' });
    case 'overlap':
      return msg('These hours overlap other hours.', { id: 'staff.rangeOverlap' });
  }
}

/** What a list of ranges for one day needs to draw itself and report edits. */
export interface RangesOptions {
  /** Makes the inputs' ids unique within the host, such as `d1` for Monday. */
  prefix: string;
  /** The day as the labels name it: "Monday", or a full date. */
  dayName: string;
  ranges: readonly TimeRange[];
  /** The problem of each range, shown beside it. */
  problems: readonly (RangeProblem | undefined)[];
  /** Receives how to change the host's current ranges, so quick edits never undo each other. */
  onChange: (update: (ranges: TimeRange[]) => TimeRange[]) => void;
}

/**
 * The time ranges of one day: a labelled start and end time each (named with the day, so a
 * screen reader hears "Monday, range 1, start"), whether it ends the next day, and buttons to
 * remove a range and add one (which gives the new range's start focus).
 */
export function renderRanges(options: RangesOptions) {
  const { prefix, dayName, ranges, problems, onChange } = options;
  const edit = (index: number, changes: Partial<TimeRange>) =>
    onChange((current) =>
      current.map((range, at) => (at === index ? { ...range, ...changes } : range)),
    );
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  return html`<div class="ranges">
    ${ranges.map((range, index) => {
      const number = index + 1;
      const id = `${prefix}-${index}`;
      const problem = problems[index];
      const invalid = problem ? 'true' : 'false';
      return html`<div class="range">
        <label for="${id}-start"
          ><span class="visually-hidden"
            >${msg(str`${dayName}, range ${number},`, { id: 'staff.rangeName' })}</span
          >
          ${msg('from', { id: 'staff.from' })}</label
        >
        <input
          type="time"
          id="${id}-start"
          .value=${range.start}
          aria-invalid=${invalid}
          aria-describedby="${id}-error"
          @input=${(event: Event) => edit(index, { start: value(event) })}
        />
        <label for="${id}-end"
          ><span class="visually-hidden"
            >${msg(str`${dayName}, range ${number},`, { id: 'staff.rangeName' })}</span
          >
          ${msg('to', { id: 'staff.to' })}</label
        >
        <input
          type="time"
          id="${id}-end"
          .value=${range.end}
          aria-invalid=${invalid}
          aria-describedby="${id}-error"
          @input=${(event: Event) => edit(index, { end: value(event) })}
        />
        <label>
          <input
            type="checkbox"
            .checked=${range.nextDay}
            @change=${(event: Event) =>
              edit(index, { nextDay: (event.target as HTMLInputElement).checked })}
          />
          ${msg('ends the next day', { id: 'staff.nextDay' })}
        </label>
        <button
          type="button"
          aria-label=${msg(str`Remove ${dayName}, range ${number}`, { id: 'staff.removeRange' })}
          @click=${() => onChange((current) => current.filter((_, at) => at !== index))}
        >
          ${msg('Remove', { id: 'services.remove' })}
        </button>
        <p class="error" id="${id}-error">${problem ? rangeProblemText(problem) : ''}</p>
      </div>`;
    })}
    <div>
      <button
        type="button"
        id="${prefix}-add"
        aria-label=${msg(str`Add hours on ${dayName}`, { id: 'staff.addRangeLabel' })}
        @click=${(event: Event) => addRange(event, prefix, onChange)}
      >
        ${msg('Add hours', { id: 'staff.addRange' })}
      </button>
    </div>
  </div>`;
}

/** Adds a range after the day's last one and moves focus to its start, as a person expects. */
async function addRange(event: Event, prefix: string, onChange: RangesOptions['onChange']) {
  const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
  let added = 0;
  onChange((current) => {
    added = current.length;
    return [...current, nextRange(current)];
  });
  await (root.host as ReactiveElement).updateComplete;
  root.getElementById(`${prefix}-${added}-start`)?.focus();
}

/** A new range after the day's last one: an hour later until two hours later, or 09:00–17:00. */
function nextRange(ranges: readonly TimeRange[]): TimeRange {
  const last = ranges.at(-1);
  const end = last ? intervalOf(last)?.endMinute : undefined;
  if (end === undefined || end + 120 > 1440)
    return { start: '09:00', end: '17:00', nextDay: false };
  const time = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { start: time(end + 60), end: time(end + 120), nextDay: false };
}

/** A 24-hour track with the day's ranges drawn on it; the inputs carry the same facts. */
export function renderDayBar(ranges: readonly TimeRange[]) {
  return html`<div class="track" aria-hidden="true">
    ${ranges.map((range) => {
      const interval = intervalOf(range);
      if (!interval || interval.endMinute <= interval.startMinute) return nothing;
      const start = (interval.startMinute / 1440) * 100;
      const length = (Math.min(interval.endMinute, 1440) / 1440) * 100 - start;
      return html`<span ${cssProperties({ '--start': start, '--length': length })}></span>`;
    })}
  </div>`;
}
