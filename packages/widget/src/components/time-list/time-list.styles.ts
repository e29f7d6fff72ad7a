import { css } from 'lit';

export const timeListStyles = css`
  :host {
    display: block;
  }

  h3 {
    font-size: 1rem;
    margin-block: 0 var(--_space);
    margin-inline: 0;
  }

  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(calc(7rem * var(--_density)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .time {
    display: flex;
    flex-direction: column;
    align-items: center;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
  }

  .time:hover,
  .time[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .business {
    font-size: 0.75rem;
    font-weight: 400;
  }

  .empty {
    color: var(--_text-muted);
  }
`;
