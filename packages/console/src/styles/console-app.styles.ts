import { css } from 'lit';

/** The console shell: the header bar, the page navigation and the page area. */
export const consoleAppStyles = css`
  :host {
    display: block;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem 1.5rem;
    color: #fff;
    background: #1e293b;
  }
  header h1 {
    margin: 0;
    font-size: 1.25rem;
  }
  .user {
    margin-left: auto;
  }
  header select,
  button {
    font: inherit;
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0 1.5rem;
    list-style: none;
    background: #fff;
    border-bottom: 1px solid #d1d5db;
  }
  nav a {
    display: block;
    padding: 0.75rem 0.75rem 0.625rem;
    color: #1f2937;
    text-decoration: none;
    border-bottom: 3px solid transparent;
  }
  nav a[aria-current='page'] {
    font-weight: 600;
    border-bottom-color: #2563eb;
  }
  nav a:focus-visible,
  button:focus-visible {
    outline: 3px solid #2563eb;
    outline-offset: 2px;
  }
  main {
    max-width: 72rem;
    margin: 0 auto;
    padding: 1rem 1.5rem;
  }
  .session-ended {
    max-width: 28rem;
    margin: 1rem auto 0;
    text-align: center;
  }

  .signed-out-links {
    display: flex;
    justify-content: center;
    gap: 1rem;
  }
`;
