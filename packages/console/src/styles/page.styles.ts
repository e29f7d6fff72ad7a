import { css } from 'lit';

/** Text for assistive technology only: read out, never drawn. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * What every console page shares: headings, cards, tables, forms and buttons, so pages read
 * alike. Pages add their own rules after these.
 */
export const pageStyles = [
  visuallyHiddenStyles,
  css`
    :host {
      display: block;
    }
    h2 {
      margin: 0.5rem 0 1rem;
      font-size: 1.375rem;
    }
    h3 {
      margin: 1.25rem 0 0.5rem;
      font-size: 1.0625rem;
    }
    .card {
      margin: 0 0 1rem;
      padding: 1rem 1.25rem;
      background: #fff;
      border-radius: 0.5rem;
      box-shadow: 0 1px 2px rgb(0 0 0 / 12%);
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 0.5rem;
      text-align: start;
      border-bottom: 1px solid #e5e7eb;
    }
    th {
      font-weight: 600;
    }
    label {
      font-weight: 600;
    }
    input:not([type='checkbox'], [type='radio']),
    select,
    textarea {
      box-sizing: border-box;
      min-height: 2rem;
      padding: 0.375rem 0.5rem;
      font: inherit;
      border: 1px solid #6b7280;
      border-radius: 0.25rem;
    }
    input[type='checkbox'],
    input[type='radio'] {
      /* 18px boxes with 3px above and below: each line is the 24px target WCAG 2.5.8 asks. */
      width: 1.125rem;
      height: 1.125rem;
      margin-block: 0.1875rem;
      margin-inline: 0 0.375rem;
      vertical-align: middle;
    }
    button {
      min-height: 2rem;
      padding: 0.25rem 0.75rem;
      font: inherit;
      color: #1f2937;
      background: #fff;
      border: 1px solid #6b7280;
      border-radius: 0.25rem;
      cursor: pointer;
    }
    button.primary {
      color: #fff;
      background: #1d4ed8;
      border-color: #1d4ed8;
    }
    button.danger {
      color: #b91c1c;
      border-color: #b91c1c;
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    :focus-visible {
      outline: 3px solid #2563eb;
      outline-offset: 2px;
    }
    [role='alert'] {
      color: #b91c1c;
    }
    .hint {
      color: #4b5563;
      font-size: 0.875rem;
    }
  `,
];
