/**
 * The widget's tag for TypeScript's JSX: its settings typed from the element's own
 * properties, and its events as `on<event-name>` props taking the widget's typed event classes.
 * React 19 sets each prop the element has as a property before the element joins the page,
 * and adds each `on<event-name>` prop as an event listener.
 */
import type {
  BookafyBookedEvent,
  BookafyErrorEvent,
  BookafyReadyEvent,
  BookafySlotSelectEvent,
  BookafyWidget,
} from '@bookafy/widget';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** The settings of `<bookafy-widget>`, by their property names. */
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

/** The events of `<bookafy-widget>` a component may listen to. */
interface WidgetEvents {
  'onbookafy-ready'?: (event: BookafyReadyEvent) => void;
  'onbookafy-slot-select'?: (event: BookafySlotSelectEvent) => void;
  'onbookafy-booked'?: (event: BookafyBookedEvent) => void;
  'onbookafy-error'?: (event: BookafyErrorEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'bookafy-widget': DetailedHTMLProps<HTMLAttributes<BookafyWidget>, BookafyWidget> &
        WidgetSettings &
        WidgetEvents;
    }
  }
}
