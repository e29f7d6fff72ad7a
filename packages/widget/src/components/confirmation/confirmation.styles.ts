import { css } from 'lit';

export const confirmationStyles = css`
  :host {
    display: block;
  }

  h2 {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.25rem;
  }

  h2:focus {
    outline: none;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }

  dt {
    color: var(--_text-muted);
  }

  dd {
    margin: 0;
  }
`;
