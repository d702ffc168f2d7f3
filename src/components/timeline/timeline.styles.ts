import { css } from 'lit';

// Row heights (36 px in the chart, 64 px in a long list) are fixed so the component can tell
// which rows are in view without measuring; keep them in step with CHART_ROW and LIST_ROW.
export const timelineStyles = css`
  :host {
    --_reserved-height: 34rem;
  }

  .timeline {
    container-type: inline-size;
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .title {
    font-size: 1.375rem;
    font-weight: 800;
    line-height: 1.25;
  }
  .summary,
  .count,
  .empty {
    margin: 0;
  }
  .count,
  .field > span {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }

  .filters,
  .toolbar,
  .zoom {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }
  .toolbar {
    align-items: center;
  }
  .count {
    margin-inline-start: auto;
  }
  .field {
    display: grid;
    gap: 0.125rem;
    min-width: 8rem;
  }
  .field--search {
    flex: 1 1 12rem;
  }
  input,
  select {
    width: 100%;
    box-sizing: border-box;
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_text-muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .segmented {
    display: inline-flex;
    gap: 0.25rem;
  }
  button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .icon {
    padding: 0.25rem 0.5rem;
    font-size: 1.25rem;
    line-height: 1;
  }

  /* The chart: a label column and a time track, sharing one grid. */
  .chart {
    --_label: clamp(8rem, 32%, 16rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .axis {
    display: grid;
    grid-template-columns: var(--_label) 1fr;
    height: 2rem;
    border-bottom: 1px solid var(--_border);
    font-size: 0.75rem;
  }
  .axis__track {
    position: relative;
    overflow: hidden;
  }
  .tick,
  .today-label {
    position: absolute;
    bottom: 0.25rem;
    left: calc(var(--_at) * 100%);
    white-space: nowrap;
    color: var(--_text-muted);
  }
  .tick {
    padding-inline-start: 0.25rem;
    border-inline-start: 1px solid var(--_border);
  }
  .tick--year {
    font-weight: 700;
    color: var(--_text);
  }
  .today-label {
    top: 0;
    bottom: auto;
    transform: translateX(-50%);
    color: var(--_link);
    font-weight: 700;
  }
  .scroller {
    position: relative;
    max-height: 30rem;
    overflow-x: hidden;
    overflow-y: auto;
    /* Vertical swipes scroll; horizontal drags and pinches are the timeline's to pan and zoom. */
    touch-action: pan-y;
  }
  .rows {
    position: relative;
    height: calc(var(--_rows) * 36px);
  }
  .rows > .lane,
  .programme {
    position: absolute;
    top: calc(var(--_row) * 36px);
    left: 0;
    right: 0;
    height: 36px;
    box-sizing: border-box;
  }
  .lane {
    display: flex;
    align-items: center;
    padding-inline: 0.5rem;
    font-weight: 700;
    background: var(--_surface-alt);
    border-bottom: 1px solid var(--_border);
  }
  .programme {
    display: grid;
    grid-template-columns: var(--_label) 1fr;
    min-height: 0;
    min-width: 0;
    padding: 0;
    border: 0;
    border-bottom: 1px solid var(--_border);
    border-radius: 0;
    background: transparent;
    text-align: start;
    font-size: 0.875rem;
  }
  .programme:focus-visible {
    outline-offset: -3px;
  }
  .programme__label {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    min-width: 0;
    padding-inline: 0.5rem;
    white-space: nowrap;
  }
  .programme__name {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .programme__track {
    position: relative;
    overflow: hidden;
  }
  .bar {
    position: absolute;
    top: 8px;
    left: var(--_start);
    width: var(--_width);
    min-width: 4px;
    height: 20px;
    box-sizing: border-box;
    overflow: hidden;
    border: 2px solid var(--_color, var(--_primary));
    border-radius: 4px;
    background: color-mix(in srgb, var(--_color, var(--_primary)) 22%, var(--_surface));
  }
  /* Progress fills the bar from its start. */
  .bar::before {
    content: '';
    position: absolute;
    inset-block: 0;
    left: 0;
    width: var(--_progress, 0%);
    background: var(--_color, var(--_primary));
  }
  .bar--planned {
    border-style: dotted;
    background: var(--_surface);
  }
  .bar--cancelled,
  .bar--on_hold {
    opacity: 0.55;
  }
  /* Ongoing: open at the end, no closing edge. */
  .bar--ongoing {
    border-inline-end: 0;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  /* Overdue: a dashed red outline and hatching, beside the "! Terlambat" flag in words. */
  .bar--overdue {
    border-style: dashed;
    border-color: var(--_danger);
    background: repeating-linear-gradient(
      -45deg,
      color-mix(in srgb, var(--_danger) 30%, var(--_surface)) 0 4px,
      var(--_surface) 4px 8px
    );
  }
  .milestone {
    position: absolute;
    top: 50%;
    left: calc(var(--_at) * 100%);
    width: 10px;
    height: 10px;
    box-sizing: border-box;
    transform: translate(-50%, -50%) rotate(45deg);
    border: 2px solid var(--_text);
    background: var(--_surface);
  }
  .milestone--done {
    background: var(--_text);
  }
  .today {
    position: absolute;
    top: 0;
    bottom: 0;
    left: calc(var(--_label) + (100% - var(--_label)) * var(--_at));
    width: 2px;
    background: var(--_chart);
    pointer-events: none;
  }
  .flags {
    display: inline-flex;
    gap: 0.25rem;
    flex: none;
  }
  .flag {
    padding: 0 0.25rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.75rem;
    font-weight: 700;
  }
  .flag--overdue {
    color: var(--_danger);
  }

  /* The list: grouped by lane, in full up to 200 rows, windowed beyond. */
  .list {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .list.scroller {
    max-height: 32rem;
  }
  .scroller > .list__rows {
    position: relative;
    height: calc(var(--_rows) * 64px);
  }
  .scroller .list__item,
  .scroller .list__lane {
    position: absolute;
    top: calc(var(--_row) * 64px);
    left: 0;
    right: 0;
    height: 64px;
    overflow: hidden;
  }
  .scroller .list__lane .lane {
    height: 100%;
  }
  .list__lane .lane {
    padding-block: 0.5rem;
  }
  .list__button {
    display: grid;
    gap: 0.25rem;
    width: 100%;
    height: 100%;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-bottom: 1px solid var(--_border);
    border-radius: 0;
    background: transparent;
    text-align: start;
  }
  .list__button:focus-visible {
    outline-offset: -3px;
  }
  .list__name {
    font-weight: 600;
  }
  .scroller .list__name {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .list__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.75rem;
    font-size: 0.8125rem;
    color: var(--_text-muted);
  }

  /* Details: a modal dialog in the top layer, styled from inside the shadow root. */
  .details {
    max-width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    box-sizing: border-box;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .details::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .details__head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1rem;
  }
  .details__title {
    font-size: 1.25rem;
    font-weight: 800;
  }
  .details__section {
    margin-top: 1rem;
    font-weight: 700;
  }
  .facts {
    display: grid;
    gap: 0.5rem;
    margin: 1rem 0 0;
  }
  .facts dt {
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
  .facts dd {
    margin: 0;
  }
  .progress__bar {
    display: inline-block;
    width: 8rem;
    height: 0.5rem;
    margin-inline-start: 0.5rem;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  .progress__bar > span {
    display: block;
    width: var(--_progress);
    height: 100%;
    background: var(--_primary);
  }

  @media (forced-colors: active) {
    .bar,
    .milestone {
      border-color: CanvasText;
    }
    .bar::before,
    .milestone--done,
    .today,
    .progress__bar > span {
      background: Highlight;
    }
    .bar--overdue {
      border-color: Mark;
    }
  }
`;
