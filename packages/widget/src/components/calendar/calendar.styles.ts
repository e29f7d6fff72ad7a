import { css } from 'lit';

export const calendarStyles = css`
  :host {
    display: block;
  }

  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }

  h3 {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
  }

  .nav {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    block-size: var(--_target);
    inline-size: var(--_target);
  }

  .nav:disabled {
    opacity: 0.4;
    cursor: default;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    table-layout: fixed;
  }

  th {
    font-size: 0.75rem;
    font-weight: 500;
    color: var(--_text-muted);
    padding-block: calc(var(--_space) / 2);
  }

  td {
    padding: 2px;
    text-align: center;
  }

  .day {
    inline-size: 100%;
    aspect-ratio: 1;
    max-block-size: calc(var(--_target) * 1.25);
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text-muted);
  }

  .day[data-available] {
    background: var(--_surface-muted);
    color: var(--_text);
    font-weight: 600;
  }

  td:not([aria-selected='true']) .day[data-available]:hover {
    background: var(--_border);
  }

  .day[aria-disabled='true'] {
    cursor: default;
  }

  td[aria-selected='true'] .day {
    background: var(--_accent);
    color: var(--_accent-text);
  }
`;
