import { css } from 'lit';

/** The insight page: the daily chart and the busiest-hours heat map. */
export const insightStyles = css`
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 2.5rem;
    margin: 0;
  }
  .totals div {
    display: flex;
    flex-direction: column-reverse;
  }
  .totals dd {
    margin: 0;
    font-size: 1.5rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .totals dt {
    color: #4b5563;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    font:
      10px system-ui,
      sans-serif;
  }
  .grid line {
    stroke: #e5e7eb;
  }
  .grid text,
  .months text {
    fill: #4b5563;
  }
  .booked {
    fill: #2563eb;
  }
  .cancelled {
    fill: #dc2626;
  }
  .legend {
    display: flex;
    gap: 1.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li::before {
    content: '';
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    margin-inline-end: 0.375rem;
  }
  .booked-key::before {
    background: #2563eb;
  }
  .cancelled-key::before {
    background: #dc2626;
  }
  .scroll {
    overflow-x: auto;
  }
  .heat th,
  .heat td {
    padding: 0.25rem;
    min-width: 1.5rem;
    text-align: center;
    font-variant-numeric: tabular-nums;
    border: 1px solid #fff;
  }
  .heat thead th {
    font-size: 0.75rem;
    color: #4b5563;
  }
  .heat tbody th {
    text-align: start;
  }
  .level-0 {
    color: #6b7280;
    background: #f3f4f6;
  }
  .level-1 {
    background: #dbeafe;
  }
  .level-2 {
    background: #93c5fd;
  }
  .level-3 {
    color: #fff;
    background: #2563eb;
  }
  .level-4 {
    color: #fff;
    background: #1e3a8a;
  }
`;
