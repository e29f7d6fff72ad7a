import { css } from 'lit';

export const buttonStyles = css`
  :host {
    display: inline-block;
  }

  :host([hidden]) {
    display: none;
  }

  [part~='button'] {
    min-block-size: 2.5rem;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
`;
