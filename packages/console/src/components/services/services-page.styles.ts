import { css } from 'lit';

/** The services page's own rules: its toolbar, table cells and dialogs. */
export const servicesPageStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-bottom: 1rem;
  }
  .toolbar label {
    font-weight: normal;
  }
  dialog {
    width: min(48rem, 95vw);
    max-height: 90vh;
    padding: 1rem 1.5rem;
    border: none;
    border-radius: 0.5rem;
    box-shadow: 0 10px 30px rgb(0 0 0 / 30%);
  }
  dialog h3 {
    margin-top: 0;
  }
  td.actions {
    white-space: nowrap;
  }
  .settings {
    color: #4b5563;
  }
  .archived {
    color: #4b5563;
    font-style: italic;
  }
`;
