/**
 * The timeline's derived view, computed from validated programmes: each programme's span on the
 * time axis, the lanes they fall into, filtering, culling to the visible window, and axis ticks
 * that adapt to the zoom, keyboard moves and zoom arithmetic. Pure functions, so the component only
 * lays them out, and each piece is tested on its own.
 *
 * The date→x map and the calendar ticks are written here rather than taken from d3-scale's
 * `scaleTime` (13 KB gzip) or d3-time (0.7 KB): a component's CDN file has 30 KB in all, and
 * month arithmetic on `Date` is all the ticks need.
 */
import { dateSpan, isOverdue, localize, localizeTagged, searchable, searchTerms } from '../../data/derive.js';
import { localDate } from '../../data/local-date.js';
import type { Agency, Programme, Status } from '../../data/schema.js';
import type { ResolvedFramework } from '../../data/validate.js';

/** A programme placed in time. `end` is undefined for an ongoing programme (no end date). */
export interface ProgrammeSpan {
  programme: Programme;
  start: number;
  end: number | undefined;
  overdue: boolean;
}

export type GroupBy = 'dimension' | 'agency' | 'status';

export interface Lane {
  /** The dimension, agency or status id; `''` for programmes without an agency. */
  id: string;
  label: string;
  /** The label's language when only another translation was given (a dimension's name). */
  lang?: string | undefined;
  spans: ProgrammeSpan[];
}

export interface TimelineFilter {
  dimension?: string | undefined;
  agency?: string | undefined;
  status?: Status | undefined;
  /** Matched case-insensitively against the name in the shown language. */
  query?: string | undefined;
}

const DAY = 24 * 3600 * 1000;

/**
 * Up to this many rows, the chart and the list render every row, so a screen reader's cursor finds
 * each lane's programmes under its heading; beyond it they are windowed to stay fast. A list row
 * takes about 11 elements: 150 rows keep the whole list under 2,000 (200 came to 2,300).
 */
export const FULL_ROWS = 150;

/** Status lanes and the status filter's options, in this order. */
export const STATUS_ORDER: readonly Status[] = [
  'in_progress',
  'planned',
  'on_hold',
  'completed',
  'cancelled',
];

/** Places every programme in time: a partial start is its period's beginning, a partial end its end. */
export function spansOf(programmes: readonly Programme[], today: Date = new Date()): ProgrammeSpan[] {
  return programmes.map((programme) => ({
    programme,
    start: dateSpan(programme.start).start,
    end: programme.end === undefined ? undefined : dateSpan(programme.end).end,
    overdue: isOverdue(programme, today),
  }));
}

/** Keeps the programmes that match every filter that is set. */
export function filterSpans(
  spans: readonly ProgrammeSpan[],
  filter: TimelineFilter,
  language: string,
): readonly ProgrammeSpan[] {
  const terms = searchTerms(filter.query, language);
  const keys = terms.length > 0 ? searchKeys(language) : undefined;
  // No filter set: every programme, without a pass over 10,000 of them.
  if (!filter.dimension && !filter.agency && !filter.status && !keys) return spans;
  return spans.filter(({ programme }) => {
    if (filter.dimension && programme.dimension !== filter.dimension) return false;
    if (filter.agency && programme.agency !== filter.agency && !programme.partners?.includes(filter.agency)) {
      return false;
    }
    if (filter.status && programme.status !== filter.status) return false;
    if (keys) {
      let key = keys.get(programme);
      if (key === undefined) {
        key = searchable(localize(programme.name, language), language);
        keys.set(programme, key);
      }
      if (!terms.every((term) => key.includes(term))) return false;
    }
    return true;
  });
}

/** Search keys (`searchable` names) per language, kept while their programmes live: typing stays cheap at 10,000. */
const searchKeyCache = new Map<string, WeakMap<Programme, string>>();
function searchKeys(language: string): WeakMap<Programme, string> {
  let keys = searchKeyCache.get(language);
  if (!keys) {
    keys = new WeakMap();
    searchKeyCache.set(language, keys);
  }
  return keys;
}

/**
 * Sorts programmes into lanes: by dimension in the framework's order, by agency in the data's
 * order (programmes without one last), or by status in a fixed order. Within a lane, by start.
 */
export function lanesOf(
  spans: readonly ProgrammeSpan[],
  groupBy: GroupBy,
  context: {
    framework: ResolvedFramework;
    agencies: readonly Agency[];
    language: string;
    statusLabel: (status: Status) => string;
    noAgency: string;
  },
): Lane[] {
  const { framework, agencies, language } = context;
  let lanes: Lane[];
  if (groupBy === 'dimension') {
    lanes = framework.dimensions.map((dimension) => {
      const { text, other } = localizeTagged(dimension.name, language);
      return { id: dimension.id, label: text, lang: other, spans: [] };
    });
  } else if (groupBy === 'agency') {
    lanes = [
      ...agencies.map((agency) => ({
        id: agency.id,
        label: localize(agency.abbr ?? agency.name, language),
        spans: [],
      })),
      { id: '', label: context.noAgency, spans: [] },
    ];
  } else {
    lanes = STATUS_ORDER.map((status) => ({ id: status, label: context.statusLabel(status), spans: [] }));
  }
  const byId = new Map(lanes.map((lane) => [lane.id, lane]));
  for (const span of spans) {
    const key =
      groupBy === 'dimension'
        ? span.programme.dimension
        : groupBy === 'agency'
          ? (span.programme.agency ?? '')
          : span.programme.status;
    byId.get(key)?.spans.push(span);
  }
  for (const lane of lanes)
    lane.spans.sort((a, b) => a.start - b.start || (a.end ?? Infinity) - (b.end ?? Infinity));
  return lanes.filter((lane) => lane.spans.length > 0);
}

export interface Tick {
  time: number;
  /** Which calendar unit the tick marks, so labels can be formatted to match. */
  unit: 'year' | 'quarter' | 'month';
}

/**
 * Axis ticks that keep at least `minSpacing` pixels apart: months when zoomed in, then quarters,
 * then years, then every n-th year. Ticks sit on calendar boundaries (quarters on January, April,
 * July, October; every n-th year on multiples of n).
 */
export function ticksFor(from: number, to: number, width: number, minSpacing = 48): Tick[] {
  const monthWidth = (width / Math.max(1, to - from)) * 30.44 * DAY;
  const steps: [Tick['unit'], number][] = [
    ['month', 1],
    ['quarter', 3],
    ['year', 12],
  ];
  const [unit, step] = steps.find(([, months]) => months * monthWidth >= minSpacing) ?? [
    'year',
    12 * Math.ceil(minSpacing / (12 * Math.max(monthWidth, 1e-9))),
  ];
  const first = new Date(from);
  let index = first.getFullYear() * 12 + first.getMonth();
  if (monthStart(index) < from) index += 1;
  index = Math.ceil(index / step) * step;
  const ticks: Tick[] = [];
  for (let time = monthStart(index); time <= to; time = monthStart((index += step)))
    ticks.push({ time, unit });
  return ticks;
}

/** Midnight on the first of a month counted from year 0. */
function monthStart(index: number): number {
  return localDate(Math.floor(index / 12), index % 12, 1).getTime();
}

/** One row of the chart or the list: a lane's header, or one programme in it. */
export type TimelineRow =
  | { kind: 'lane'; lane: Lane; laneIndex: number }
  | { kind: 'programme'; span: ProgrammeSpan; lane: Lane; laneIndex: number; indexInLane: number };

/** Lanes flattened into rows (each lane's header, then its programmes), for windowed rendering. */
export function rowsOf(lanes: readonly Lane[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  lanes.forEach((lane, laneIndex) => {
    rows.push({ kind: 'lane', lane, laneIndex });
    lane.spans.forEach((span, indexInLane) =>
      rows.push({ kind: 'programme', span, lane, laneIndex, indexInLane }),
    );
  });
  return rows;
}

/**
 * The rows to render for a scroll position: those in the viewport plus `overscan` on each side,
 * as `[first, end)`. Rows have a fixed height, so this is arithmetic, not measurement.
 */
export function rowWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan = 6,
): [number, number] {
  const visible = Math.ceil(viewportHeight / rowHeight);
  // A scroll position left over from a longer list (before a filter) still shows the last rows.
  // Below 0 when the list is shorter than the view: the window is then the whole list.
  const top = Math.min(Math.floor(scrollTop / rowHeight), count - visible);
  return [Math.max(0, top - overscan), Math.min(count, top + visible + overscan)];
}

/** A programme's place: its lane and its position in the lane (sorted by start). */
export interface Place {
  laneIndex: number;
  indexInLane: number;
}

export type Move = 'previous' | 'next' | 'up' | 'down' | 'first' | 'last';

/**
 * Where an arrow key leads: left and right to the programme before or after in the same lane,
 * up and down to the adjacent lane's programme nearest in start, Home and End to the lane's ends.
 * Undefined at an edge, so focus stays put.
 */
export function moveFrom(lanes: readonly Lane[], from: Place, move: Move): Place | undefined {
  const lane = lanes[from.laneIndex];
  if (!lane) return undefined;
  const within = (indexInLane: number): Place | undefined =>
    indexInLane >= 0 && indexInLane < lane.spans.length
      ? { laneIndex: from.laneIndex, indexInLane }
      : undefined;
  switch (move) {
    case 'previous':
      return within(from.indexInLane - 1);
    case 'next':
      return within(from.indexInLane + 1);
    case 'first':
      return within(0);
    case 'last':
      return within(lane.spans.length - 1);
    default: {
      const laneIndex = from.laneIndex + (move === 'up' ? -1 : 1);
      const target = lanes[laneIndex];
      const start = lane.spans[from.indexInLane]?.start;
      if (!target || start === undefined) return undefined;
      // The target lane's span whose start is nearest, in spans sorted by start (binary search).
      const spans = target.spans;
      let low = 0;
      let high = spans.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((spans[middle] as ProgrammeSpan).start < start) low = middle + 1;
        else high = middle;
      }
      const before = spans[low - 1];
      const at = spans[low] as ProgrammeSpan;
      return { laneIndex, indexInLane: before && start - before.start <= at.start - start ? low - 1 : low };
    }
  }
}

/** The narrowest window: about a month. */
export const MIN_SPAN = 31 * DAY;
/** The widest window: a century, so "fit all" on odd data cannot go astray. */
export const MAX_SPAN = 100 * 365.25 * DAY;

export type TimeWindow = readonly [from: number, to: number];

/**
 * Zooms by `factor` (below 1 zooms in) keeping `anchor` (a time, e.g. under the pointer) at the
 * same place on screen, within the narrowest and widest window. An anchor outside the window (the
 * start of a focused programme that began long before it, a pointer over the names) counts as the
 * window's nearer edge: kept off screen, it flung the window away, while from an edge a zoom out
 * still shows the old window and a zoom in stays within it.
 */
export function zoomWindow([from, to]: TimeWindow, factor: number, anchor = (from + to) / 2): TimeWindow {
  const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (to - from) * factor));
  const share = Math.min(1, Math.max(0, (anchor - from) / (to - from)));
  const start = from + share * (to - from - span);
  return [start, start + span];
}

/** Moves the window by a share of its width (negative: earlier). */
export function panWindow([from, to]: TimeWindow, share: number): TimeWindow {
  const shift = (to - from) * share;
  return [from + shift, to + shift];
}

/**
 * Keeps a window's middle within the data's extent, so it shows no more than half a window of
 * empty time past either end: panning cannot lose the programmes, however far it goes, and a
 * window wider than the data (zoomed out) still fits around it. Given the window it moves from,
 * the extent reaches that one's middle too: a window the page put outside the programmes
 * (`from`/`to`) is not thrown across them by "Earlier", it stays where it was.
 */
export function clampWindow(
  window: TimeWindow,
  extent: [number, number] | undefined,
  previous?: TimeWindow,
): TimeWindow {
  if (!extent) return window;
  const [from, to] = window;
  const middle = (from + to) / 2;
  const was = previous ? (previous[0] + previous[1]) / 2 : extent[0];
  const shift = Math.min(Math.max(extent[1], was), Math.max(Math.min(extent[0], was), middle)) - middle;
  return shift === 0 ? window : [from + shift, to + shift];
}

/** The window that shows every programme, with a little room at both ends. */
export function fitWindow(extent: [number, number] | undefined, today: number): TimeWindow {
  const [from, to] = extent ?? [today - 365 * DAY, today + 365 * DAY];
  const pad = Math.max((to - from) * 0.03, 15 * DAY);
  const fitted: TimeWindow = [from - pad, to + pad];
  return fitted[1] - fitted[0] < MIN_SPAN ? zoomWindow(fitted, 1) : fitted;
}

/** The window moved just enough to show a programme's start, if it is not in view already. */
export function revealSpan(window: TimeWindow, span: ProgrammeSpan): TimeWindow {
  const [from, to] = window;
  const end = span.end ?? Infinity;
  if (span.start <= to && end >= from) return window;
  const width = to - from;
  const start = span.start - width * 0.1;
  return [start, start + width];
}

/** Everything the timeline draws for one document, grouping, filter and language. */
export interface TimelineView {
  /** Every programme in the data. */
  total: number;
  /** The programmes left after the filters, in lanes. */
  lanes: Lane[];
  rows: TimelineRow[];
  /** Row index of a shown programme, for keyboard moves and scrolling to it. */
  rowOf: (programme: Programme) => number | undefined;
  shown: number;
  running: number;
  overdue: number;
  /** The time the shown programmes cover (ongoing ones up to today), as epoch ms. */
  extent: [number, number] | undefined;
}

export function deriveTimelineView(
  spans: readonly ProgrammeSpan[],
  groupBy: GroupBy,
  filter: TimelineFilter,
  context: Parameters<typeof lanesOf>[2] & { today: Date },
): TimelineView {
  const filtered = filterSpans(spans, filter, context.language);
  const lanes = lanesOf(filtered, groupBy, context);
  const rows = rowsOf(lanes);
  let shown = 0;
  let running = 0;
  let overdue = 0;
  // The extent: the earliest start and the latest end, ongoing programmes running to today.
  let from = Infinity;
  let to = -Infinity;
  for (const row of rows) {
    if (row.kind !== 'programme') continue;
    const { span } = row;
    shown += 1;
    if (span.programme.status === 'in_progress') running += 1;
    if (span.overdue) overdue += 1;
    from = Math.min(from, span.start);
    to = Math.max(to, span.end ?? context.today.getTime());
  }
  // Wanted only once a programme has focus: built then, not for every render of 10,000. By id: a
  // refreshed document brings new objects for the same programmes.
  let rowIndex: Map<string, number> | undefined;
  const rowOf = (programme: Programme): number | undefined => {
    if (!rowIndex) {
      rowIndex = new Map();
      rows.forEach((row, index) => {
        if (row.kind === 'programme') rowIndex?.set(row.span.programme.id, index);
      });
    }
    return rowIndex.get(programme.id);
  };
  return {
    total: spans.length,
    lanes,
    rows,
    rowOf,
    shown,
    running,
    overdue,
    extent: shown ? [from, Math.max(to, from + 1)] : undefined,
  };
}
