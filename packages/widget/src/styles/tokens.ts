import { css } from 'lit';

/**
 * The colour themes a component can take from its `theme` attribute: `light` (also the
 * default when the attribute is absent), `dark`, or `auto`, which follows the visitor's
 * `prefers-color-scheme`.
 */
export type Theme = 'light' | 'dark' | 'auto';

const darkDefaults = css`
  --_default-accent: #9db0ff;
  --_default-accent-text: #0d1020;
  --_default-surface: #15181f;
  --_default-surface-muted: #262b37;
  --_default-text: #e8eaf0;
  --_default-text-muted: #a9b0be;
  --_default-border: #465063;
  --_default-danger: #ff9b8f;
  color-scheme: dark;
  background-color: var(--_surface);
`;

/**
 * The global design tokens every component reads. A host page overrides any of them on the
 * element or an ancestor, e.g. `bookafy-widget { --bookafy-color-accent: #0a7; }`; such an
 * override wins in every theme, because the theme only changes the fallbacks.
 *
 * Colours (light default / dark default):
 * - `--bookafy-color-accent` (#3553d4 / #9db0ff): chosen days and times, links, focus ring.
 * - `--bookafy-color-accent-text` (#ffffff / #0d1020): text on the accent colour.
 * - `--bookafy-color-surface` (#ffffff / #15181f): the background of panels and buttons.
 * - `--bookafy-color-surface-muted` (#f2f4f8 / #262b37): days with free times, quiet panels.
 * - `--bookafy-color-text` (#1b1f2a / #e8eaf0): body text.
 * - `--bookafy-color-text-muted` (#5b6272 / #a9b0be): secondary text, weekday names.
 * - `--bookafy-color-border` (#d5d9e2 / #465063): borders of buttons and fields.
 * - `--bookafy-color-danger` (#b42318 / #ff9b8f): error messages.
 *
 * Shape, type and motion:
 * - `--bookafy-radius` (8px): corner radius of buttons and panels.
 * - `--bookafy-space` (8px): the spacing unit, multiplied by the density.
 * - `--bookafy-density` (1): a unitless factor on spacing and target sizes, such as 0.85
 *   for a compact widget or 1.25 for a roomy one; targets never shrink below 24px, the
 *   WCAG 2.2 minimum.
 * - `--bookafy-target-size` (2.25rem): the size of the main controls (days, month buttons,
 *   times) before the density applies.
 * - `--bookafy-font-family` (inherit): the font; the host page's by default.
 * - `--bookafy-focus-ring` (2px solid accent): the outline of the focused control.
 * - `--bookafy-transition-duration` (120ms): colour changes on hover and choice; always 0
 *   when the visitor asks for reduced motion.
 *
 * Themes: each component reflects a `theme` property to its own `theme` attribute, so the
 * rules below apply to a nested component too once its parent passes the theme down, and a
 * component used alone takes the attribute directly. `theme="dark"` uses the dark
 * defaults, `theme="auto"` uses them while `prefers-color-scheme: dark` matches, and
 * anything else is light. A dark host paints its own surface, so that its light text never
 * sits on a light page. A selector on an ancestor's attribute cannot cross shadow roots,
 * and custom properties cannot be matched by selectors, which is why the attribute lives on
 * every host.
 */
export const tokens = css`
  :host {
    --_default-accent: #3553d4;
    --_default-accent-text: #ffffff;
    --_default-surface: #ffffff;
    --_default-surface-muted: #f2f4f8;
    --_default-text: #1b1f2a;
    --_default-text-muted: #5b6272;
    --_default-border: #d5d9e2;
    --_default-danger: #b42318;

    --_accent: var(--bookafy-color-accent, var(--_default-accent));
    --_accent-text: var(--bookafy-color-accent-text, var(--_default-accent-text));
    --_surface: var(--bookafy-color-surface, var(--_default-surface));
    --_surface-muted: var(--bookafy-color-surface-muted, var(--_default-surface-muted));
    --_text: var(--bookafy-color-text, var(--_default-text));
    --_text-muted: var(--bookafy-color-text-muted, var(--_default-text-muted));
    --_border: var(--bookafy-color-border, var(--_default-border));
    --_danger: var(--bookafy-color-danger, var(--_default-danger));
    --_radius: var(--bookafy-radius, 8px);
    --_density: var(--bookafy-density, 1);
    --_space: calc(var(--bookafy-space, 8px) * var(--_density));
    --_target: max(24px, calc(var(--bookafy-target-size, 2.25rem) * var(--_density)));
    --_font: var(--bookafy-font-family, inherit);
    --_focus: var(--bookafy-focus-ring, 2px solid var(--_accent));
    --_duration: var(--bookafy-transition-duration, 120ms);

    font-family: var(--_font);
    color: var(--_text);
  }

  :host([theme='dark']) {
    ${darkDefaults}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkDefaults}
    }
  }

  button,
  a {
    transition-property: background-color, border-color, color;
    transition-duration: var(--_duration);
  }

  button {
    font: inherit;
    color: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
    cursor: pointer;
  }

  button:focus-visible,
  a:focus-visible,
  input:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }

    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
