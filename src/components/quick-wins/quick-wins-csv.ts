/**
 * "Download CSV": the current view as a file a spreadsheet opens correctly. RFC 4180 (comma,
 * CRLF, fields quoted when they hold a comma, quote or line break, quotes doubled), UTF-8 with a
 * byte-order mark (so Excel reads Indonesian names right), a header row in the shown language,
 * numbers unformatted with a dot decimal, dates as written in the data (ISO 8601).
 *
 * A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a
 * formula in a spreadsheet (CSV injection); such cells get a leading `'`. Numbers are written by
 * us, not taken as text, so a negative baseline stays a number.
 */
import { kpiDirection, localize } from '../../data/derive.js';
import type { QuickWinRow } from './quick-wins-view.js';
import type { QuickWinsStrings } from './quick-wins.strings.js';

type Cell = string | number | undefined;

function cell(value: Cell): string {
  if (value === undefined) return '';
  // The data's numbers as given (0.001 stays 0.001); only the computed progress is rounded.
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  // Quoted with a semicolon too: Indonesian Excel splits a double-clicked CSV on ";", and the
  // part after one ("Layanan;=cmd|…") would be a cell of its own, and a formula.
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A progress to the hundredth, never rounded to 0 or 100 when it is not (as on the page). */
const percent = (value: number): number =>
  value > 0 && value < 100 ? Math.min(99.99, Math.max(0.01, Math.round(value * 100) / 100)) : value;

/** The CSV text of `rows`, byte-order mark included. */
export function quickWinsCsv(
  rows: readonly QuickWinRow[],
  language: string,
  strings: QuickWinsStrings,
): string {
  const header: Cell[] = [
    'ID',
    strings.name,
    strings.dimension,
    strings.agency,
    strings.statusLabel,
    strings.healthLabel,
    strings.start,
    strings.due,
    strings.overdue,
    strings.kpi,
    strings.unit,
    strings.direction,
    strings.baseline,
    strings.actual,
    strings.target,
    `${strings.progress} (%)`,
  ];
  const lines = [
    header,
    ...rows.map((row): Cell[] => {
      const { quickWin } = row;
      const kpi = quickWin.kpi;
      return [
        quickWin.id,
        row.name,
        row.dimensionName,
        // The full name for a spreadsheet, with the abbreviation the page shows.
        row.agency?.fullName ? `${row.agency.fullName.text} (${row.agency.text})` : row.agency?.text,
        strings.status[quickWin.status],
        quickWin.health && strings.health[quickWin.health],
        quickWin.start,
        quickWin.due,
        row.overdue ? strings.yes : strings.no,
        kpi && localize(kpi.name, language),
        kpi?.unit && localize(kpi.unit, language),
        kpi && strings[kpiDirection(kpi)],
        kpi?.baseline,
        kpi?.actual,
        kpi?.target,
        row.progress === undefined ? undefined : percent(row.progress),
      ];
    }),
  ];
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
