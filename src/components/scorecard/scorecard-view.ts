/**
 * The scorecard's derived view: everything the template shows, computed once per render from the
 * validated model, the chosen year and the comparison. The template only lays it out.
 */
import { dimensionColor } from '../../core/dimension-color.js';
import { formatNumber, formatPercent, formatSigned } from '../../core/format.js';
import { isolate } from '../../core/text.js';
import {
  evaluationForYear,
  levelFor,
  localize,
  localizeTagged,
  previousEvaluation,
  scoreChange,
  scoreDigits,
  sortEvaluations,
  type ScoreChange,
  type TaggedText,
} from '../../data/derive.js';
import type { Evaluation, Source, Text } from '../../data/schema.js';
import type { SmartCityModel } from '../../data/validate.js';
import { fill } from '../../i18n/index.js';
import type { ScorecardStrings } from './scorecard.strings.js';

export interface ScoreText {
  value: number | undefined;
  /** "3,60", or "—" for a gap. */
  text: string;
  /** What a screen reader hears: the number, or "no data" instead of a dash. */
  spoken: string;
}

export interface ChangeView extends ScoreChange {
  /** "naik +0,25 dari 2021" */
  words: string;
}

export interface DimensionView {
  id: string;
  name: string;
  /** The name's language when it differs from the element's (only another translation was given). */
  nameLang: string | undefined;
  color: string;
  score: ScoreText;
  /** The comparison year's score, when a comparison is shown. */
  compareScore: ScoreText | undefined;
  /** Change against the previous evaluation (or the comparison year, when one is set). */
  change: ChangeView | undefined;
  /** "Tingkat kematangan 4 dari 5"; the level's name follows as the document gives it ("Terintegrasi"). */
  maturity: string | undefined;
  maturityLabel: Text | undefined;
  level: TaggedText | undefined;
  elements: { name: TaggedText; score: ScoreText }[];
  note: Text | undefined;
}

export interface ScorecardView {
  year: number;
  /** As the document gives them (so are `evaluator` and `note`): the template puts them in the reader's language. */
  title: Text | undefined;
  evaluator: Text | undefined;
  scale: { min: number; max: number };
  /** Ring values for the radar and labels for the axis. */
  ticks: { value: number; text: string }[];
  overall: ScoreText;
  maxText: string;
  overallLevel: TaggedText | undefined;
  overallChange: ChangeView | undefined;
  /** The comparison year's overall score, when a comparison is shown. */
  compareOverall: ScoreText | undefined;
  ranks: string[];
  compareYear: number | undefined;
  dimensions: DimensionView[];
  aspects: { name: TaggedText; score: ScoreText; weight: string | undefined }[];
  /** As the document gives them: the template puts each title in the reader's language. */
  sources: Source[];
  summary: string;
}

export type CompareOption = 'previous' | number | undefined;

/** Reads the `compare` attribute: `previous`, a year, or nothing. */
export function parseCompare(value: string | null | undefined): CompareOption {
  if (!value) return undefined;
  if (value.trim().toLowerCase() === 'previous') return 'previous';
  const year = Number(value);
  return Number.isInteger(year) ? year : undefined;
}

/**
 * The years the document has evaluations for, when none is of the asked year (none at all: an
 * empty list); undefined when there is one to show.
 */
export function missingEvaluation(model: SmartCityModel, year: number | undefined): number[] | undefined {
  const evaluations = model.document.evaluations ?? [];
  return evaluationForYear(evaluations, year)
    ? undefined
    : sortEvaluations(evaluations).map((evaluation) => evaluation.year);
}

/**
 * Builds the view; call only when `missingEvaluation()` said there is something to show: the
 * evaluation of the asked year is then there, and is not checked for again here.
 */
export function deriveScorecardView(
  model: SmartCityModel,
  options: { year: number | undefined; compare: CompareOption; language: string; strings: ScorecardStrings },
): ScorecardView {
  const { language, strings } = options;
  const evaluations = model.document.evaluations ?? [];
  const evaluation = evaluationForYear(evaluations, options.year) as Evaluation;
  const { scale, levels } = model.framework;

  const comparison =
    options.compare === 'previous'
      ? previousEvaluation(evaluations, evaluation.year)
      : options.compare !== undefined && options.compare !== evaluation.year
        ? evaluationForYear(evaluations, options.compare)
        : undefined;
  // Change is measured against the comparison when one is shown, else the previous evaluation.
  // A change is always into the shown year: a later comparison is drawn, not measured from.
  const baseline =
    comparison && comparison.year < evaluation.year
      ? comparison
      : previousEvaluation(evaluations, evaluation.year);

  const { score: digits, max: maxDigits } = scoreDigits(scale, evaluations);
  const score = (value: number | undefined): ScoreText => {
    if (value === undefined) return { value, text: '—', spoken: strings.noScore };
    const text = formatNumber(value, language, digits);
    return { value, text, spoken: text };
  };
  /** "naik {delta} dari 2023", "tidak berubah dari 2023": a change in words, its size as given. */
  const changeWords = (moved: ScoreChange, delta: string): string =>
    fill(strings[moved.direction], { delta, year: moved.previousYear });
  const change = (current: number | undefined, previous: number | undefined): ChangeView | undefined => {
    if (!baseline) return undefined;
    const moved = scoreChange(current, previous, baseline.year, digits);
    if (!moved) return undefined;
    // Signed as well as worded: "naik +0,18", "turun −0,12".
    return { ...moved, words: changeWords(moved, formatSigned(moved.delta, language, digits)) };
  };

  const dimensions: DimensionView[] = model.framework.dimensions.map((dimension, index) => {
    const entry = evaluation.dimensions?.find((each) => each.dimension === dimension.id);
    const previous = baseline?.dimensions?.find((each) => each.dimension === dimension.id);
    const compared = comparison?.dimensions?.find((each) => each.dimension === dimension.id);
    const level = levelFor(entry?.score, levels);
    const maturity = entry?.maturity;
    const { text: name, other } = localizeTagged(dimension.name, language);
    return {
      id: dimension.id,
      name,
      nameLang: other,
      color: dimensionColor(dimension, index),
      score: score(entry?.score),
      compareScore: comparison ? score(compared?.score) : undefined,
      change: change(entry?.score, previous?.score),
      maturity: maturity
        ? fill(maturity.of === undefined ? strings.maturityAlone : strings.maturity, maturity, language)
        : undefined,
      maturityLabel: maturity?.label,
      level: level ? localizeTagged(level.label, language) : undefined,
      elements: (dimension.elements ?? [])
        .map((element) => ({
          name: localizeTagged(element.name, language),
          score: score(entry?.elements?.find((each) => each.element === element.id)?.score),
        }))
        // Element scores are rarely published: list elements only when some score is known.
        .filter((_, __, all) => all.some((element) => element.score.value !== undefined)),
      note: entry?.note,
    };
  });

  const scored = dimensions.filter((dimension) => dimension.score.value !== undefined);
  const values = scored.map((dimension) => dimension.score.value as number);
  // The first dimension with the top (bottom) score; none when nothing is scored.
  const withScore = (value: number) => scored.find((dimension) => dimension.score.value === value);
  const highest = withScore(Math.max(...values));
  const lowest = withScore(Math.min(...values));
  const overall = score(evaluation.overall?.score);
  const overallChange = change(evaluation.overall?.score, baseline?.overall?.score);
  const overallLevel = levelFor(evaluation.overall?.score, levels);

  // Five rings: at none, a quarter … all of the scale. Not Array.from: MooTools 1.4 (on Joomla 3
  // pages) replaces it with one that ignores its function, and the rings went missing.
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const value = scale.min + (scale.max - scale.min) * share;
    const tickDigits = Number.isInteger(value) ? 0 : Math.min(2, digits || 1);
    return { value, text: formatNumber(value, language, tickDigits) };
  });

  return {
    year: evaluation.year,
    title: evaluation.label,
    evaluator: evaluation.evaluator,
    scale,
    ticks,
    overall,
    maxText: formatNumber(scale.max, language, maxDigits),
    overallLevel: overallLevel ? localizeTagged(overallLevel.label, language) : undefined,
    overallChange,
    compareOverall: comparison ? score(comparison.overall?.score) : undefined,
    ranks: (evaluation.overall?.rank ?? []).map((rank) =>
      fill(
        rank.of === undefined ? strings.rankAlone : strings.rank,
        { ...rank, scope: localize(rank.scope, language) },
        language,
      ),
    ),
    compareYear: comparison?.year,
    dimensions,
    aspects: (evaluation.aspects ?? []).map((aspect) => ({
      name: localizeTagged(aspect.name ?? aspect.id, language),
      score: score(aspect.score),
      weight: aspect.weight === undefined ? undefined : formatPercent(aspect.weight, language),
    })),
    sources: evaluation.sources ?? [],
    summary: [
      overall.value === undefined
        ? fill(strings.summaryYear, { year: evaluation.year })
        : fill(strings.summaryScore, { score: overall.text, year: evaluation.year }),
      // Unsigned here, as the example has it ("naik 0,25 dari 2021"): the word says which
      // way, and a sentence read aloud needs no "plus" after "naik".
      overallChange
        ? `, ${changeWords(overallChange, formatNumber(Math.abs(overallChange.delta), language, digits))}`
        : '',
      // Highest and lowest only when they differ: one scored dimension, or all alike, has neither.
      highest && lowest && lowest !== highest
        ? `; ${fill(strings.highest, { name: isolate(highest.name), score: highest.score.text })}, ${fill(strings.lowest, { name: isolate(lowest.name), score: lowest.score.text })}`
        : '',
      '.',
    ].join(''),
  };
}
