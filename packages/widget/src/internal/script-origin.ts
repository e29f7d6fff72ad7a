const script =
  typeof document === 'undefined'
    ? null
    : (document.currentScript as HTMLScriptElement | SVGScriptElement | null);

/**
 * The URL of the script tag that loaded the widget, read while the bundle first runs: a
 * widget without an `api-base` talks to the server that served its script. `undefined` when
 * the widget came from an ES module import.
 */
export const scriptUrl: string | undefined =
  script instanceof HTMLScriptElement ? (script.src ?? undefined) : undefined;

/**
 * The `data-*` attributes of that script tag, read at the same moment and keyed like
 * `dataset` (`data-publishable-key` is `publishableKey`): page-wide defaults such as the key,
 * locale and theme for booking links. Empty when the widget came from an ES module import.
 */
export const scriptDataset: Readonly<Record<string, string | undefined>> = Object.freeze({
  ...script?.dataset,
});

/**
 * The nonce of that script tag, so scripts the widget adds later (its other languages) pass
 * a nonce-based Content-Security-Policy too.
 */
export const scriptNonce: string | undefined =
  script instanceof HTMLScriptElement ? script.nonce || undefined : undefined;

/**
 * Whether that script tag was loaded with Subresource Integrity, and with which `crossorigin`
 * setting: a page that pins `bookafy.js` gets its language files pinned the same way.
 */
export const scriptIntegrity: { pinned: boolean; crossOrigin: string } = {
  pinned: script instanceof HTMLScriptElement && script.integrity !== '',
  crossOrigin: (script instanceof HTMLScriptElement && script.crossOrigin) || 'anonymous',
};
