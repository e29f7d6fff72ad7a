/**
 * The widget's tag for Vue's template type checking: its settings typed from the element's
 * own properties, and each of its events, bound with `@bookafy-…`, as the widget's typed
 * event class.
 */
import type { BookafyEventMap, BookafyWidgetSettings } from '@bookafy/widget';
import type { DefineComponent } from 'vue';

/** A listener for each event the element fires. */
type WidgetEvents = {
  [Name in keyof BookafyEventMap]: (event: BookafyEventMap[Name]) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'bookafy-widget': DefineComponent<
      BookafyWidgetSettings,
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
