import { css } from 'lit';

/** The card the console's sign-in and password forms sit on. */
export const formCardStyles = css`
  :host {
    display: block;
    max-width: 22rem;
    margin: 4rem auto;
    padding: 2rem;
    background: #fff;
    border-radius: 0.5rem;
    box-shadow: 0 1px 3px rgb(0 0 0 / 15%);
  }
  label {
    display: block;
    margin-top: 1rem;
    font-weight: 600;
  }
  input {
    display: block;
    box-sizing: border-box;
    width: 100%;
    margin-top: 0.25rem;
    padding: 0.5rem;
    font: inherit;
  }
  button {
    margin-top: 1.5rem;
    padding: 0.5rem 1rem;
    font: inherit;
    color: #fff;
    background: #1d4ed8;
    border: none;
    border-radius: 0.25rem;
  }
  button.secondary {
    margin-left: 0.5rem;
    color: #1d4ed8;
    background: none;
    border: 1px solid currentColor;
  }
  [role='alert'] {
    color: #b91c1c;
  }
`;
