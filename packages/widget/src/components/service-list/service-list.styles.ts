import { css } from 'lit';

export const serviceListStyles = css`
  :host {
    display: block;
  }

  ul {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .service {
    display: grid;
    inline-size: 100%;
    min-block-size: var(--_target);
    gap: 2px;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
  }

  .service:hover {
    border-color: var(--_accent);
  }

  .name {
    font-weight: 600;
  }

  .muted {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
`;
