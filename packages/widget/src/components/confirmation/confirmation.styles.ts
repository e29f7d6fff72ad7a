import { css } from 'lit';

export const confirmationStyles = css`
  :host {
    display: block;
  }

  h2 {
    margin-block: 0 calc(var(--_space) * 2);
    margin-inline: 0;
    font-size: 1.25rem;
  }

  h2:focus {
    outline: none;
  }

  h3 {
    margin-block: calc(var(--_space) * 2) var(--_space);
    margin-inline: 0;
    font-size: 1rem;
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

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  a {
    color: var(--_accent);
    font-weight: 600;
  }

  .links a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    padding-inline: calc(var(--_space) * 1.5);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-decoration: none;
  }

  .links a:hover {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .manage {
    margin-block: calc(var(--_space) * 2) 0;
    margin-inline: 0;
  }
`;
