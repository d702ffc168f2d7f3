import { css } from 'lit';

export const quickWinsStyles = css`
  :host {
    --_reserved-height: 32rem;
  }
  .tracker {
    overflow-wrap: anywhere;
  }
  .subtitle {
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  .summary {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .chart {
    display: flex;
    gap: 2px;
    height: 0.75rem;
  }
  .chart__part {
    flex: var(--_share) 1 0;
    background: currentColor;
    border-radius: 2px;
  }
  .legend,
  .cards,
  .evidence {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .status--completed,
  .health--on_track {
    --_tone: var(--_success);
  }
  /* Not the primary colour: beside "completed" green it must read as another series. */
  .status--in_progress {
    --_tone: var(--_secondary);
  }
  .status--planned {
    --_tone: var(--_text-muted);
  }
  .status--on_hold,
  .health--at_risk {
    --_tone: var(--_warning);
  }
  .status--cancelled,
  .health--off_track,
  .overdue {
    --_tone: var(--_danger);
  }
  .chart__part,
  .mark,
  .overdue {
    color: var(--_tone);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    white-space: nowrap;
    border: 1px solid var(--_tone);
    border-radius: 1rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .controls,
  .filters {
    display: grid;
    gap: 0.5rem;
    align-items: end;
  }
  .filters {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .cards {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  /* Cards stack their parts in normal flow: measured, a grid per card cost a fifth more layout. */
  .card {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card--overdue {
    border-inline-start: 0.375rem solid var(--_danger);
  }
  .name {
    min-height: 1.5rem;
    min-width: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .card__title .name {
    font-size: 1.0625rem;
  }
  .chip {
    display: inline-block;
    padding: 0 0.5rem;
    border-inline-start: 0.375rem solid var(--_dimension);
    background: var(--_surface-alt);
    border-radius: 0.25rem;
    font-size: 0.875rem;
  }
  .card > * + *,
  .details > * + *,
  .details td > * + * {
    margin-block-start: 0.375rem;
  }
  .kpi {
    font-size: 0.875rem;
  }
  .kpi > * + * {
    margin-block-start: 0.25rem;
  }
  .kpi__name {
    font-weight: 600;
  }
  .progress {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .bar {
    position: relative;
    flex: 1 1 4rem;
    min-width: 3rem;
    height: 0.5rem;
    border-radius: 1rem;
    background: var(--_border);
  }
  .bar__fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: var(--_share);
    border-radius: 1rem;
    background: var(--_chart);
  }
  .spark {
    display: block;
    width: 5rem;
    height: 1.5rem;
    overflow: visible;
  }
  .spark polyline {
    fill: none;
    stroke: var(--_chart);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .details {
    font-size: 0.875rem;
  }
  .evidence li + li {
    margin-block-start: 0.375rem;
  }
  /* Positioned, so the hidden words for screen readers scroll with the table, not the page. */
  .table {
    position: relative;
    overflow-x: auto;
  }
  /* Cells break between words only: breaking anywhere let the table squeeze every column but
     the name to a few letters ("Berjala-n"); a narrow screen scrolls the table instead. */
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
    overflow-wrap: break-word;
  }
  caption {
    text-align: start;
    font-weight: 700;
  }
  th,
  td {
    /* Every column's 6 px a side: the table fits a 960 px content column without scrolling. */
    padding: 0.375rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .table .progress {
    min-width: 7rem;
  }
  .number {
    text-align: end;
    white-space: nowrap;
  }
  /* Below the figures, free to wrap: "5 / 3 hari kerja" must not read as "5 of 3". */
  .unit {
    display: block;
    white-space: normal;
  }
  tr.details td {
    background: var(--_surface-alt);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: center;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    .bar__fill,
    .chart__part {
      background: Highlight;
    }
    .spark polyline {
      stroke: CanvasText;
    }
  }
  @media print {
    .controls,
    .pager {
      display: none;
    }
  }
`;
