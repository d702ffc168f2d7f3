/**
 * The scorecard scenario's data, the same for every contender: the six dimensions of the 2024
 * evaluation in bekasi.json with 2023 as the comparison, and 100 deterministic updates that
 * change every score (within the framework's 0–4 scale).
 */
import { DEFAULT_FRAMEWORK } from '../../src/data/framework.js';
import { seededRandom } from '../../test/fixtures/random.js';
import { scenarioData } from './harness.js';

interface DimensionEntry {
  dimension: string;
  score?: number;
  [key: string]: unknown;
}
interface EvaluationEntry {
  year: number;
  overall?: { score?: number; [key: string]: unknown };
  dimensions?: DimensionEntry[];
  [key: string]: unknown;
}
export interface ScorecardDocument {
  evaluations: EvaluationEntry[];
  [key: string]: unknown;
}

/** One state of the chart: a score per dimension for the shown year and the comparison year. */
export interface Scores {
  current: number[];
  compare: number[];
}

export interface ScorecardData {
  /** The document `<bekasi-scorecard>` is given (served by the runner, see scenarios/scorecard.mjs). */
  document: ScorecardDocument;
  year: number;
  compareYear: number;
  /** Dimension ids and their names as the scorecard shows them (Indonesian). */
  ids: string[];
  labels: string[];
  scale: { min: number; max: number };
  initial: Scores;
  /** The successive updates, computed before any timing. */
  updates: Scores[];
}

export const UPDATE_COUNT = 100;

export async function loadScorecardData(): Promise<ScorecardData> {
  const served = await scenarioData<{ document: ScorecardDocument; year: number; compareYear: number }>();
  const { scale } = DEFAULT_FRAMEWORK;
  const ids = DEFAULT_FRAMEWORK.dimensions.map((dimension) => dimension.id);
  const labels = DEFAULT_FRAMEWORK.dimensions.map((dimension) =>
    typeof dimension.name === 'string' ? dimension.name : (dimension.name['id'] ?? dimension.id),
  );
  const scoresOf = (year: number): number[] => {
    const evaluation = served.document.evaluations.find((each) => each.year === year);
    if (!evaluation) throw new Error(`No ${year} evaluation in the benchmark document`);
    return ids.map((id) => {
      const score = evaluation.dimensions?.find((entry) => entry.dimension === id)?.score;
      if (score === undefined) throw new Error(`No ${year} score for ${id}`);
      return score;
    });
  };
  const { min, max } = scale ?? { min: 0, max: 4 };
  const random = seededRandom(20240611);
  const value = () => Math.round((min + random() * (max - min)) * 100) / 100;
  const updates = Array.from({ length: UPDATE_COUNT }, () => ({
    current: ids.map(value),
    compare: ids.map(value),
  }));
  return {
    document: served.document,
    year: served.year,
    compareYear: served.compareYear,
    ids,
    labels,
    scale: { min, max },
    initial: { current: scoresOf(served.year), compare: scoresOf(served.compareYear) },
    updates,
  };
}

/** A new document object (as a fresh fetch would give) with these scores; overall = their mean. */
export function documentWithScores(data: ScorecardData, scores: Scores): ScorecardDocument {
  const copy = structuredClone(data.document);
  for (const evaluation of copy.evaluations) {
    const values =
      evaluation.year === data.year
        ? scores.current
        : evaluation.year === data.compareYear
          ? scores.compare
          : [];
    if (values.length === 0) continue;
    for (const entry of evaluation.dimensions ?? []) {
      const index = data.ids.indexOf(entry.dimension);
      if (index >= 0) entry.score = values[index] as number;
    }
    const mean = values.reduce((sum, each) => sum + each, 0) / values.length;
    evaluation.overall = { ...evaluation.overall, score: Math.round(mean * 100) / 100 };
  }
  return copy;
}
