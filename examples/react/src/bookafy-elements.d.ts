/**
 * The widget's tag for TypeScript's JSX: its settings typed from the element's own
 * properties, and each of its events as an `on<event-name>` prop taking the widget's typed
 * event class. React 19 sets each prop the element has as a property before the element joins
 * the page, and adds each `on<event-name>` prop as an event listener.
 */
import type { BookafyEventMap, BookafyWidget, BookafyWidgetSettings } from '@bookafy/widget';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** `onbookafy-booked` and the rest: a listener for each event the element fires. */
type WidgetEventProps = {
  [Name in keyof BookafyEventMap as `on${Name}`]?: (event: BookafyEventMap[Name]) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'bookafy-widget': DetailedHTMLProps<HTMLAttributes<BookafyWidget>, BookafyWidget> &
        BookafyWidgetSettings &
        WidgetEventProps;
    }
  }
}
