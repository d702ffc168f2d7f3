import { css } from 'lit';

export const quickWinsStyles = css`
  :host {
    --_reserved: 64em;
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
    gap: 0.5em;
    padding: 0.75em 1em;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .chart {
    display: flex;
    gap: 2px;
    height: 0.75em;
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
    gap: 0.25em 1em;
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
    padding: 0 0.57em;
    white-space: nowrap;
    border: 1px solid var(--_tone);
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 600;
  }
  /* A pause between status and health for a screen reader ("Berjalan, Melenceng"), as the
     timeline's list has; nothing on screen. */
  .badge + .badge::before {
    content: '' / ', ';
  }
  .controls,
  .filters {
    display: grid;
    gap: 0.5em;
    align-items: end;
  }
  .filters {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .cards {
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }
  /* Cards stack their parts in normal flow: measured, a grid per card cost a fifth more layout. */
  .card {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card--overdue {
    border-inline-start: 0.375em solid var(--_danger);
  }
  .name {
    min-height: 1.72em;
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
    min-height: 1.42em;
    font-size: 1.0625em;
  }
  .chip {
    display: inline-block;
    padding: 0 0.57em;
    border-inline-start: 0.43em solid var(--_dimension);
    background: var(--_surface-alt);
    border-radius: 0.29em;
    font-size: 0.875em;
  }
  /* The table's text is already the chips' and badges' size. */
  td .chip,
  td .badge {
    font-size: 1em;
  }
  .card > * + * {
    margin-block-start: 0.375em;
  }
  .details > * + *,
  .details td > * + * {
    margin-block-start: 0.43em;
  }
  .kpi,
  .card .details {
    margin-block-start: 0.43em;
    font-size: 0.875em;
  }
  .kpi > * + * {
    margin-block-start: 0.29em;
  }
  .kpi__name {
    font-weight: 600;
  }
  /* In the cards' KPI and in the table, where the text is 14 px at the default size. */
  .progress {
    display: flex;
    gap: 0.57em;
    align-items: center;
  }
  .bar {
    position: relative;
    flex: 1 1 4.57em;
    min-width: 3.43em;
    height: 0.57em;
    border-radius: 1em;
    background: var(--_border);
  }
  .bar__fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: var(--_share);
    border-radius: 1em;
    background: var(--_chart);
  }
  .spark {
    display: block;
    width: 5.71em;
    height: 1.71em;
    overflow: visible;
  }
  .spark polyline {
    fill: none;
    stroke: var(--_chart);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .evidence li + li {
    margin-block-start: 0.43em;
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
    font-size: 0.875em;
    overflow-wrap: break-word;
  }
  caption {
    text-align: start;
    font-weight: 700;
  }
  th,
  td {
    /* Every column's 6 px a side: the table fits a 960 px content column without scrolling. */
    padding: 0.43em 0.36em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  /* The name is what a reader scans the table by: it gets at least a bar's width, not the
     narrowest column. */
  .table .progress,
  th .name {
    min-width: 7.5em;
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
    gap: 0.5em;
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
    /* The statuses' colours are gone: neighbouring parts alternate, so each can be told from the
       next, and the legend's status marks (its first items, in the same order) alternate alike. */
    .chart__part:nth-child(even) {
      background: CanvasText;
    }
    .legend [aria-hidden]:nth-child(odd) .mark {
      color: Highlight;
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
  /* The health symbols and the arrow, beside the status symbols of styles/marks.ts and drawn the
     same way (the arrow turns with right-to-left text). Only the tracker shows them. */
  .mark--at_risk,
  .mark--arrow {
    width: 0;
    border: 0 solid #0000;
    background: none;
  }
  .mark--at_risk {
    border-width: 0 0.4em 0.75em;
    border-bottom-color: currentColor;
  }
  .mark--arrow {
    height: 0.6em;
    border-width: 0.3em 0;
    border-inline-start: 0.5em solid;
  }
`;
