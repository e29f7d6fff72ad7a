import { css } from 'lit';

export const bookingFormStyles = css`
  :host {
    display: block;
  }

  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: stretch;
  }

  label {
    font-weight: 500;
  }

  input,
  textarea,
  select {
    box-sizing: border-box;
    min-block-size: var(--_target);
    min-inline-size: 24px;
    font: inherit;
    padding-block: var(--_space);
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  textarea {
    resize: block;
    min-block-size: calc(var(--_space) * 12);
  }

  textarea:focus-visible,
  select:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }

  input[readonly] {
    background: var(--_surface-muted);
    border-style: dashed;
    color: var(--_text-muted);
  }

  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }

  .choice input {
    flex: none;
    block-size: 24px;
    inline-size: 24px;
    margin: 0;
    padding: 0;
    accent-color: var(--_accent);
  }

  .choice label {
    font-weight: 400;
  }

  .note {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }

  .error {
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 500;
  }

  .submit {
    justify-self: start;
    min-block-size: var(--_target);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  .submit:disabled {
    opacity: 0.6;
    cursor: progress;
  }
`;
