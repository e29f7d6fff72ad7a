import { expect } from '@open-wc/testing';

import { calendarMessages } from '../components/calendar/calendar.messages.js';
import { importTranslation } from './import-translation.js';
import { messagesFor, resolveLocale } from './locales.js';
import { translationGlobalKey } from './script-translation.js';

describe('languages', () => {
  it('resolves tags to the closest supported locale', () => {
    expect(resolveLocale('fr-CA')).to.equal('fr');
    expect(resolveLocale('pt-PT')).to.equal('pt-BR');
    expect(resolveLocale('AR-eg')).to.equal('ar');
    expect(resolveLocale('ja-JP')).to.equal('en');
    expect(resolveLocale(undefined)).to.equal('en');
  });

  it('loads each language as its own module with every element present', async () => {
    for (const locale of ['es', 'fr', 'de', 'pt-BR', 'ar'] as const) {
      const translation = await importTranslation(locale);
      expect(Object.keys(translation).sort()).to.deep.equal(
        [
          'bookingForm',
          'button',
          'calendar',
          'confirmation',
          'manage',
          'modal',
          'serviceList',
          'staffList',
          'timeList',
          'widget',
          'zonePicker',
        ],
        locale,
      );
    }
    expect((await importTranslation('fr')).calendar.nextMonth).to.equal('Mois suivant');
  });

  it('reads a loaded language, English otherwise', () => {
    expect(messagesFor(calendarMessages, 'de-AT').nextMonth).to.equal('Nächster Monat');
    expect(messagesFor(calendarMessages, 'ja').nextMonth).to.equal('Next month');
  });

  it('names the script-tag globals after the locale', () => {
    expect(translationGlobalKey('pt-BR')).to.equal('pt_BR');
    expect(translationGlobalKey('es')).to.equal('es');
  });
});
