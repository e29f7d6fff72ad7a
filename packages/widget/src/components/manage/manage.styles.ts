import { css } from 'lit';

export const manageStyles = css`
  :host {
    display: block;
    max-inline-size: 40rem;
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none;
  }

  h2 {
    margin-block: 0 calc(var(--_space) * 2);
    margin-inline: 0;
    font-size: 1.25rem;
  }

  h2:focus {
    outline: none;
  }

  p {
    margin-block: 0 calc(var(--_space) * 2);
    margin-inline: 0;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block: 0 calc(var(--_space) * 2);
    margin-inline: 0;
  }

  dt {
    color: var(--_text-muted);
  }

  dd {
    margin: 0;
  }

  .status {
    font-weight: 600;
  }

  .status[data-status='cancelled'] {
    color: var(--_danger);
  }

  .muted {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }

  .note,
  .notice {
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .primary,
  .secondary,
  .danger {
    min-block-size: var(--_target, 44px);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
  }

  .primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .secondary {
    background: var(--_surface);
    color: var(--_accent);
  }

  .danger {
    border-color: var(--_danger);
    background: var(--_surface);
    color: var(--_danger);
  }

  button:disabled {
    cursor: progress;
    opacity: 0.6;
  }

  .back {
    padding: 0;
    margin-block-end: var(--_space);
    border: 0;
    background: none;
    color: var(--_accent);
  }

  .day-times {
    margin-block-start: calc(var(--_space) * 2);
  }

  form {
    display: grid;
    gap: var(--_space);
  }

  label {
    font-weight: 500;
  }

  textarea {
    box-sizing: border-box;
    min-block-size: calc(var(--_space) * 10);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    resize: block;
  }

  textarea:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }

  .alert {
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 2);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }

  .alert p {
    margin-block-end: var(--_space);
  }

  .skeleton {
    block-size: 12rem;
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
`;
