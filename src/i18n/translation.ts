import { numberFormat } from '../core/format.js';
import type { BannerStrings } from '../components/banner/banner.strings.js';
import type { QuickWinsStrings } from '../components/quick-wins/quick-wins.strings.js';
import type { ScorecardStrings } from '../components/scorecard/scorecard.strings.js';
import type { TimelineStrings } from '../components/timeline/timeline.strings.js';
import type { DataIssue, IssueCode } from '../data/issues.js';

export type LoadErrorKey =
  | 'network'
  | 'refused'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'html-instead-of-json'
  | 'too-large'
  | 'aborted'
  | 'no-data';

/**
 * Every string shared by the components and the validator, in one language. Strings are plain
 * templates with `{name}` placeholders, so a translation is data: a page can register one
 * written as JSON.
 *
 * Each component keeps its own strings beside it (`banner.strings.ts` …) so a single-component
 * bundle carries only what it shows; a registered translation may include them under the
 * component's key (`banner`, `scorecard` …). Indonesian and English are built in.
 */
export interface Translation {
  /** BCP 47 tag this translation is for. */
  $code: string;
  /** The language's own name, for language switches. */
  $name: string;
  /**
   * The direction its text runs: `rtl` for a language written right to left (Arabic, Hebrew,
   * Persian, Urdu …); left to right without it. The components run in it, whatever the page's.
   */
  $dir?: 'ltr' | 'rtl';

  loading: string;
  retry: string;
  errorTitle: string;
  /** A one-line reason for a failed load, by loader error code; `{url}`, `{status}`. */
  loadError: Record<LoadErrorKey, string>;
  /** Shown with the last good data when a background refresh failed; `{age}`. */
  staleData: string;
  /** Announced politely when a background refresh brought new data. */
  dataUpdated: string;
  /** `{date}` */
  dataAsOf: string;
  /**
   * What is wrong with a value, by issue code. Placeholders: `{limit}`, `{min}`, `{max}`,
   * `{found}`, `{supported}`, `{expected}`, `{detail}` (`not-json`: the browser's own words, in
   * English and quoting the JSON; the built-in translations leave it out).
   */
  issue: Record<IssueCode, string>;
  /** Appended to an issue that carries the offending value; `{value}`. */
  found: string;
  /**
   * What was done about an issue; `{item}`: the path of the item left out (`evaluations[0]`),
   * which may be shorter than the issue's own path (`evaluations[0].sources[0].date`).
   */
  outcome: Record<DataIssue['outcome'], string>;

  banner?: BannerStrings;
  scorecard?: ScorecardStrings;
  quickWins?: QuickWinsStrings;
  timeline?: TimelineStrings;
}

/**
 * Some words of a built-in language changed (`registerTranslation({ $code: 'id', loading: '…' })`):
 * every string or group left out, and every string a group leaves out, stays as it was. A new
 * language is a whole `Translation`, so that TypeScript names any string it misses.
 */
export type TranslationChanges = { $code: 'id' | 'en' } & {
  [Key in Exclude<keyof Translation, '$code'>]?: Translation[Key] extends string | undefined
    ? Translation[Key]
    : Partial<NonNullable<Translation[Key]>>;
};

/** The components whose strings a translation may carry. */
export type ComponentStrings = {
  banner: BannerStrings;
  scorecard: ScorecardStrings;
  quickWins: QuickWinsStrings;
  timeline: TimelineStrings;
};

/**
 * Fills `{name}` placeholders; a name without a value becomes empty, never `{name}`. Given a
 * language, numbers are written as its readers write them ("10.000" in Indonesian); without one
 * they are left as they are, for years and counts formatted before.
 *
 * `{name|one|other}` is a word that agrees with a count: `one` when `name` is 1, else `other`
 * ("{count} {count|quick win|quick wins}"). Indonesian needs none; a language with more forms
 * can write its sentence around the number instead ("Program: {count}").
 */
export function fill(template: string, params: object, language?: string): string {
  return template.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (_, name: string, one?: string, other?: string) => {
      const value = (params as Record<string, unknown>)[name];
      if (other !== undefined) return value === 1 ? (one as string) : other;
      if (typeof value === 'number' && language) return numberFormat(language, {}).format(value);
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    },
  );
}
