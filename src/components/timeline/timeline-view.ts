/**
 * The timeline's derived view, computed from validated programmes: each programme's span on the
 * time axis, the lanes they fall into, filtering, culling to the visible window, and axis ticks
 * that adapt to the zoom. Pure functions, so the component (to come, issue 4) only lays them
 * out, and each piece is tested on its own.
 *
 * d3-time gives the calendar intervals for the ticks (3 KB gzip); the date→x map is linear and
 * written here, because d3-scale's `scaleTime` costs 13 KB gzip, more than a component's share
 * of its 30 KB budget allows.
 */
import { timeMonth, timeYear, type TimeInterval } from 'd3-time';
import { dateRange, isOverdue, localize } from '../../data/derive.js';
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
  spans: ProgrammeSpan[];
}

export interface TimelineFilter {
  dimension?: string | undefined;
  agency?: string | undefined;
  status?: Status | undefined;
  /** Matched case-insensitively against the name in the shown language. */
  query?: string | undefined;
}

const STATUS_ORDER: readonly Status[] = ['in_progress', 'planned', 'on_hold', 'completed', 'cancelled'];

/** Places every programme in time: a partial start is its period's beginning, a partial end its end. */
export function spansOf(programmes: readonly Programme[], today: Date = new Date()): ProgrammeSpan[] {
  return programmes.map((programme) => ({
    programme,
    start: dateRange(programme.start).start.getTime(),
    end: programme.end === undefined ? undefined : dateRange(programme.end).end.getTime(),
    overdue: isOverdue(programme, today),
  }));
}

/** The earliest start and the latest end (or today, for ongoing programmes), as epoch ms. */
export function extentOf(
  spans: readonly ProgrammeSpan[],
  today: Date = new Date(),
): [number, number] | undefined {
  if (spans.length === 0) return undefined;
  let from = Infinity;
  let to = -Infinity;
  for (const span of spans) {
    from = Math.min(from, span.start);
    to = Math.max(to, span.end ?? today.getTime());
  }
  return [from, Math.max(to, from + 1)];
}

/** Keeps the programmes that match every filter that is set. */
export function filterSpans(
  spans: readonly ProgrammeSpan[],
  filter: TimelineFilter,
  language: string,
): ProgrammeSpan[] {
  const query = filter.query?.trim().toLocaleLowerCase(language);
  return spans.filter(({ programme }) => {
    if (filter.dimension && programme.dimension !== filter.dimension) return false;
    if (filter.agency && programme.agency !== filter.agency && !programme.partners?.includes(filter.agency)) {
      return false;
    }
    if (filter.status && programme.status !== filter.status) return false;
    if (query && !localize(programme.name, language).toLocaleLowerCase(language).includes(query))
      return false;
    return true;
  });
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
    lanes = framework.dimensions.map((dimension) => ({
      id: dimension.id,
      label: localize(dimension.name, language),
      spans: [],
    }));
  } else if (groupBy === 'agency') {
    lanes = [
      ...agencies.map((agency) => ({
        id: agency.id,
        label: agency.abbr ? localize(agency.abbr, language) : localize(agency.name, language),
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

/** The spans that overlap the window [from, to]; ongoing ones run to the window's end. */
export function visibleSpans(spans: readonly ProgrammeSpan[], from: number, to: number): ProgrammeSpan[] {
  return spans.filter((span) => span.start <= to && (span.end ?? Infinity) >= from);
}

/** A linear map from time to pixels, and back (for dragging and zooming around a point). */
export function timeToX(
  from: number,
  to: number,
  width: number,
): { x: (time: number) => number; time: (x: number) => number } {
  const perMs = width / (to - from);
  return { x: (time) => (time - from) * perMs, time: (x) => from + x / perMs };
}

export interface Tick {
  time: number;
  /** Which calendar unit the tick marks, so labels can be formatted to match. */
  unit: 'year' | 'quarter' | 'month';
}

/**
 * Axis ticks that keep at least `minSpacing` pixels apart: years when zoomed out, then quarters,
 * then months.
 */
export function ticksFor(from: number, to: number, width: number, minSpacing = 64): Tick[] {
  const perMs = width / Math.max(1, to - from);
  const yearWidth = 365.25 * 24 * 3600 * 1000 * perMs;
  const choices: [Tick['unit'], TimeInterval | null][] = [
    ['month', timeMonth],
    ['quarter', timeMonth.every(3)],
    ['year', timeYear],
  ];
  for (const [unit, interval] of choices) {
    const spacing = unit === 'month' ? yearWidth / 12 : unit === 'quarter' ? yearWidth / 4 : yearWidth;
    if (spacing >= minSpacing && interval) {
      return interval.range(new Date(from), new Date(to + 1)).map((date) => ({ time: date.getTime(), unit }));
    }
  }
  // Decades apart on a narrow axis: every n-th year.
  const step = Math.ceil(minSpacing / Math.max(yearWidth, 1e-9));
  const years = timeYear.every(step);
  return (years?.range(new Date(from), new Date(to + 1)) ?? []).map((date) => ({
    time: date.getTime(),
    unit: 'year',
  }));
}
