import { css } from 'lit';

export const modalStyles = css`
  :host {
    display: contents;
  }

  dialog {
    box-sizing: border-box;
    inline-size: fit-content;
    max-inline-size: min(44rem, 100% - 2 * var(--_space));
    max-block-size: calc(100% - 2 * var(--_space));
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .bar {
    position: sticky;
    inset-block-start: 0;
    display: flex;
    justify-content: flex-end;
  }

  .close {
    display: inline-grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .close:hover {
    background: var(--_surface-muted);
  }

  bookafy-widget {
    border: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: bookafy-dialog-in 160ms ease-out;
    }

    dialog[open]::backdrop {
      animation: bookafy-backdrop-in 160ms ease-out;
    }
  }

  @keyframes bookafy-dialog-in {
    from {
      opacity: 0;
      transform: translateY(0.5rem) scale(0.98);
    }
  }

  @keyframes bookafy-backdrop-in {
    from {
      opacity: 0;
    }
  }
`;
