import { css } from 'lit';

export const widgetStyles = css`
  :host {
    display: block;
    max-inline-size: 40rem;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none;
  }

  h2 {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.25rem;
  }

  h2:focus {
    outline: none;
  }

  .muted {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }

  .day-times {
    margin-block-start: calc(var(--_space) * 2);
  }

  h3 {
    font-size: 1rem;
    margin: 0 0 var(--_space);
  }

  .back {
    border: 0;
    background: none;
    color: var(--_accent);
    padding: 0;
    margin-block-end: var(--_space);
  }

  .summary {
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }

  .alert {
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 2);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }

  .retry {
    margin-inline-start: var(--_space);
  }

  .skeleton {
    display: grid;
    gap: var(--_space);
  }

  .bone {
    block-size: 3.5rem;
    border-radius: var(--_radius);
    background: var(--_surface-muted);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }

  .bone.short {
    inline-size: 60%;
  }

  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  bookafy-zone-picker {
    display: block;
    margin-block-start: calc(var(--_space) * 2);
  }

  .powered-by {
    margin: calc(var(--_space) * 2) 0 0;
    text-align: end;
    color: var(--_text-muted);
    font-size: 0.75rem;
  }
`;
