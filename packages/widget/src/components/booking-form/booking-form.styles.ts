import { css } from 'lit';

export const bookingFormStyles = css`
  :host {
    display: block;
  }

  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  label {
    display: grid;
    gap: calc(var(--_space) / 2);
    font-weight: 500;
  }

  input {
    font: inherit;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .error {
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 400;
  }

  .submit {
    padding: var(--_space) calc(var(--_space) * 2);
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
