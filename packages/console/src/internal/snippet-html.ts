/** How the booking flow appears on the owner's site. */
export type EmbedMode = 'inline' | 'button' | 'link';

/** The widget's colour scheme; `light` is its default. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** The languages the widget speaks, for its `locale` attribute. */
export const WIDGET_LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'] as const;

/** What the owner chose on the embed page. */
export interface EmbedSettings {
  mode: EmbedMode;
  /** One service to book straight away, or `null` for the list of every service. */
  serviceId: string | null;
  /** One staff member to book with, or `null` for anyone. */
  staffId: string | null;
  theme: EmbedTheme;
  /** A fixed language, or `null` for the visitor's browser language. */
  locale: string | null;
  /**
   * Whether the script tag pins this exact `bookafy.js` with its integrity hash. Off by default:
   * browsers refuse every later build, so a pinned snippet must be copied again after each
   * update of the server.
   */
  pinned: boolean;
}

/** What the snippet is built from besides the choices. */
export interface SnippetContext {
  /** The origin that serves the Worker, its script and its hosted pages. */
  origin: string;
  publishableKey: string;
  /** The account's slug for the hosted page link, or `null` when it has none. */
  slug: string | null;
  /** The `sha384-…` hash of `/bookafy.js`, when the server publishes one. */
  integrity?: string;
  /** The visible text of the fallback link, in the owner's language. */
  linkText: string;
}

/** The settings a new embed page starts with: the inline widget with every service. */
export const DEFAULT_EMBED_SETTINGS: EmbedSettings = {
  mode: 'inline',
  serviceId: null,
  staffId: null,
  theme: 'light',
  locale: null,
  pinned: false,
};

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

const escapeText = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

type Attributes = [name: string, value: string | undefined][];

function attributeText(attributes: Attributes): string {
  return attributes
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

/**
 * The widget attributes that `settings` call for, defaults left out: `theme` only when not
 * `light`, `locale` only when fixed. The key or account comes first, added by the caller.
 */
export function widgetAttributes(settings: EmbedSettings): Attributes {
  return [
    ['service', settings.serviceId ?? undefined],
    ['staff', settings.staffId ?? undefined],
    ['theme', settings.theme === 'light' ? undefined : settings.theme],
    ['locale', settings.locale ?? undefined],
  ];
}

/** The hosted booking page of `slug` on `origin`, or `undefined` without a slug. */
export const hostedPageUrl = (origin: string, slug: string | null): string | undefined =>
  slug ? `${origin}/book/${encodeURIComponent(slug)}` : undefined;

/**
 * The HTML an owner pastes into their site for `settings`: the element (or link) and the script
 * tag, which carries `integrity` and `crossorigin` when the owner chose to pin the script and
 * the hash is known. For links, the key, language and theme go on the script tag and the
 * service and staff member on the link, whose `href` is the hosted page so that it works
 * without JavaScript.
 *
 * @example
 * snippetHtml(DEFAULT_EMBED_SETTINGS, { origin: 'https://book.example', publishableKey: 'pk_1',
 *   slug: 'harbour', linkText: 'Book an appointment' });
 */
export function snippetHtml(settings: EmbedSettings, context: SnippetContext): string {
  const hosted = hostedPageUrl(context.origin, context.slug);
  const linkText = escapeText(context.linkText);
  const fallback = hosted ? `\n  <a href="${escapeAttribute(hosted)}">${linkText}</a>\n` : '';
  const integrity: Attributes =
    settings.pinned && context.integrity
      ? [
          ['integrity', context.integrity],
          ['crossorigin', 'anonymous'],
        ]
      : [];
  const src: Attributes = [['src', `${context.origin}/bookafy.js`], ...integrity];
  const key: Attributes = [['publishable-key', context.publishableKey]];

  if (settings.mode === 'link') {
    const trigger = attributeText([
      ['href', hosted ?? '#'],
      ['data-bookafy-service', settings.serviceId ?? ''],
      ['data-bookafy-staff', settings.staffId ?? undefined],
    ]);
    const script = attributeText([
      ...src,
      ['data-publishable-key', context.publishableKey],
      ['data-locale', settings.locale ?? undefined],
      ['data-theme', settings.theme === 'light' ? undefined : settings.theme],
    ]);
    return `<a${trigger}>${linkText}</a>\n<script${script} defer></script>\n`;
  }

  const element = settings.mode === 'button' ? 'bookafy-button' : 'bookafy-widget';
  const content = settings.mode === 'button' ? '' : fallback;
  const opening = attributeText([...key, ...widgetAttributes(settings)]);
  return (
    `<${element}${opening}>${content}</${element}>\n` +
    `<script${attributeText(src)} defer></script>\n`
  );
}
