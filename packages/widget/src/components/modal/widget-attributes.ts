/**
 * The attributes of `<bookafy-widget>` that the elements opening it in a dialog accept and pass
 * on unchanged, so a page configures a button exactly like an inline widget.
 */
export const widgetAttributes = [
  'publishable-key',
  'account',
  'api-base',
  'service',
  'staff',
  'locale',
  'time-zone',
  'theme',
  'prefill-name',
  'prefill-email',
  'prefill-phone',
  'lock-prefill',
  'ask-phone',
  'metadata',
  'forward-utm',
  'manage-booking',
  'manage-token',
] as const;

/** One of the widget's attribute names. */
export type WidgetAttribute = (typeof widgetAttributes)[number];

/** Whether an attribute name is one the widget takes. */
export function isWidgetAttribute(name: string): name is WidgetAttribute {
  return (widgetAttributes as readonly string[]).includes(name);
}

/** Sets an attribute, or removes it for `null` as `attributeChangedCallback` reports a removal. */
export function setOrRemoveAttribute(target: Element, name: string, value: string | null): void {
  if (value === null) target.removeAttribute(name);
  else target.setAttribute(name, value);
}
