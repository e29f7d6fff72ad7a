import { css } from 'lit';

/**
 * The week view: the toolbar, and the grid, where each day is a list of bookings that CSS
 * places by the custom properties `--top`, `--bottom` (minutes after midnight), `--column` and
 * `--columns` on each item.
 */
export const weekStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0 0 0.75rem;
  }
  .toolbar label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .range {
    font-weight: 600;
  }
  .toolbar a {
    display: inline-flex;
    align-items: center;
    min-height: 2rem;
    color: #1d4ed8;
  }
  .zones {
    margin: 0 0 0.5rem;
    color: #4b5563;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .legend li::before {
    content: '';
    display: inline-block;
    width: 0.875rem;
    height: 0.875rem;
    margin-inline-end: 0.375rem;
    vertical-align: -0.125rem;
    border-radius: 0.125rem;
  }

  .grid {
    --hour-height: 4rem;
    --minute: calc(var(--hour-height) / 60);
    --head-height: 2.75rem;
    display: grid;
    grid-template-columns: 4.5rem 1fr;
    overflow-x: auto;
    background: #fff;
    border-radius: 0.5rem;
    box-shadow: 0 1px 2px rgb(0 0 0 / 12%);
  }
  .hours {
    padding-top: var(--head-height);
  }
  .hours span {
    display: block;
    height: var(--hour-height);
    padding-inline-end: 0.375rem;
    font-size: 0.75rem;
    color: #4b5563;
    text-align: end;
    white-space: nowrap;
    transform: translateY(-0.5em);
  }
  .days {
    display: grid;
    grid-template-columns: repeat(7, minmax(6.5rem, 1fr));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .day {
    border-inline-start: 1px solid #e5e7eb;
  }
  .day h3 {
    box-sizing: border-box;
    height: var(--head-height);
    margin: 0;
    padding: 0.25rem;
    font-size: 0.875rem;
    text-align: center;
    border-bottom: 1px solid #d1d5db;
  }
  .track {
    position: relative;
    height: calc(var(--hours) * var(--hour-height));
    background: repeating-linear-gradient(
      to bottom,
      transparent 0 calc(var(--hour-height) - 1px),
      #e5e7eb calc(var(--hour-height) - 1px) var(--hour-height)
    );
  }
  .bookings {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .booking {
    position: absolute;
    box-sizing: border-box;
    top: calc((var(--top) - var(--first-hour) * 60) * var(--minute));
    height: calc((var(--bottom) - var(--top)) * var(--minute));
    min-height: 24px;
    left: calc(100% * var(--column) / var(--columns));
    width: calc(100% / var(--columns));
    padding: 1px;
  }
  .booking button {
    display: block;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    min-height: 24px;
    padding: 0.125rem 0.25rem;
    overflow: hidden;
    font-size: 0.75rem;
    line-height: 1.2;
    text-align: start;
    color: #1f2937;
    border-radius: 0.25rem;
  }
  .booking span {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .booking .time {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .confirmed button,
  .legend .confirmed::before {
    background: #dbeafe;
    border: 1px solid #1d4ed8;
    border-inline-start-width: 4px;
  }
  .pending button,
  .legend .pending::before {
    background: #fef3c7;
    border: 1px dashed #b45309;
    border-inline-start: 4px solid #b45309;
  }
  .cancelled button,
  .legend .cancelled::before {
    color: #4b5563;
    background: #f3f4f6;
    border: 1px solid #9ca3af;
  }
  .cancelled .customer {
    text-decoration: line-through;
  }
  @media (prefers-reduced-motion: no-preference) {
    .booking button {
      transition: box-shadow 0.1s;
    }
  }
  .booking button:hover {
    box-shadow: 0 1px 4px rgb(0 0 0 / 25%);
  }
`;
