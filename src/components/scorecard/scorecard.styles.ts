import { css } from 'lit';

/*
 * Two weights (400, 700) and few sizes: the first layout looks up a font for every size and weight
 * pair it meets (measured here at 2–5 ms each). The arrows and disclosure triangles are drawn, not
 * typed: ▲ ▼ ■ ▸ ▾ are missing from most text fonts, and the system font fallback that finds them
 * cost about 30 ms of the first frame. See docs/performance.md.
 */
export const scorecardStyles = css`
  :host {
    --_reserved: 69em;
  }
  :host([variant='compact']) {
    --_reserved: 33em;
  }

  .evaluator,
  .overall__label,
  .overall__max,
  .aspects small,
  .row__compare,
  .row__maturity {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .overall {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
    padding: 0.75em 1em;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    border-inline-start: 0.375em solid var(--_secondary);
  }
  .overall__score {
    display: grid;
    margin: 0;
  }
  .overall__value {
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1.1;
  }
  /* Inside the value: 14 px at the default size, like the label. */
  .overall__max {
    font-size: calc(14em / 36);
    font-weight: 400;
  }
  .overall__facts,
  .legend,
  .rows,
  .aspects {
    display: grid;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* One box, not a border broken across lines, when a long rating wraps on a phone. */
  .badge {
    display: inline-block;
    padding: 0.14em 0.57em;
    border-radius: 1em;
    border: 1px solid var(--_primary);
    font-size: 0.875em;
    font-weight: 700;
  }
  .change {
    font-weight: 700;
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
  .change__icon,
  .row__name::before {
    display: inline-block;
    width: 0.625em;
    height: 0.625em;
    background: currentColor;
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  .change--up .change__icon {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .change--down .change__icon,
  .row--open .row__name::before {
    clip-path: polygon(0 0, 100% 0, 50% 100%);
  }
  .scorecard,
  .title,
  .row__name,
  .elements dt {
    overflow-wrap: anywhere;
  }

  .body {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }

  @container (min-width: 46em) {
    .scorecard--radar .body {
      grid-template-columns: 5fr 6fr;
    }
  }

  /* The tooltip is placed in the radar's own box, in viewBox percentages. */
  .chart > div {
    position: relative;
  }
  /* Labels are anchored (start, end) for a left-to-right line: on a right-to-left page the
     anchors would flip and the labels fall onto the rings. */
  .radar {
    direction: ltr;
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-size: 13px;
  }
  /* The drawing, not the svg box, is scaled: it stays inside the viewBox and the page's width. */
  .radar > g {
    transform: scale(var(--_zoom, 1));
    transform-origin: 50% 50%;
  }
  /* The box, not only the svg: the tooltip is placed in the box's percentages. */
  .scorecard--compact .chart > div {
    max-width: 16em;
    margin-inline: auto;
  }
  /* A radar drawn small would shrink its text below reading size: the rows name the
     dimensions, the tooltip and the table give the values. */
  .scorecard--compact .radar__tick {
    display: none;
  }
  /* Compact or narrow, the labels' margins are empty: the radar is drawn a third larger, into them. */
  .scorecard--compact .chart {
    --_zoom: 1.35;
  }
  /* Shown where the labels give way beside the rows: numbered alike, so an axis is known by more
     than its colour. Screen readers have the names already. */
  .radar__numbers {
    display: none;
    font-size: 16px;
  }
  .radar__numbers,
  .radar__label {
    fill: var(--_text);
    font-weight: 700;
  }
  @container (max-width: 30em) {
    .chart {
      --_zoom: 1.35;
    }
    .radar__label,
    .radar__tick {
      display: none;
    }
    .scorecard--radar .radar__numbers {
      display: inline;
    }
    .scorecard--radar .rows {
      counter-reset: dimension;
    }
    .scorecard--radar .row__toggle::before {
      counter-increment: dimension;
      content: counter(dimension) / '';
      font-weight: 700;
    }
  }
  .radar__ring {
    fill: none;
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
    fill: color-mix(in srgb, var(--_chart) 22%, transparent);
  }
  .radar__series--current,
  .legend__current {
    stroke: var(--_chart);
    fill: var(--_chart);
  }
  .radar__series--compare,
  .legend__compare {
    stroke: var(--_text-muted);
    stroke-width: 2;
    fill: var(--_surface);
  }
  .radar__series--compare .radar__area {
    fill: none;
  }
  .radar__series--compare .radar__area,
  .legend__compare path:first-child {
    stroke-dasharray: 6 4;
  }
  .radar__axis {
    cursor: pointer;
    outline: none;
  }
  /* A finger wide on screen (24 px), however small the radar is drawn: in the viewBox's units
     a 24 wide line was 15 px wide in a 330 px radar. The focus ring below is in pixels too. */
  .radar__hit {
    stroke: transparent;
    stroke-width: 24;
    vector-effect: non-scaling-stroke;
  }
  .radar__hit-end {
    fill: transparent;
  }
  .radar__swatch {
    fill: var(--_dimension);
  }
  /* The chosen axis is known by its state (expanded, or pressed in a compact radar), which says it
     to a screen reader too. */
  [aria-expanded='true'] .radar__label,
  [aria-pressed='true'] .radar__label,
  .radar__axis:focus-visible .radar__label {
    text-decoration: underline;
  }
  /* The axis line itself is the focus ring: solid, in the focus colour (at least 3:1), and
     visible where the labels are not (compact, narrow). */
  .radar__axis:focus-visible .radar__hit {
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-linecap: round;
  }

  /* Inside the chart at any width: a tooltip at L % of the chart's width is moved left by L % of
     its own, centred on a middle axis and flush with the edge at the edges. It sits above its
     point, or below it (--_dy) in the upper half, where above would leave the chart. */
  .tooltip {
    /* Spaced as the minified \`top\` below, which gzip then shares: the CSS minifier leaves a
       custom property's value as written. */
    /* prettier-ignore */
    --_left: calc(50% + (var(--_x) - 50%) * var(--_zoom,1));
    position: absolute;
    left: var(--_left);
    top: calc(50% + (var(--_y) - 50%) * var(--_zoom, 1));
    transform: translate(calc(-1 * var(--_left)), var(--_dy, calc(-100% - 0.57em)));
    /* Its own width, not the room right of its point, which shrinks to nothing on the right. */
    width: max-content;
    max-width: min(18.29em, 100%);
    padding: 0.43em 0.71em;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.875em;
    pointer-events: none;
  }

  .legend {
    display: flex;
    justify-content: center;
    gap: 1em;
  }
  .legend svg {
    width: 1.75em;
    height: 0.75em;
    margin-inline-end: 0.375em;
  }

  .section-title {
    margin-block-end: 0.44em;
    font-size: 1.125em;
    font-weight: 700;
  }
  .row {
    border: 1px solid var(--_border);
    border-inline-start: 0.375em solid var(--_dimension);
    border-radius: var(--_radius);
  }
  .row--open {
    background: var(--_surface-alt);
  }
  .row__toggle {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
    width: 100%;
    border: 0;
    background: none;
    text-align: start;
  }
  .row__name {
    flex: 1 1 10em;
    font-weight: 700;
  }
  .row__name::before {
    content: '';
    margin-inline-end: 0.375em;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  /* It points along the line: leftwards in a right-to-left language. Open, it points down
     either way. */
  .row__name:dir(rtl)::before {
    scale: -1 1;
  }
  .row__numbers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-inline-start: auto;
  }
  .row__score {
    font-size: 1.125em;
    font-weight: 700;
  }
  .row__maturity {
    flex-basis: 100%;
  }
  .bar {
    flex: 1 0 100%;
    position: relative;
    height: 0.5em;
    border-radius: 1em;
    background: var(--_border);
  }
  .bar__fill,
  .bar__marker {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: var(--_share);
    border-radius: 1em;
    background: var(--_dimension);
  }
  .bar__marker {
    inset-block: -0.1875em;
    width: 0.1875em;
    inset-inline-start: var(--_share);
    background: var(--_text);
  }
  .row__details {
    display: grid;
    gap: 0.5em;
    padding: 0 0.75em 0.75em 1.75em;
  }
  .summary,
  .chart,
  .row__details p,
  .elements dd {
    margin: 0;
  }
  .elements div {
    display: flex;
    justify-content: space-between;
    gap: 0.75em;
    border-block-end: 1px dotted var(--_border);
  }
  .elements dd,
  .aspects strong {
    font-weight: 700;
  }

  .aspects {
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
  }
  .aspects li {
    display: grid;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .table-toggle {
    justify-self: start;
  }
  /* Words and numbers stay whole (3,80 is not "3," and "80"): a table wider than a narrow
     component scrolls in its own box, which then takes focus (WCAG 1.4.10, 2.1.1). */
  table {
    width: 100%;
    border-collapse: collapse;
    overflow-wrap: normal;
  }
  .table {
    overflow-x: auto;
  }
  caption,
  th,
  td {
    padding: 0.375em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  .number {
    text-align: end;
  }

  .sources {
    margin: 0;
    font-size: 0.875em;
  }
  /* Links at least 24 px apart (WCAG 2.5.8). */
  .sources li + li {
    margin-block-start: 0.43em;
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    .bar__fill,
    .radar__series--current,
    .legend__current {
      background: Highlight;
      fill: Highlight;
      stroke: Highlight;
    }
    .row {
      border-inline-start-color: CanvasText;
    }
    /* Forced colours would paint a background as Canvas, and leave SVG text unforced. */
    .change__icon,
    .row__name::before {
      background: CanvasText;
    }
    .radar__label,
    .radar__tick {
      fill: CanvasText;
    }
  }
  @media print {
    .table-toggle {
      display: none;
    }
  }
`;
