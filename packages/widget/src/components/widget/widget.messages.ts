import { defineCatalog } from '../../i18n/catalog.js';

/** The widget's own words: step headings, notices and errors. */
export interface WidgetMessages {
  loading: string;
  unavailable: string;
  chooseService: (business: string) => string;
  withWhom: (service: string) => string;
  chooseDay: (service: string) => string;
  yourDetails: string;
  back: string;
  changeTime: string;
  timesShownIn: string;
  timesAtBusiness: (zone: string) => string;
  takenWithAlternatives: string;
  takenNoAlternatives: string;
  networkError: string;
  reference: (requestId: string) => string;
  tryAgain: string;
  poweredBy: string;
  misconfigured: string;
  manageMissingToken: string;
}

/** In English, built in; the other languages load on demand (src/i18n/translations). */
export const widgetMessages = defineCatalog('widget', {
  loading: 'Loading',
  unavailable: 'This business has no services to book right now.',
  chooseService: (business) => `${business}: choose a service`,
  withWhom: (service) => `${service}: with whom?`,
  chooseDay: (service) => `${service}: choose a day`,
  yourDetails: 'Your details',
  back: '← Back',
  changeTime: '← Change time',
  timesShownIn: 'Times are shown in',
  timesAtBusiness: (zone) => `Times are local to the business (${zone}), where you will meet.`,
  takenWithAlternatives:
    'Sorry, someone booked that time a moment ago. These times nearby are still free:',
  takenNoAlternatives: 'Sorry, someone booked that time a moment ago. Please choose another time.',
  networkError: 'We could not reach the booking service. Please try again.',
  reference: (requestId) => `(reference ${requestId})`,
  tryAgain: 'Try again',
  poweredBy: 'Powered by Bookafy',
  misconfigured: 'This booking widget needs a publishable key or an account.',
  manageMissingToken: 'This link is incomplete: open the manage link from your confirmation.',
});
