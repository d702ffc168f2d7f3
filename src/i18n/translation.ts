import type { DataIssue, IssueCode } from '../data/issues.js';

type Params = Record<string, string | number>;

/**
 * Every string the components and the validator show. A language is an object of this shape;
 * Indonesian and English are built in, more can be registered at runtime with
 * `registerTranslation()`.
 */
export interface Translation {
  /** BCP 47 tag this translation is for. */
  $code: string;
  /** The language's own name, for language switches. */
  $name: string;

  loading: string;
  retry: string;
  errorTitle: string;
  /** A one-line reason for a failed load, by loader error code. */
  loadError: Record<
    | 'network'
    | 'timeout'
    | 'http'
    | 'not-json'
    | 'html-instead-of-json'
    | 'too-large'
    | 'aborted'
    | 'no-data',
    (params: Params) => string
  >;
  /** Shown with the last good data when a background refresh failed. */
  staleData: (age: string) => string;
  /** Announced politely when a background refresh brought new data. */
  dataUpdated: string;
  dataAsOf: (date: string) => string;
  /** Describes a data issue: what is wrong with the value. */
  issue: Record<IssueCode, (params: Params) => string>;
  /** Says what was done about the issue. */
  outcome: Record<DataIssue['outcome'], string>;
  /** "3 issues in the data" */
  issueCount: (count: number) => string;
  showIssues: string;

  banner: {
    /** Accessible name of the banner landmark: "Smart city programme of {city}". */
    label: (city: string) => string;
    logoAlt: (city: string) => string;
    strategy: string;
    vision: string;
    dimensions: string;
    latestScore: string;
    scoreOf: (score: string, max: string) => string;
    scoreYear: (year: string) => string;
    /** Appended to links that open another site. */
    external: string;
    emptyTitle: string;
  };

  scorecard: {
    /** Accessible name of the scorecard region. */
    label: (year: string) => string;
    heading: (year: string) => string;
    overall: string;
    scoreOf: (score: string, max: string) => string;
    rank: (position: string, of: string | undefined, scope: string) => string;
    /** "up 0.25 from 2021", "down …", "unchanged from 2021". */
    change: (direction: 'up' | 'down' | 'same', delta: string, year: string) => string;
    /** Read out instead of "—". */
    noScore: string;
    summary: (parts: {
      score: string | undefined;
      year: string;
      change: string | undefined;
      highest: string | undefined;
      lowest: string | undefined;
    }) => string;
    highest: (name: string, score: string) => string;
    lowest: (name: string, score: string) => string;
    radarLabel: (year: string, compareYear: string | undefined) => string;
    legend: string;
    dimensions: string;
    elements: string;
    maturity: (level: string, of: string | undefined, label: string | undefined) => string;
    level: string;
    aspects: string;
    weight: (weight: string) => string;
    sources: string;
    evaluator: string;
    showTable: string;
    hideTable: string;
    tableCaption: (year: string) => string;
    dimension: string;
    changeColumn: string;
    noEvaluations: string;
    yearMissing: (year: string, available: string) => string;
    note: string;
  };
}
