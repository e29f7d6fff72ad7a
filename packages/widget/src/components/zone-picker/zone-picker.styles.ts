import { css } from 'lit';

/** The zone picker's layout: a field, and under it the list that opens over the page. */
export const zonePickerStyles = css`
  :host {
    display: block;
    --bookafy-zone-picker-list-height: 18rem;
  }

  label {
    display: block;
    font-weight: 500;
    margin-block-end: calc(var(--_space) / 2);
  }

  .field {
    position: relative;
    display: flex;
    align-items: stretch;
  }

  input {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 24px;
    font: inherit;
    padding-block: var(--_space);
    padding-inline: var(--_space) calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .toggle {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: calc(var(--_space) * 4);
    border: 0;
    background: transparent;
    color: var(--_text-muted);
  }

  .popup {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    inset-block-start: calc(100% + 2px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 16px rgb(0 0 0 / 12%);
  }

  .popup[hidden] {
    display: none;
  }

  [role='listbox'] {
    max-block-size: var(--bookafy-zone-picker-list-height);
    overflow-y: auto;
    margin: 0;
    padding: 2px;
    list-style: none;
  }

  [role='option'] {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 24px;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }

  [role='option']:hover {
    background: var(--_surface-muted);
  }

  [role='option'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .check {
    inline-size: 1em;
    flex: none;
  }

  .offset {
    font-variant-numeric: tabular-nums;
  }

  .note {
    margin: 0;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
`;
