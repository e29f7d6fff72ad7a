/**
 * The widget's tag for Vue's template type checking: its settings typed from the element's
 * own properties, and its events as the widget's typed event classes.
 */
import type {
  BookafyBookedEvent,
  BookafyErrorEvent,
  BookafyReadyEvent,
  BookafySlotSelectEvent,
  BookafyWidget,
} from '@bookafy/widget';
import type { DefineComponent } from 'vue';

/** The settings of `<bookafy-widget>` a template may bind. */
type WidgetSettings = Partial<
  Pick<
    BookafyWidget,
    | 'publishableKey'
    | 'apiBase'
    | 'service'
    | 'staff'
    | 'locale'
    | 'timeZone'
    | 'theme'
    | 'prefillName'
    | 'prefillEmail'
    | 'prefillPhone'
    | 'lockPrefill'
    | 'askPhone'
    | 'metadata'
    | 'forwardUtm'
  >
>;

/** The events of `<bookafy-widget>` a template may listen to, with `@bookafy-…`. */
interface WidgetEvents {
  'bookafy-ready': (event: BookafyReadyEvent) => void;
  'bookafy-slot-select': (event: BookafySlotSelectEvent) => void;
  'bookafy-booked': (event: BookafyBookedEvent) => void;
  'bookafy-error': (event: BookafyErrorEvent) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'bookafy-widget': DefineComponent<
      WidgetSettings,
      object,
      object,
      object,
      object,
      object,
      object,
      WidgetEvents
    >;
  }
}
