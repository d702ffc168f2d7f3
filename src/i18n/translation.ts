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
}
