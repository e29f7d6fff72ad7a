/**
 * The URL of the script tag that loaded the widget, read while the bundle first runs: a
 * widget without an `api-base` talks to the server that served its script. `undefined` when
 * the widget came from an ES module import.
 */
export const scriptUrl: string | undefined =
  typeof document === 'undefined'
    ? undefined
    : ((document.currentScript as HTMLScriptElement | null)?.src ?? undefined);
