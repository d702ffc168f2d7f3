/**
 * Everything the components compute from a validated document, in one place: which evaluation
 * is the latest, how a score changed, which predicate band it falls in, what is overdue, how far
 * a KPI has come, and which translation of a text to show.
 */
import type { Evaluation, Kpi, Level, PartialDate, Status, Text } from './schema.js';
import { localDate } from './local-date.js';

/** The default language of the contract: Indonesian. */
export const DEFAULT_LANGUAGE = 'id';

/** A text in the language chosen for it, and what its `lang` should be. */
export interface TaggedText {
  text: string;
  /** The text's language; undefined for a plain string. */
  lang: string | undefined;
  /** The `lang` to mark the text with: set only when it is not the language asked for. */
  other?: string | undefined;
}

/**
 * Like `localize`, and says which language the text is in (`lang`, `undefined` for a plain
 * string) and, when that is another language than the one asked for (`other`, compared by base:
 * `en-GB` is English), the `lang` the text must be marked with.
 */
export function localizeTagged(text: Text | undefined, language: string): TaggedText {
  // A plain string, or none.
  if (typeof text !== 'object') return { text: text ?? '', lang: undefined };
  const wanted = language.toLowerCase();
  // split() always returns at least one string.
  const base = wanted.split('-')[0] as string;
  let baseTag: string | undefined;
  // Runs for every row of 10,000: Object.keys makes one array, Object.entries one per key more.
  for (const tag of Object.keys(text)) {
    const lower = tag.toLowerCase();
    if (lower === wanted) return { text: text[tag] as string, lang: tag };
    if (lower === base) baseTag ??= tag;
  }
  const tag = baseTag ?? (text[DEFAULT_LANGUAGE] !== undefined ? DEFAULT_LANGUAGE : Object.keys(text)[0]);
  return {
    text: (tag && text[tag]) ?? '',
    lang: tag,
    other: tag && tag.toLowerCase().split('-')[0] !== base ? tag : undefined,
  };
}

/** Evaluations from the oldest year to the latest. */
export function sortEvaluations(evaluations: readonly Evaluation[]): Evaluation[] {
  return [...evaluations].sort((a, b) => a.year - b.year);
}

/** The evaluation of the latest year: the one before every year there is (a year is 1900–2200). */
export function latestEvaluation(evaluations: readonly Evaluation[] | undefined): Evaluation | undefined {
  return previousEvaluation(evaluations, Infinity);
}

/** The evaluation of `year`, or the latest when no year is asked for. */
export function evaluationForYear(
  evaluations: readonly Evaluation[] | undefined,
  year?: number,
): Evaluation | undefined {
  if (year === undefined) return latestEvaluation(evaluations);
  return evaluations?.find((evaluation) => evaluation.year === year);
}

/** The closest evaluation before `year`: the one a change is measured against. */
export function previousEvaluation(
  evaluations: readonly Evaluation[] | undefined,
  year: number,
): Evaluation | undefined {
  let previous: Evaluation | undefined;
  for (const evaluation of evaluations ?? []) {
    if (evaluation.year < year && (!previous || evaluation.year > previous.year)) previous = evaluation;
  }
  return previous;
}

export interface ScoreChange {
  /** Current minus previous, rounded to the precision shown so "+0,00" never says "up". */
  delta: number;
  direction: 'up' | 'down' | 'same';
  previousYear: number;
}

/**
 * How a score moved since the previous evaluation; undefined when either side is missing (a gap
 * is a gap, not a zero).
 */
export function scoreChange(
  current: number | undefined,
  previous: number | undefined,
  previousYear: number,
  fractionDigits = 2,
): ScoreChange | undefined {
  if (current === undefined || previous === undefined) return undefined;
  const factor = 10 ** fractionDigits;
  // Round halves away from zero on both sides, so +0,005 and −0,005 are treated alike.
  const raw = (current - previous) * factor;
  const delta = (Math.sign(raw) * Math.round(Math.abs(raw))) / factor || 0;
  return { delta, direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same', previousYear };
}

/** The predicate band a score falls in: the level with the highest `min` at or below it. */
export function levelFor(score: number | undefined, levels: readonly Level[] | undefined): Level | undefined {
  if (score === undefined || !levels) return undefined;
  let best: Level | undefined;
  for (const level of levels) {
    if (score >= level.min && (!best || level.min > best.min)) best = level;
  }
  return best;
}

/**
 * Decimal places for a document's scores and for the scale's maximum beside them, the same in
 * every component: every score with the places of the most precise one in all evaluations
 * ("3,31" on Kominfo's 0–4 scale, always two places there), and the maximum as "/ 4,00" on
 * that scale but "/ 100" on a 0–100 one.
 */
export function scoreDigits(
  scale: { min: number; max: number },
  evaluations: readonly Evaluation[] = [],
): { score: number; max: number } {
  // Every score shown, elements' and aspects' too: a 72.5 among whole numbers is not "73".
  const scores = evaluations.flatMap((each) => [
    each.overall?.score,
    ...(each.aspects ?? []).map((aspect) => aspect.score),
    ...(each.dimensions ?? []).flatMap((entry) => [
      entry.score,
      ...(entry.elements ?? []).map((element) => element.score),
    ]),
  ]);
  const score = scoreFractionDigits(scale, scores);
  return { score, max: isKominfoScale(scale) || !Number.isInteger(scale.max) ? score : 0 };
}

/** Kominfo's 0–4 scale, on which scores are published with two decimals. */
const isKominfoScale = (scale: { min: number; max: number }): boolean => scale.min === 0 && scale.max === 4;

/** Decimal places scores are shown with: two on Kominfo's 0–4 scale, else the data's own. */
export function scoreFractionDigits(
  scale: { min: number; max: number },
  scores: readonly (number | undefined)[] = [],
): number {
  if (isKominfoScale(scale)) return 2;
  let digits = 0;
  for (const score of scores) {
    // A gap (undefined) has no decimals.
    const text = String(score);
    const dot = text.indexOf('.');
    if (dot >= 0) digits = Math.max(digits, text.length - dot - 1);
  }
  return Math.min(digits, 2);
}

/**
 * The span a partial date stands for: "2023" is all of 2023, "2023-09" all of September. A start
 * uses the beginning, an end or due date the end (the last millisecond).
 */
export function dateRange(date: PartialDate): { start: Date; end: Date } {
  const { start, end } = dateSpan(date);
  return { start: new Date(start), end: new Date(end) };
}

/**
 * `dateRange` in epoch milliseconds, without a `Date` made: what sorting, filtering and drawing
 * 10,000 items need. The answer is shared by every caller, hence frozen.
 */
export function dateSpan(date: PartialDate): Readonly<{ start: number; end: number }> {
  let span = spans.get(date);
  if (!span) {
    span = computeSpan(date);
    // Documents repeat the same few hundred dates; a hostile one with endless new ones only
    // restarts the cache.
    if (spans.size >= 10_000) spans.clear();
    spans.set(date, span);
  }
  return span;
}

/** Parsed spans by date string: 10,000 programmes parse each month once. */
const spans = new Map<string, Readonly<{ start: number; end: number }>>();

function computeSpan(date: string): Readonly<{ start: number; end: number }> {
  const [year = 1970, month, day] = date.split('-').map(Number);
  const span = (start: Date, next: Date) =>
    Object.freeze({ start: start.getTime(), end: next.getTime() - 1 });
  if (day !== undefined && month !== undefined) {
    return span(localDate(year, month - 1, day), localDate(year, month - 1, day + 1));
  }
  if (month !== undefined) return span(localDate(year, month - 1, 1), localDate(year, month, 1));
  return span(localDate(year, 0, 1), localDate(year + 1, 0, 1));
}

export const startOf = (date: PartialDate): Date => dateRange(date).start;
export const endOf = (date: PartialDate): Date => dateRange(date).end;

/**
 * Overdue is derived, never stored: its end or due date has passed and it is neither completed
 * nor cancelled.
 */
export function isOverdue(
  item: { status: Status; end?: PartialDate | undefined; due?: PartialDate | undefined },
  today: Date = new Date(),
): boolean {
  if (item.status === 'completed' || item.status === 'cancelled') return false;
  const deadline = item.due ?? item.end;
  return deadline !== undefined && dateSpan(deadline).end < today.getTime();
}

/**
 * Text as a search matches it, for the searched text and the query alike: lower-cased in
 * `language`, accents dropped, so "cafe", "café" and a "café" typed as e plus a combining accent
 * (as text copied from a PDF often is) all find one another.
 */
export function searchable(text: string, language: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(language);
}

/** A query's words as a search matches them: a text matches when it holds each, in any order ("izin hari"). */
export function searchTerms(query: string | undefined, language: string): string[] {
  return query ? searchable(query, language).split(/\s+/).filter(Boolean) : [];
}

/** Which way a KPI must move: as stated, else from its baseline towards its target. */
export function kpiDirection(kpi: Kpi): 'increase' | 'decrease' {
  return kpi.direction ?? (kpi.target >= kpi.baseline ? 'increase' : 'decrease');
}

/**
 * How far a KPI has come from its baseline towards its target, 0–100, direction aware: a KPI that
 * must decrease (a response time) is done when it falls to its target. A target equal to the
 * baseline (keep 100 % uptime) is met or not: 100 or 0; without a `direction` only the target
 * itself meets it, since 7 against "keep incidents at 0" is as wrong as 99 against "keep 100 %".
 * Undefined without an actual value. For a validated KPI: the validator leaves out a `direction`
 * its target contradicts.
 */
export function kpiProgress(kpi: Kpi): number | undefined {
  if (kpi.actual === undefined) return undefined;
  const span = kpi.target - kpi.baseline;
  if (span === 0) {
    const met =
      kpi.direction === 'increase'
        ? kpi.actual >= kpi.target
        : kpi.direction
          ? kpi.actual <= kpi.target
          : kpi.actual === kpi.target;
    return met ? 100 : 0;
  }
  const share = ((kpi.actual - kpi.baseline) / span) * 100;
  return Math.min(100, Math.max(0, share));
}

/** A quick win's progress: the stated one, else the KPI's. */
export function quickWinProgress(quickWin: {
  progress?: number | undefined;
  kpi?: Kpi | undefined;
}): number | undefined {
  return quickWin.progress ?? (quickWin.kpi && kpiProgress(quickWin.kpi));
}

// Last: the CDN files keep this file's order, and they compress better with this here (2 to 4 B).
/**
 * A text in the wanted language: the exact tag, then its base language, then Indonesian, then
 * the first translation present.
 */
export function localize(text: Text | undefined, language: string): string {
  return localizeTagged(text, language).text;
}
