import { css } from 'lit';

/** The booking details dialog: a head with the close button, term lists and the history. */
export const detailsStyles = css`
  dialog {
    box-sizing: border-box;
    width: min(40rem, 95vw);
    max-height: 90vh;
    padding: 1rem 1.25rem;
    color: #1f2937;
    border: none;
    border-radius: 0.5rem;
    box-shadow: 0 10px 30px rgb(0 0 0 / 30%);
  }
  dialog::backdrop {
    background: rgb(15 23 42 / 45%);
  }
  .head {
    display: flex;
    align-items: flex-start;
    gap: 1rem;
  }
  .head h2 {
    flex: 1;
    margin: 0;
  }
  /* The title takes focus only so that focus stays in the dialog after a change. */
  .head h2:focus {
    outline: none;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .actions,
  .cancel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  .history {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .history li {
    margin: 0.25rem 0;
  }
  .what {
    font-weight: 600;
  }
  [role='status']:empty,
  [role='alert']:empty {
    margin: 0;
  }
`;
