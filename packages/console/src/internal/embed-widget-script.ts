let loading: Promise<void> | undefined;

/**
 * Loads this server's script-tag widget (`/bookafy.js`) into the console once, as a site that
 * embeds it would, and resolves when `<bookafy-widget>` is defined. The script comes from the
 * console's own origin, which the console's Content Security Policy allows, and talks to the
 * API on that origin. A failed load can be tried again.
 */
export function loadWidgetScript(): Promise<void> {
  if (customElements.get('bookafy-widget')) return Promise.resolve();
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/bookafy.js';
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => {
      script.remove();
      loading = undefined;
      reject(new Error('The widget script could not be loaded.'));
    });
    document.head.append(script);
  }).then(() => customElements.whenDefined('bookafy-widget').then(() => undefined));
  return loading;
}
