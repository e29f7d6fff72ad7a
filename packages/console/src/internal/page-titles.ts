import { msg } from '@lit/localize';

import type { ConsolePage } from './console-route.js';

/** The name of `page` in the navigation and the document title, in the current language. */
export function pageTitle(page: ConsolePage): string {
  switch (page) {
    case 'agenda':
      return msg('Agenda', { id: 'shell.page.agenda' });
    case 'week':
      return msg('Week', { id: 'shell.page.week' });
    case 'services':
      return msg('Services', { id: 'shell.page.services' });
    case 'staff':
      return msg('Staff', { id: 'shell.page.staff' });
    case 'embed':
      return msg('Embed', { id: 'shell.page.embed' });
    case 'insight':
      return msg('Insight', { id: 'shell.page.insight' });
    case 'settings':
      return msg('Plan and users', { id: 'shell.page.settings' });
  }
}
