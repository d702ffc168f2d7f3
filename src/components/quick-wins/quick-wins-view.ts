/**
 * The tracker's derived view: one row per quick win with what filtering, sorting and the summary
 * need (names in the shown language, the due date's end, overdue, progress, a lowercase search
 * key), computed once per document and language. Filtering and sorting then only read these
 * rows, so a filter over 10,000 quick wins is one linear pass. Pure functions, tested on their own.
 */
import { dimensionColor } from '../../core/dimension-color.js';
import {
  dateSpan,
  isOverdue,
  localize,
  localizeTagged,
  quickWinProgress,
  searchable,
  searchTerms,
  type TaggedText,
} from '../../data/derive.js';
import type { Health, Kpi, PartialDate, QuickWin, Status } from '../../data/schema.js';
import type { SmartCityModel } from '../../data/validate.js';
import type { QuickWinSort } from './quick-wins.strings.js';

export interface QuickWinRow {
  quickWin: QuickWin;
  name: string;
  /** The name's language when only another translation was given. */
  nameLang: string | undefined;
  dimensionName: string;
  /** The dimension name's language when only another translation was given. */
  dimensionLang: string | undefined;
  color: string;
  /**
   * The lead agency as cards and the table show it (its abbreviation when it has one), tagged with
   * its language; with its full name, when that is an abbreviation, tagged with its own.
   */
  agency: (TaggedText & { fullName: TaggedText | undefined }) | undefined;
  /** The last millisecond of the due period (epoch ms). */
  due: number | undefined;
  overdue: boolean;
  /** 0–100: the stated progress, else the KPI's (direction aware). */
  progress: number | undefined;
  /**
   * Name, description, agency, dimension and KPI name in the shown language, lowercased: made on
   * the first search, then kept with the row (rows live as long as their document and language).
   */
  search?: string;
}

export interface QuickWinFilter {
  status?: Status | undefined;
  health?: Health | undefined;
  dimension?: string | undefined;
  agency?: string | undefined;
  q?: string | undefined;
}

export const STATUSES: readonly Status[] = ['completed', 'in_progress', 'planned', 'on_hold', 'cancelled'];
export const HEALTHS: readonly Health[] = ['on_track', 'at_risk', 'off_track'];
export const SORTS: readonly QuickWinSort[] = ['due', '-due', '-progress', 'progress', 'name', '-name'];

/** Every quick win as a row, in the data's order. */
export function quickWinRows(model: SmartCityModel, language: string, today: Date): QuickWinRow[] {
  const dimensions = new Map(
    model.framework.dimensions.map((dimension, index) => [
      dimension.id,
      { ...localizeTagged(dimension.name, language), color: dimensionColor(dimension, index) },
    ]),
  );
  const agencies = new Map(
    (model.document.agencies ?? []).map((agency) => [
      agency.id,
      {
        ...localizeTagged(agency.abbr ?? agency.name, language),
        fullName: agency.abbr ? localizeTagged(agency.name, language) : undefined,
      },
    ]),
  );
  const now = today.getTime();
  return (model.document.quickWins ?? []).map((quickWin) => {
    const { text: name, other } = localizeTagged(quickWin.name, language);
    const dimension = dimensions.get(quickWin.dimension);
    // No agency finds none: every agency has an id.
    const agency = agencies.get(quickWin.agency as string);
    // dateSpan parses each distinct date string once (derive.ts keeps them), however many share it.
    const due = quickWin.due === undefined ? undefined : dateSpan(quickWin.due).end;
    return {
      quickWin,
      name,
      nameLang: other,
      dimensionName: dimension?.text ?? quickWin.dimension,
      dimensionLang: dimension?.other,
      color: dimension?.color ?? 'currentColor',
      agency,
      due,
      // Only a passed due date can be overdue; the rule itself is derive.ts's.
      overdue: due !== undefined && due < now && isOverdue(quickWin, today),
      progress: quickWinProgress(quickWin),
    };
  });
}

function searchKey(row: QuickWinRow, language: string): string {
  const { quickWin } = row;
  return (row.search ??= searchable(
    [
      row.name,
      localize(quickWin.description, language),
      row.agency?.text,
      row.agency?.fullName?.text,
      row.dimensionName,
      localize(quickWin.kpi?.name, language),
    ].join('\n'),
    language,
  ));
}

/** Keeps the rows that match every filter that is set; the search matches in the shown language. */
export function filterRows(
  rows: readonly QuickWinRow[],
  filter: QuickWinFilter,
  language: string,
): QuickWinRow[] {
  const terms = searchTerms(filter.q, language);
  return rows.filter((row) => {
    const { quickWin } = row;
    return (
      (!filter.status || quickWin.status === filter.status) &&
      (!filter.health || quickWin.health === filter.health) &&
      (!filter.dimension || quickWin.dimension === filter.dimension) &&
      (!filter.agency || quickWin.agency === filter.agency) &&
      (terms.length === 0 || terms.every((term) => searchKey(row, language).includes(term)))
    );
  });
}

/**
 * A sorted copy: by due date (soonest first), progress (lowest first) or name (in the language's
 * collation); `-` reverses. Rows without a due date or progress come last either way; ties keep
 * the data's order.
 */
export function sortRows(rows: readonly QuickWinRow[], sort: QuickWinSort, language: string): QuickWinRow[] {
  const sign = sort.startsWith('-') ? -1 : 1;
  const key = sort.replace('-', '');
  if (key === 'name') {
    const collator = new Intl.Collator(language);
    return [...rows].sort((a, b) => sign * collator.compare(a.name, b.name));
  }
  // The order's name without its sign is the field it sorts by.
  const field = key as 'due' | 'progress';
  return [...rows].sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return sign * (x - y);
  });
}

export interface QuickWinSummary {
  count: number;
  byStatus: Record<Status, number>;
  byHealth: Record<Health, number>;
  completed: number;
  /** Completed as a share of all, 0–100. */
  share: number;
  overdue: number;
}

export function summarise(rows: readonly QuickWinRow[]): QuickWinSummary {
  const byStatus = { planned: 0, in_progress: 0, completed: 0, on_hold: 0, cancelled: 0 };
  const byHealth = { on_track: 0, at_risk: 0, off_track: 0 };
  let overdue = 0;
  for (const { quickWin, overdue: late } of rows) {
    byStatus[quickWin.status] += 1;
    if (quickWin.health) byHealth[quickWin.health] += 1;
    if (late) overdue += 1;
  }
  const count = rows.length;
  return {
    count,
    byStatus,
    byHealth,
    completed: byStatus.completed,
    share: count === 0 ? 0 : (byStatus.completed / count) * 100,
    overdue,
  };
}

/** One KPI measurement on the sparkline: its value, and its time (epoch ms). */
export interface Measurement {
  time: number;
  value: number;
}

/**
 * A KPI's history in time order. A partial date stands for its middle: "2023" is mid-2023, so it
 * comes after "2023-03".
 */
export function measurements(history: Kpi['history'] = []): (Measurement & { date: PartialDate })[] {
  return history
    .map(({ date, value }) => {
      const { start, end } = dateSpan(date);
      return { date, value, time: (start + end) / 2 };
    })
    .sort((a, b) => a.time - b.time);
}

/**
 * A KPI history, in time order, as sparkline points in a `width` × `height` box (2 px inset).
 * Each point sits at its time, so a gap of a year looks twice as long as one of six months.
 */
export function sparkline(history: readonly Measurement[], width: number, height: number): string {
  const values = history.map((measurement) => measurement.value);
  // Not Math.min(...values): a history of some 125,000 measurements passes too many arguments.
  const min = values.reduce((least, value) => Math.min(least, value), Infinity);
  const span = values.reduce((most, value) => Math.max(most, value), -Infinity) - min;
  const start = history[0]?.time ?? 0;
  const duration = (history.at(-1)?.time ?? start) - start;
  // Measurements all of one date are spread evenly rather than stacked.
  const x = (time: number, index: number) =>
    (duration > 0
      ? ((time - start) / duration) * width
      : (index * width) / Math.max(history.length - 1, 1)
    ).toFixed(1);
  // A flat history sits in the middle.
  const y = (value: number) =>
    (span ? height - 2 - ((value - min) / span) * (height - 4) : height / 2).toFixed(1);
  const points = history.map(({ time, value }, index) => `${x(time, index)},${y(value)}`);
  // A single measurement is a flat line, not an invisible point.
  return history.length === 1 ? `${points[0]} ${width},${y(values[0] as number)}` : points.join(' ');
}
