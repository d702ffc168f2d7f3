import { css } from 'lit';

// Row heights (2.25 em in the chart, 4 em in a long list) are fixed so the component can tell
// which rows are in view without measuring; keep them in step with CHART_ROW and LIST_ROW.
export const timelineStyles = css`
  :host {
    --_reserved: 46em;
  }
  :host([layout='list']) {
    --_reserved: 122em;
  }
  .chart,
  .list,
  .details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .details__title {
    font-size: 1.375em;
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  .count,
  .list__meta,
  .facts dt {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .filters,
  .toolbar,
  .zoom {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
  }
  /* Earlier on the left, later on the right, in any language: as the time axis runs. */
  .zoom {
    direction: ltr;
  }
  .count {
    margin-inline-start: auto;
  }
  .field {
    flex: 1 1 8em;
  }
  /* A larger symbol in a 44 px button. */
  .icon {
    min-width: 2.2em;
    min-height: 2.2em;
    padding: 0 0.4em;
    font-size: 1.25em;
  }

  /* The chart: a label column and a time track, on one grid. */
  .chart {
    /* Written without spaces: the build's CSS minifier leaves a custom property's value as written. */
    /* prettier-ignore */
    --_label: clamp(8em,32%,16em);
    --_row-height: 2.25em;
    overflow: hidden;
    /* Progress fills, done milestones and overdue hatching are backgrounds: printed too. */
    print-color-adjust: exact;
  }
  .axis,
  .programme {
    display: grid;
    grid-template-columns: var(--_label) 1fr;
  }
  /* The rows scroll under the axis: where a scrollbar takes room (Windows, Linux, a mouse on a
     Mac), the axis keeps the same gutter, or its time track would be wider than the rows' and
     every bar and the today line would sit off its date. */
  .axis {
    height: 2.5em;
    border-bottom: 1px solid var(--_border);
    overflow: hidden;
  }
  .axis,
  .scroller {
    scrollbar-gutter: stable;
  }
  .axis__track,
  .programme__track {
    grid-column: 2;
    overflow: hidden;
    /* A zoom moves every bar: keep each track's layout and paint to itself. Containment also
       makes the track the containing block of its ticks, bars and marks. */
    contain: strict;
  }
  /* A row drawn well beyond the scroller's edges (TRACKS_AHEAD) keeps its track unrendered, so a
     zoom lays out and paints only the tracks in sight or nearly. */
  .programme--far .programme__track {
    content-visibility: hidden;
  }
  /* Time runs left to right on every page; on a right-to-left one only the names change sides. */
  .tick,
  .today-label {
    position: absolute;
    bottom: 0.33em;
    left: calc(var(--_at) * 100%);
    direction: ltr;
    padding-left: 0.33em;
    font-size: 0.75em;
    border-left: 1px solid var(--_border);
    white-space: nowrap;
  }
  .tick--year,
  .details__section {
    font-weight: 700;
  }
  /* Centred on its line mid-chart, and slid inside at either end: never cut to "Har". */
  .today-label {
    top: 0.17em;
    border: 0;
    translate: calc(var(--_at) * -100%);
    color: var(--_link);
    font-weight: 700;
  }
  /* Not positioned: the rows inside (.rows, .list__rows) are their containing block. */
  .scroller {
    max-height: 30em;
    overflow: hidden auto;
    /* Vertical swipes scroll; horizontal drags and pinches pan and zoom the timeline. */
    touch-action: pan-y;
  }
  .rows,
  .scroller > .list__rows {
    position: relative;
    height: calc(var(--_rows) * var(--_row-height));
  }
  .list {
    --_row-height: 4em;
  }
  /* The chart's rows are in a scroller too, so .scroller .lane takes its lane headings. */
  .programme,
  .scroller .list__item,
  .scroller .lane {
    position: absolute;
    inset: calc(var(--_row) * var(--_row-height)) 0 auto;
    height: var(--_row-height);
    overflow: hidden;
  }
  /* As tall as its row in a scroller (above), as its text in a full list. */
  .lane {
    display: flex;
    align-items: center;
    padding: 0.5em;
    border-bottom: 1px solid var(--_border);
    font-weight: 700;
    background: var(--_surface-alt);
  }
  /* A chart row has one height: a long lane name takes two tighter lines, then "…" (a screen
     reader hears it whole). */
  .rows > .lane {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    align-content: center;
    padding: 0 0.5em;
    line-height: 1.05;
    /* Over the today line: in a right-to-left language a heading's text reaches the late end. */
    z-index: 1;
  }
  [data-row] {
    width: 100%;
    min-height: 0;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: transparent;
    text-align: start;
  }
  [data-row]:focus-visible {
    outline-offset: -3px;
  }
  .programme__label {
    display: flex;
    align-items: center;
    gap: 0.375em;
    padding: 0 0.5em;
    white-space: nowrap;
  }
  /* The flags keep their width and a long name gives way, down to 45 % (then a flag with no room
     left is hidden, see below); the full name is in the row's accessible name. */
  .programme__name {
    flex: 1 1 0;
    min-width: 45%;
    font-size: 0.875em;
  }
  /* One line of whole flags: a flag with no room left wraps onto a hidden second line rather
     than showing a cut-off edge. The empty first item lets the first flag wrap too. */
  .programme__label .flags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    min-width: 0;
    height: 1.25em;
    overflow: hidden;
  }
  .programme__label .flags::before {
    content: '';
    height: 100%;
    margin-inline-end: -0.375em;
  }
  .programme__name,
  .scroller .list__name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* A name in a left-to-right language runs so (dir="auto": its start stays in view) but sits
     on the side the component starts from. */
  :dir(rtl) > .programme__name,
  :dir(rtl) > .list__name {
    text-align: right;
  }
  .bar {
    /* Unspaced, as --_label. */
    /* prettier-ignore */
    --_c: var(--_color,var(--_primary));
    position: absolute;
    top: 0.5em;
    left: var(--_start);
    width: var(--_width);
    min-width: 4px;
    height: 1.25em;
    overflow: hidden;
    border: 2px solid var(--_c);
    /* The left corners (--_l) and the right ones (--_r), squared by a cut (below). */
    border-radius: var(--_l, 4px) var(--_r, 4px) var(--_r, 4px) var(--_l, 4px);
    background: color-mix(in srgb, var(--_c) 22%, var(--_surface));
  }
  /* Progress fills the bar from its start. */
  .bar::before {
    content: '';
    position: absolute;
    inset: 0 auto 0 0;
    width: var(--_progress, 0%);
    background: var(--_c);
  }
  .bar--planned {
    border-style: dotted;
    background: var(--_surface);
  }
  /* On hold and cancelled keep a full-contrast outline (fading it took it below 3:1) and differ
     in shape: on hold a double outline, unlike planned (dotted) and overdue (dashed); cancelled
     struck through, with a halo that keeps the line seen over the progress fill. */
  .bar--on_hold {
    border: 5px double var(--_c);
  }
  .bar--cancelled::after {
    content: '';
    position: absolute;
    inset: 50% 0 auto;
    height: 2px;
    translate: 0 -50%;
    background: var(--_text);
    box-shadow: 0 0 0 1px var(--_surface);
  }
  /* Overdue: a red outline and hatching, beside "! Terlambat" in words. The outline is dashed
     unless the status has a shape of its own (planned dotted, on hold double), which it keeps. */
  .bar--overdue {
    border-color: var(--_danger);
    background: repeating-linear-gradient(-45deg, var(--_danger) 0 1px, var(--_surface) 1px 6px);
  }
  .bar--in_progress.bar--overdue {
    border-style: dashed;
  }
  /* Physical sides, as time runs left to right in every language. A bar that runs on past the
     window is cut square and open at that edge: a closing edge there would say it ends. */
  .bar--cut-start {
    --_l: 0;
    border-left: 0;
  }
  .bar--cut-end,
  .bar--ongoing {
    --_r: 0;
    border-right: 0;
  }
  /* No end date: the bar fades out, unlike a cut (square) or an end (a closing edge). Half the
     bar stays solid, so a short one keeps its colour and progress. */
  .bar--ongoing {
    mask-image: linear-gradient(90deg, #000 max(50%, 100% - 3em), #0000);
  }
  /* The quick-win star on the bar too: in a narrow label it is the flag that gives way. On a
     disc of its own, clear of the fill and of a milestone on the start. */
  .quick-win {
    position: absolute;
    top: 0.625em;
    left: max(0px, var(--_start) - 1.375em);
    display: grid;
    place-items: center;
    width: 1em;
    height: 1em;
    /* In the text colour, which the row's button gives. */
    border: 1px solid;
    border-radius: 50%;
    background: var(--_surface);
  }
  .quick-win .mark {
    font-size: 0.8125em;
  }
  .milestone {
    position: absolute;
    top: 0.8125em;
    left: calc(var(--_at) * 100% - 0.3125em);
    width: 0.625em;
    height: 0.625em;
    rotate: 45deg;
    /* In the text colour, as the quick-win's disc. */
    border: 2px solid;
    background: var(--_surface);
  }
  .milestone--done {
    background: var(--_text);
  }
  /* The line is the right edge of a box from the track's left end to today: the names, on the
     inline-start side, push it across on a left-to-right page, and on a right-to-left one do not. */
  .today {
    position: absolute;
    inset: 0 auto 0 0;
    box-sizing: content-box;
    width: calc((100% - var(--_label)) * var(--_at));
    margin-inline-start: var(--_label);
    border-right: 2px solid var(--_chart);
    pointer-events: none;
  }
  /* Isolated: on a right-to-left page the "!" of one flag would otherwise be drawn past the next. */
  .flag {
    unicode-bidi: isolate;
    padding: 0 0.33em;
    border: 1px solid;
    border-radius: var(--_radius);
    font-size: 0.75em;
    font-weight: 700;
  }
  .flag--overdue {
    color: var(--_danger);
  }

  /* The list: grouped by lane, in full up to 150 rows, windowed beyond. */
  .list__button {
    display: grid;
    gap: 0.25em;
    height: 100%;
    padding: 0.5em 0.75em;
  }
  .list__name {
    font-weight: 600;
  }
  .list__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.86em;
  }
  /* A pause between the facts for a screen reader, as the chart's rows have, and nothing on
     screen. The flags bring their own. */
  .list__meta > :not(.flags)::before {
    content: '' / ', ';
  }
  /* Flags are the same size everywhere (a quarter smaller than the component's text). */
  .list__meta .flag {
    font-size: calc(12em / 14);
  }
  /* A windowed row has a fixed height: the name stays at its top (a button centres its content)
     and the facts keep to one line, cut at the row's end on a narrow screen. The flags come first,
     so "Terlambat" is kept; a screen reader hears every fact, and the details show them whole. */
  .scroller .list__button {
    align-content: start;
  }
  .scroller .list__meta {
    flex-wrap: nowrap;
    overflow: hidden;
    white-space: nowrap;
  }

  /* Details: a modal dialog in the top layer, styled from inside the shadow root. */
  .details {
    max-width: min(40em, 100vw - 2em);
    padding: var(--_space);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .details::backdrop {
    /* Black at 0.4 (0x66 of 0xff). */
    background: #0006;
  }
  .details[open] {
    display: grid;
    gap: 0.75em;
  }
  .details__head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1em;
  }
  /* A long title wraps; the button beside it keeps its word whole ("Tutu-p" otherwise). */
  .details__close {
    flex-shrink: 0;
  }
  .facts {
    display: grid;
    gap: 0.5em;
  }
  dd {
    margin: 0;
  }

  @media (forced-colors: active) {
    .bar,
    .milestone {
      border-color: CanvasText;
    }
    .bar::before,
    .milestone--done {
      background: Highlight;
    }
    .today {
      border-color: Highlight;
    }
    .bar--cancelled::after {
      background: CanvasText;
    }
    /* Forced colours drop gradients: the hatching is drawn again in the reader's own colours, or
       an overdue bar on hold would look like one on time. */
    .bar--overdue {
      forced-color-adjust: none;
      background: repeating-linear-gradient(-45deg, CanvasText 0 1px, Canvas 1px 6px);
    }
  }
  /* The quick-win star and the milestone diamonds of the details: marks (styles/marks.ts). */
  .mark--quick-win {
    clip-path: polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%);
  }
  .mark--milestone-done {
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  .mark--milestone {
    clip-path: polygon(
      evenodd,
      50% 0,
      100% 50%,
      50% 100%,
      0 50%,
      50% 0,
      50% 22%,
      22% 50%,
      50% 78%,
      78% 50%,
      50% 22%
    );
  }

  /* On paper, the chart prints whole (every row is drawn while the page prints), without its controls. */
  @media print {
    .filters,
    .toolbar > :not(.count) {
      display: none;
    }
    .scroller--all {
      max-height: none;
    }
    .scroller--all .programme__track {
      content-visibility: visible;
    }
  }
`;
