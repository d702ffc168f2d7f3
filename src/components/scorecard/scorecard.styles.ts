import { css } from 'lit';

export const scorecardStyles = css`
  :host {
    --_reserved-height: 30rem;
  }
  :host([variant='bars']) {
    --_reserved-height: 22rem;
  }
  :host([variant='compact']) {
    --_reserved-height: 16rem;
  }

  .scorecard {
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .head {
    display: grid;
    gap: 0.125rem;
  }
  .title {
    margin: 0;
    font-size: 1.375rem;
    font-weight: 800;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .evaluator {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875rem;
  }

  .overall {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
    margin: 0;
    padding: 0.75rem 1rem;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  .overall__score {
    display: grid;
    margin: 0;
  }
  .overall__label {
    font-size: 0.8125rem;
    font-weight: 700;
    color: var(--_text-muted);
  }
  .overall__value {
    font-size: 2.25rem;
    font-weight: 800;
    line-height: 1.1;
  }
  .overall__max {
    font-size: 1rem;
    font-weight: 600;
    color: var(--_text-muted);
  }
  .overall__facts {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375rem;
  }
  .badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_primary);
    font-size: 0.8125rem;
    font-weight: 700;
  }
  .change {
    display: inline-flex;
    align-items: baseline;
    gap: 0.25rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .change--up {
    color: var(--_success);
  }
  .change--down {
    color: var(--_danger);
  }
  .change--same {
    color: var(--_text-muted);
  }
  .change__icon {
    font-size: 0.75em;
  }

  .summary {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .body {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @container (min-width: 46rem) {
    .scorecard--radar .body {
      grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
    }
  }

  .chart {
    position: relative;
    margin: 0;
  }
  .radar {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-size: 13px;
  }
  .scorecard--compact .radar {
    max-width: 16rem;
    margin-inline: auto;
  }
  .radar__ring {
    fill: none;
    stroke: var(--_border);
  }
  .radar__spoke {
    stroke: var(--_border);
  }
  .radar__tick {
    fill: var(--_text-muted);
    font-size: 11px;
  }
  .radar__area {
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .radar__series--current .radar__area {
    fill: color-mix(in srgb, var(--_primary) 22%, transparent);
    stroke: var(--_primary);
  }
  .radar__series--current .radar__point {
    fill: var(--_primary);
  }
  .radar__series--compare .radar__area {
    fill: none;
    stroke: var(--_text-muted);
    stroke-dasharray: 6 4;
  }
  .radar__series--compare .radar__point {
    fill: var(--_surface);
    stroke: var(--_text-muted);
    stroke-width: 2;
  }
  .radar__label {
    fill: var(--_text);
    font-weight: 600;
  }
  .radar__axis {
    cursor: pointer;
    outline: none;
  }
  .radar__hit {
    stroke: transparent;
    stroke-width: 24;
  }
  .radar__hit-end {
    fill: transparent;
  }
  .radar__swatch {
    fill: var(--_dimension);
  }
  .radar__axis:hover .radar__label,
  .radar__axis--selected .radar__label {
    text-decoration: underline;
  }
  .radar__axis:focus-visible .radar__hit {
    stroke: color-mix(in srgb, var(--_focus) 25%, transparent);
  }
  .radar__axis:focus-visible .radar__label {
    fill: var(--_focus);
    text-decoration: underline;
  }

  .tooltip {
    position: absolute;
    left: var(--_x);
    top: var(--_y);
    transform: translate(-50%, calc(-100% - 0.5rem));
    z-index: 1;
    max-width: 16rem;
    padding: 0.375rem 0.625rem;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.875rem;
    pointer-events: none;
    white-space: normal;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .legend svg {
    width: 1.75rem;
    height: 0.75rem;
  }
  .legend__current {
    stroke: var(--_primary);
    stroke-width: 2.5;
    fill: var(--_primary);
  }
  .legend__compare {
    stroke: var(--_text-muted);
    stroke-width: 2;
    stroke-dasharray: 4 3;
    fill: var(--_surface);
  }

  .section-title {
    margin: 0 0 0.5rem;
    font-size: 1.0625rem;
    font-weight: 700;
  }
  .rows {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_dimension);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  .row--open {
    background: var(--_surface-alt);
  }
  .row__toggle {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: var(--_text);
    text-align: start;
  }
  .row__toggle:hover {
    background: color-mix(in srgb, var(--_surface-alt) 70%, transparent);
  }
  .row__name {
    flex: 1 1 10rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .row__name::before {
    content: '▸';
    display: inline-block;
    margin-inline-end: 0.375rem;
    transition: transform 0.15s;
  }
  .row--open .row__name::before {
    transform: rotate(90deg);
  }
  .row__numbers {
    flex: 0 1 auto;
    margin-inline-start: auto;
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    align-items: baseline;
    gap: 0.5rem;
  }
  .row__score {
    font-size: 1.125rem;
    font-weight: 800;
  }
  .row__compare {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .bar {
    flex: 1 0 100%;
    position: relative;
    height: 0.5rem;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_border) 60%, transparent);
    overflow: visible;
  }
  .bar__fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: var(--_share);
    border-radius: 999px;
    background: var(--_dimension);
  }
  .bar__marker {
    position: absolute;
    inset-block: -0.1875rem;
    inset-inline-start: var(--_share);
    width: 0.1875rem;
    margin-inline-start: -0.09375rem;
    background: var(--_text);
  }
  .row__details {
    display: grid;
    gap: 0.5rem;
    padding: 0 0.75rem 0.75rem 1.75rem;
    font-size: 0.9375rem;
  }
  .row__details p {
    margin: 0;
  }
  .elements {
    display: grid;
    gap: 0.125rem;
    margin: 0;
  }
  .elements div {
    display: flex;
    justify-content: space-between;
    gap: 0.75rem;
    border-block-end: 1px dotted var(--_border);
  }
  .elements dt {
    overflow-wrap: anywhere;
  }
  .elements dd {
    margin: 0;
    font-weight: 700;
  }

  .aspects {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .aspects li {
    display: grid;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .aspects strong {
    font-size: 1.25rem;
  }
  .aspects small {
    color: var(--_text-muted);
  }

  .table-toggle {
    justify-self: start;
    min-height: 2.75rem;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375rem;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  td.number,
  th.number {
    text-align: end;
  }

  .sources {
    margin: 0;
    padding-inline-start: 1.25rem;
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-muted);
  }

  @media (prefers-reduced-motion: reduce) {
    .row__name::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .bar__fill,
    .radar__series--current .radar__point {
      background: Highlight;
      fill: Highlight;
    }
    .radar__series--current .radar__area {
      stroke: Highlight;
    }
    .row {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .table-toggle {
      display: none;
    }
    .scorecard {
      break-inside: avoid;
    }
  }
`;
