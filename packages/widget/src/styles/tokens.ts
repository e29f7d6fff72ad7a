import { css } from 'lit';

/**
 * The global design tokens every component reads. A host page overrides any of them on the
 * element or an ancestor, e.g. `bookafy-widget { --bookafy-color-accent: #0a7; }`.
 */
export const tokens = css`
  :host {
    --_accent: var(--bookafy-color-accent, #3553d4);
    --_accent-text: var(--bookafy-color-accent-text, #ffffff);
    --_surface: var(--bookafy-color-surface, #ffffff);
    --_surface-muted: var(--bookafy-color-surface-muted, #f2f4f8);
    --_text: var(--bookafy-color-text, #1b1f2a);
    --_text-muted: var(--bookafy-color-text-muted, #5b6272);
    --_border: var(--bookafy-color-border, #d5d9e2);
    --_danger: var(--bookafy-color-danger, #b42318);
    --_radius: var(--bookafy-radius, 8px);
    --_space: var(--bookafy-space, 8px);
    --_font: var(--bookafy-font-family, inherit);
    --_focus: var(--bookafy-focus-ring, 2px solid var(--_accent));

    font-family: var(--_font);
    color: var(--_text);
  }

  button {
    font: inherit;
    color: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
    cursor: pointer;
  }

  button:focus-visible,
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
`;
