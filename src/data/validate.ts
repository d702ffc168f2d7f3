/**
 * Validation: strict per document, lenient per item (see data-format.md, "How bad data is met").
 *
 * The rules live in `schema.ts`; this file only decides what happens when a rule fails: a broken
 * document is rejected, a broken item is left out, an unsafe URL or colour is dropped on its own,
 * and everything is reported with its path.
 */
import * as v from 'valibot';
import { fastParser, INVALID, type FastParser } from './fast-parse.js';
import {
  AgencySchema,
  CitySchema,
  GeneratedAtSchema,
  EvaluationSchema,
  FrameworkSchema,
  ProgrammeSchema,
  QuickWinSchema,
  SCHEMA_VERSION_PATTERN,
  SUPPORTED_MAJOR_VERSION,
  type Agency,
  type City,
  type Dimension,
  type Evaluation,
  type Framework,
  type Programme,
  type QuickWin,
  type Section,
  type SmartCityDocument,
} from './schema.js';
// Last: the CDN files hold the modules in import order, and the built-in framework after the
// schemas compresses better (6 to 8 B less in the scorecard's and the tracker's files), and the
// issues after it too (24 B less in the timeline's).
import { DEFAULT_FRAMEWORK, DEFAULT_SCALE } from './framework.js';
import { describeValue, formatPath, rejectedIssue, type DataIssue, type IssueCode } from './issues.js';

type PathSegment = string | number;
type AnySchema = v.GenericSchema<unknown, unknown>;

/** The framework a document is read with, its own or the built-in one, with lookups. */
export interface ResolvedFramework extends Framework {
  scale: { min: number; max: number };
  /** True when the document has no framework and the built-in one is used. */
  isDefault: boolean;
  /** Dimension by id or alias. */
  dimensionByKey: ReadonlyMap<string, Dimension>;
}

/** A validated document: everything in it is safe to render and internally consistent. */
export interface SmartCityModel {
  document: SmartCityDocument;
  framework: ResolvedFramework;
  /** Relative URLs in the document resolve against this (the document's own URL, or the page). */
  baseUrl: string | undefined;
}

export interface ValidationResult {
  /** Absent when the document as a whole is unusable. */
  model: SmartCityModel | undefined;
  issues: DataIssue[];
}

export interface ValidateOptions {
  baseUrl?: string | undefined;
}

/** Where an item sat in the document, for its issues. */
type PathOf<T> = (item: T) => PathSegment[];

/** What checking one section produced: its value for the model, and what was wrong. */
interface SectionOutcome {
  value: unknown;
  issues: DataIssue[];
}

/**
 * How one section of the document is checked. Components name the sections they need, so a page
 * with only a scorecard never validates 10,000 programmes, and a single-component bundle carries
 * only the schemas it uses.
 */
export interface SectionRule {
  readonly section: Section;
  /** @internal */
  readonly check: (raw: Record<string, unknown>, context: SectionContext) => SectionOutcome;
}

/** @internal What a section's check may ask for: the framework, and other sections' results. */
interface SectionContext {
  framework: ResolvedFramework;
  resolve(rule: SectionRule): unknown;
}

interface DocumentCache {
  head: ValidationResult & { document?: SmartCityDocument };
  /** The framework as resolved for lookups, and as written (for the model's document). */
  framework?: SectionOutcome & { value: ResolvedFramework | undefined; written?: Framework };
  /** Each section checked once per document: no check depends on the base URL. */
  sections: Map<SectionRule, SectionOutcome>;
  /** By base URL and sections. */
  results: Map<string, ValidationResult>;
}

/** A field whose bad value is dropped on its own instead of the item around it. */
const FIELD_DROPPABLE: ReadonlySet<IssueCode> = new Set([
  'url',
  'color',
  'too-long',
  'too-many',
  'empty-text',
]);

/**
 * Every action in `schema.ts` carries an issue code as its message (`'date'`, `'too-long'` …);
 * valibot's own messages are sentences. A kebab-case word is therefore one of ours.
 */
const ISSUE_CODE = /^[a-z]+(?:-[a-z]+)*$/;

const caches = new WeakMap<object, DocumentCache>();

/**
 * Documents the library parsed itself, from `src` or inline JSON, which no page made and no page
 * changes. Their valid programmes and quick wins are not rebuilt: only each item's top level is
 * copied, for the section checks to correct, and what lies deeper (names, KPIs, histories) is
 * shared with the document, which never changes (rebuilding 10,000 quick wins cost the tracker
 * about 3 MB of memory and a few per cent of its first render). A document the page sets as `data`
 * is rebuilt: the page may change it later, or hold a Vue proxy.
 */
const ownDocuments = new WeakSet<object>();

/** Marks a document the library has just parsed for its own use (see `ownDocuments`); returns it. */
export function ownDocument<T>(json: T): T {
  if (json && typeof json === 'object') ownDocuments.add(json);
  return json;
}

/**
 * Validates the sections a component needs (and what they depend on), always with the document
 * as a whole and its framework. Each section is checked once per document object, whatever the
 * base URL and whoever asks, and the same inputs return the same result object.
 */
export function validateSections(
  input: unknown,
  rules: readonly SectionRule[],
  options: ValidateOptions = {},
): ValidationResult {
  try {
    const cache = documentCache(input);
    const key = `${options.baseUrl}\n${rules
      .map((rule) => rule.section)
      .sort()
      .join()}`;
    const known = cache.results.get(key);
    if (known) return known;

    let result: ValidationResult;
    const head = cache.head;
    if (!head.document) {
      result = head;
    } else {
      const raw = input as Record<string, unknown>;
      const frameworkOutcome = (cache.framework ??= checkFramework(raw));
      const framework = frameworkOutcome.value;
      const issues = [...head.issues, ...frameworkOutcome.issues];
      if (!framework) {
        result = { model: undefined, issues };
      } else {
        const document: SmartCityDocument = { ...head.document };
        if (frameworkOutcome.written) document.framework = frameworkOutcome.written;
        const context: SectionContext = {
          framework,
          resolve: (rule) => {
            let outcome = cache.sections.get(rule);
            if (!outcome) {
              outcome = rule.check(raw, context);
              cache.sections.set(rule, outcome);
            }
            return outcome.value;
          },
        };
        for (const rule of rules) {
          const value = context.resolve(rule);
          if (value !== undefined) (document as Record<string, unknown>)[rule.section] = value;
          // resolve() has just cached the rule's outcome. One by one: spread, some 125,000 issues
          // (one per item of a huge bad section) would pass too many arguments and throw.
          for (const issue of (cache.sections.get(rule) as SectionOutcome).issues) issues.push(issue);
        }
        result = { model: { document, framework, baseUrl: options.baseUrl }, issues };
      }
    }
    cache.results.set(key, result);
    return result;
  } catch {
    // Only an object built in JavaScript can throw while it is read (a getter or a Proxy that
    // throws; parsed JSON never does). Whatever it is, it cannot be shown.
    return { model: undefined, issues: [rejectedIssue('invalid')] };
  }
}

function documentCache(input: unknown): DocumentCache {
  const fresh = (): DocumentCache => ({ head: checkHead(input), sections: new Map(), results: new Map() });
  if (input === null || typeof input !== 'object') return fresh();
  let cache = caches.get(input);
  if (!cache) caches.set(input, (cache = fresh()));
  return cache;
}

/** The issues of the sections a component uses (plus document-level ones). */
export function issuesForSections(issues: readonly DataIssue[], sections: readonly Section[]): DataIssue[] {
  return issues.filter((issue) => !issue.section || sections.includes(issue.section));
}

/**
 * The missing or emptied section of a result, given once: components reading one document share
 * the same issue object, so a page hears their failure once (see the base element's alerts).
 */
const sectionIssues = new WeakMap<ValidationResult, DataIssue>();

/**
 * The first reason a component needing `required` sections cannot render this result, or
 * undefined. With `strict`, any issue in the sections it uses counts.
 */
export function blockingIssue(
  result: ValidationResult,
  required: readonly Section[],
  used: readonly Section[],
  strict = false,
): DataIssue | undefined {
  const relevant = issuesForSections(result.issues, used);
  const error = relevant.find((issue) => issue.severity === 'error');
  if (error) return error;
  if (!result.model) return rejectedIssue('invalid');
  for (const section of required) {
    const value = result.model.document[section];
    // A list whose every item was left out is unusable, not a city with none yet: "Belum ada
    // program" would hide that the data is broken. (An empty list with issues had items; `city`,
    // an object, has no length.)
    const emptied =
      (value as unknown[] | undefined)?.length === 0 && relevant.some((issue) => issue.section === section);
    if (value === undefined || emptied) {
      const code = emptied ? 'empty-section' : 'missing-section';
      let issue = sectionIssues.get(result);
      if (issue?.code !== code || issue.path !== section) {
        sectionIssues.set(result, (issue = rejectedIssue(code, section, { section })));
      }
      return issue;
    }
  }
  if (strict && relevant.length > 0) return relevant[0];
  return undefined;
}

/** The document as a whole: an object, in a version this library reads. */
function checkHead(input: unknown): DocumentCache['head'] {
  const reject = (code: IssueCode, path?: string, extra?: Partial<DataIssue>): DocumentCache['head'] => ({
    model: undefined,
    issues: [rejectedIssue(code, path, extra)],
  });

  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return reject('not-object', undefined, { value: describeValue(input) });
  }
  const raw = input as Record<string, unknown>;

  const version = raw['schemaVersion'];
  if (typeof version !== 'string' || !SCHEMA_VERSION_PATTERN.test(version)) {
    // A missing value has nothing to quote: not "(found undefined)".
    return reject(version === undefined ? 'required' : 'schema-version', 'schemaVersion', {
      value: version === undefined ? undefined : describeValue(version),
      params: { supported: `${SUPPORTED_MAJOR_VERSION}.x` },
    });
  }
  const major = Number(version.split('.')[0]);
  if (major !== SUPPORTED_MAJOR_VERSION) {
    return reject('unsupported-version', 'schemaVersion', {
      value: version,
      params: { found: version, supported: `${SUPPORTED_MAJOR_VERSION}.x` },
    });
  }

  return { model: undefined, issues: [], document: { schemaVersion: version } };
}

/** The framework, first: every dimension reference elsewhere is checked against it. */
function checkFramework(raw: Record<string, unknown>): NonNullable<DocumentCache['framework']> {
  if (raw['framework'] === undefined) return { value: resolveFramework(DEFAULT_FRAMEWORK, true), issues: [] };
  const issues: DataIssue[] = [];
  const checked = validateItem<Framework>(
    FrameworkSchema,
    raw['framework'],
    ['framework'],
    'framework',
    issues,
    'error',
  );
  if (!checked) return { value: undefined, issues };
  const dimensions = uniqueById(checked.dimensions, ['framework', 'dimensions'], 'framework', issues);
  const written = { ...checked, dimensions };
  return { value: resolveFramework(written, false), issues, written };
}

/** `city`: the banner's input, and every component's colours. */
export const citySection: SectionRule = {
  section: 'city',
  check(raw) {
    const issues: DataIssue[] = [];
    const value =
      raw['city'] === undefined
        ? undefined
        : validateItem<City>(CitySchema, raw['city'], ['city'], 'city', issues, 'error');
    return { value, issues };
  },
};

/**
 * `generatedAt`: when the city published the document, which the banner shows. A rule of its own,
 * not part of the head every component checks: the timestamp's checks (a long pattern) then weigh
 * only in the files of the components that read it.
 */
export const generatedAtSection: SectionRule = {
  section: 'generatedAt',
  check(raw) {
    const value = raw['generatedAt'];
    if (value === undefined || v.is(GeneratedAtSchema, value)) return { value, issues: [] };
    return {
      value: undefined,
      issues: [
        {
          code: 'timestamp',
          path: 'generatedAt',
          severity: 'warning',
          outcome: 'field-dropped',
          value: describeValue(value),
          section: 'generatedAt',
        },
      ],
    };
  },
};

/** `agencies`: who leads programmes and quick wins. */
export const agenciesSection: SectionRule = {
  section: 'agencies',
  check(raw) {
    const issues: DataIssue[] = [];
    const list = validateList<Agency>(raw, 'agencies', AgencySchema, issues);
    return { value: list && uniqueById(list.items, list.pathOf, 'agencies', issues), issues };
  },
};

/** `evaluations`: the scorecard's input. */
export const evaluationsSection: SectionRule = {
  section: 'evaluations',
  check(raw, { framework }) {
    const issues: DataIssue[] = [];
    const list = validateList<Evaluation>(raw, 'evaluations', EvaluationSchema, issues);
    return { value: list && checkEvaluations(list.items, list.pathOf, framework, issues), issues };
  },
};

/** The ids a list gives: a raw one's, whether or not its items are valid, or a checked one's. */
const listedIds = (items: unknown): Set<unknown> =>
  new Set(Array.isArray(items) ? items.map((item) => (item as { id?: unknown } | null)?.id) : []);

/** `programmes`: the timeline's input. */
export const programmesSection: SectionRule = {
  section: 'programmes',
  check(raw, context) {
    const issues: DataIssue[] = [];
    const list = validateList<Programme>(
      raw,
      'programmes',
      ProgrammeSchema,
      issues,
      fastParser(ProgrammeSchema, ownDocuments.has(raw)),
    );
    if (!list) return { value: undefined, issues };
    const unique = uniqueById(list.items, list.pathOf, 'programmes', issues);
    const agencyIds = listedIds(context.resolve(agenciesSection));
    return { value: checkProgrammes(unique, list.pathOf, context.framework, agencyIds, issues), issues };
  },
};

/** `quickWins`: the tracker's input. */
export const quickWinsSection: SectionRule = {
  section: 'quickWins',
  check(raw, context) {
    const issues: DataIssue[] = [];
    const list = validateList<QuickWin>(
      raw,
      'quickWins',
      QuickWinSchema,
      issues,
      fastParser(QuickWinSchema, ownDocuments.has(raw)),
    );
    if (!list) return { value: undefined, issues };
    const unique = uniqueById(list.items, list.pathOf, 'quickWins', issues);
    const agencyIds = listedIds(context.resolve(agenciesSection));
    // The tracker shows no programme, so a reference need only name one that `programmes` lists:
    // validating thousands of programmes for it would cost every tracker page that time, and the
    // tracker's file the programme schema.
    const programmeIds = listedIds(raw['programmes']);
    return {
      value: checkQuickWins(unique, list.pathOf, context.framework, agencyIds, programmeIds, issues),
      issues,
    };
  },
};

/** Every section, for tools that check a whole document (the command line, tests). */
export const ALL_SECTIONS: readonly SectionRule[] = [
  generatedAtSection,
  citySection,
  agenciesSection,
  evaluationsSection,
  programmesSection,
  quickWinsSection,
];

/** Validates a whole document: every section. Components use `validateSections` instead. */
export function validateDocument(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateSections(input, ALL_SECTIONS, options);
}

function resolveFramework(framework: Framework, isDefault: boolean): ResolvedFramework {
  const dimensionByKey = new Map<string, Dimension>();
  for (const dimension of framework.dimensions) {
    dimensionByKey.set(dimension.id, dimension);
  }
  // Aliases never shadow a real id.
  for (const dimension of framework.dimensions) {
    for (const alias of dimension.aliases ?? []) {
      if (!dimensionByKey.has(alias)) dimensionByKey.set(alias, dimension);
    }
  }
  return { ...framework, scale: framework.scale ?? { ...DEFAULT_SCALE }, isDefault, dimensionByKey };
}

/**
 * Validates one item. Bad URLs, colours and overlong optional text are dropped on their own
 * (with the object that needs them, such as a link without its `href`); anything else drops
 * the whole item. Returns undefined when the item is dropped.
 */
function validateItem<T>(
  schema: AnySchema,
  item: unknown,
  path: PathSegment[],
  section: Section,
  issues: DataIssue[],
  severity: 'error' | 'warning' = 'warning',
  fast?: FastParser,
): T | undefined {
  // Valid items, nearly all of them, take the fast path when there is one; valibot explains the rest.
  const parsed = fast ? fast(item) : INVALID;
  // A kept item (see `ownDocuments`) is copied at its top level only, which the section checks
  // correct: the document itself never changes, and what lies deeper is shared, not copied.
  if (parsed !== INVALID) return (parsed === item ? { ...(item as object) } : parsed) as T;
  const first = v.safeParse(schema, item);
  if (first.success) return first.output as T;

  const found = first.issues.map((issue) => toDataIssue(issue, path, section));
  const fieldIssues = found.filter((issue) => FIELD_DROPPABLE.has(issue.data.code));
  if (fieldIssues.length === found.length && item !== null && typeof item === 'object') {
    // Drop the offending fields from a copy and try again; a field its object cannot do without
    // (a link's href, an image's src) takes that object with it.
    let copy: unknown;
    try {
      copy = structuredClone(item);
    } catch {
      // A framework's reactive object (Vue's `reactive`, Svelte's `$state`) is a Proxy, which
      // structuredClone refuses; JSON reads through it (a cycle, which JSON cannot, clones above).
      copy = JSON.parse(JSON.stringify(item));
    }
    const removedPaths = new Set<string>();
    for (const issue of fieldIssues) {
      let { relative } = issue;
      // A text whose every language was too long goes as a whole, like an overlong string: an
      // empty `{}` would take the item with it.
      if (removeAt(copy, relative) && issue.data.code === 'too-long') {
        removeAt(copy, (relative = relative.slice(0, -1)));
      }
      removedPaths.add(JSON.stringify(relative));
    }
    let second = v.safeParse(schema, copy);
    if (!second.success) {
      const parents = second.issues
        .map((issue) => toDataIssue(issue, path, section))
        .filter(
          ({ data, relative }) => data.code === 'required' && removedPaths.has(JSON.stringify(relative)),
        )
        .map(({ relative }) => relative.slice(0, -1))
        .filter((parent) => parent.length > 0);
      if (parents.length === second.issues.length) {
        // Remove array elements from the highest index down so earlier removals do not shift later ones.
        parents.sort((a, b) => Number(b.at(-1)) - Number(a.at(-1)));
        for (const parent of parents) removeAt(copy, parent);
        second = v.safeParse(schema, copy);
      }
    }
    if (second.success) {
      for (const { data } of fieldIssues)
        issues.push({ ...data, severity: 'warning', outcome: 'field-dropped' });
      return second.output as T;
    }
  }
  // The item goes (or, for `city` and `framework`, is rejected): every issue names it.
  for (const { data } of found) {
    const outcome = severity === 'error' ? 'rejected' : 'item-dropped';
    issues.push({ ...data, severity, outcome, item: formatPath(path) });
  }
  return undefined;
}

/** Removes the value at `relative`; true when that leaves its parent empty. */
function removeAt(root: unknown, relative: readonly PathSegment[]): boolean {
  let parent: unknown = root;
  for (const segment of relative.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<PathSegment, unknown>)[segment];
  }
  const last = relative.at(-1);
  if (last === undefined || parent === null || typeof parent !== 'object') return false;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else Reflect.deleteProperty(parent, last);
  return Object.keys(parent).length === 0;
}

function toDataIssue(
  issue: v.BaseIssue<unknown>,
  prefix: PathSegment[],
  section: Section,
): { data: DataIssue; relative: PathSegment[] } {
  // A union of text shapes reports the failure of the shape the value was closest to.
  let leaf = issue;
  while (leaf.type === 'union' && leaf.issues?.length === 1) leaf = leaf.issues[0] as v.BaseIssue<unknown>;
  const relative = (leaf.path ?? issue.path ?? []).map((item) => item.key as PathSegment);
  let code: IssueCode;
  if (leaf.kind === 'schema' && leaf.received === 'undefined') code = 'required';
  else if (ISSUE_CODE.test(leaf.message)) code = leaf.message as IssueCode;
  else code = 'type';
  const params: Record<string, string | number> = {};
  if (typeof leaf.requirement === 'number') params['limit'] = leaf.requirement;
  if (code === 'type' && leaf.expected) params['expected'] = leaf.expected;
  const data: DataIssue = {
    code,
    path: formatPath([...prefix, ...relative]),
    severity: 'warning',
    outcome: 'item-dropped',
    section,
  };
  // A missing value has nothing to show. A check of the whole item forwarded to one field
  // (`end-before-start`) quotes that field, not "{…}".
  if (code !== 'required') data.value = describeValue(leaf.path?.at(-1)?.value ?? leaf.input);
  if (Object.keys(params).length > 0) data.params = params;
  return { data, relative };
}

/**
 * Validates a list section item by item. Undefined when the section is absent or unusable.
 * `fast`: the compiled parser of `schema`, for the lists that run to thousands of items (only
 * their components' bundles then carry it).
 */
function validateList<T>(
  raw: Record<string, unknown>,
  section: 'agencies' | 'evaluations' | 'programmes' | 'quickWins',
  schema: AnySchema,
  issues: DataIssue[],
  fast?: FastParser,
): { items: T[]; pathOf: PathOf<T> } | undefined {
  const list = raw[section];
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    issues.push(rejectedIssue('list', section, { section, value: describeValue(list) }));
    return undefined;
  }
  const items: T[] = [];
  const indexes: number[] = [];
  list.forEach((entry, index) => {
    const item = validateItem<T>(schema, entry, [section, index], section, issues, 'warning', fast);
    if (item !== undefined) {
      items.push(item);
      indexes.push(index);
    }
  });
  // Paths are wanted only for issues: the lookup is built on the first one, not for every item.
  let paths: Map<T, PathSegment[]> | undefined;
  const pathOf = (item: T): PathSegment[] => {
    paths ??= new Map(items.map((each, position) => [each, [section, indexes[position] as number]]));
    return paths.get(item) ?? [section];
  };
  return { items, pathOf };
}

function uniqueById<T extends { id: string }>(
  items: T[],
  paths: PathOf<T> | PathSegment[],
  section: Section,
  issues: DataIssue[],
): T[] {
  const seen = new Set<string>();
  return items.filter((item, index) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return true;
    }
    const base = Array.isArray(paths) ? [...paths, index] : paths(item);
    warn(issues, 'duplicate-id', [...base, 'id'], section, 'item-dropped', item.id);
    return false;
  });
}

function warn(
  issues: DataIssue[],
  code: IssueCode,
  path: PathSegment[],
  section: Section,
  outcome: DataIssue['outcome'],
  value: unknown,
  params?: Record<string, string | number>,
): void {
  const issue: DataIssue = {
    code,
    path: formatPath(path),
    severity: 'warning',
    outcome,
    section,
    value: describeValue(value),
  };
  if (params) issue.params = params;
  // `path` is a field of the dropped item (`evaluations[0].aspects[1].score`): the item is the rest.
  if (outcome === 'item-dropped') issue.item = formatPath(path.slice(0, -1));
  issues.push(issue);
}

function checkEvaluations(
  evaluations: Evaluation[],
  pathOf: PathOf<Evaluation>,
  framework: ResolvedFramework,
  issues: DataIssue[],
): Evaluation[] {
  const { min, max } = framework.scale;
  const onScale = (score: number) => score >= min && score <= max;
  const scaleParams = { min, max };
  const years = new Set<number>();
  const kept: Evaluation[] = [];
  for (const evaluation of evaluations) {
    const path = pathOf(evaluation);
    if (years.has(evaluation.year)) {
      warn(issues, 'duplicate-id', [...path, 'year'], 'evaluations', 'item-dropped', evaluation.year);
      continue;
    }
    years.add(evaluation.year);
    const overall = evaluation.overall;
    if (overall?.score !== undefined && !onScale(overall.score)) {
      warn(
        issues,
        'score-range',
        [...path, 'overall', 'score'],
        'evaluations',
        'field-dropped',
        overall.score,
        scaleParams,
      );
      delete overall.score;
    }
    if (evaluation.aspects) {
      evaluation.aspects = evaluation.aspects.filter((aspect, index) => {
        if (onScale(aspect.score)) return true;
        warn(
          issues,
          'score-range',
          [...path, 'aspects', index, 'score'],
          'evaluations',
          'item-dropped',
          aspect.score,
          scaleParams,
        );
        return false;
      });
    }
    if (evaluation.dimensions) {
      const seen = new Set<string>();
      evaluation.dimensions = evaluation.dimensions.filter((entry, index) => {
        const entryPath = [...path, 'dimensions', index];
        const dimension = framework.dimensionByKey.get(entry.dimension);
        if (!dimension) {
          warn(
            issues,
            'unknown-dimension',
            [...entryPath, 'dimension'],
            'evaluations',
            'item-dropped',
            entry.dimension,
          );
          return false;
        }
        if (seen.has(dimension.id)) {
          warn(
            issues,
            'duplicate-id',
            [...entryPath, 'dimension'],
            'evaluations',
            'item-dropped',
            entry.dimension,
          );
          return false;
        }
        seen.add(dimension.id);
        entry.dimension = dimension.id;
        if (entry.score !== undefined && !onScale(entry.score)) {
          warn(
            issues,
            'score-range',
            [...entryPath, 'score'],
            'evaluations',
            'item-dropped',
            entry.score,
            scaleParams,
          );
          return false;
        }
        if (entry.elements) {
          const elementIds = new Set((dimension.elements ?? []).map((element) => element.id));
          entry.elements = entry.elements.filter((element, elementIndex) => {
            const elementPath = [...entryPath, 'elements', elementIndex];
            if (!elementIds.has(element.element)) {
              warn(
                issues,
                'unknown-element',
                [...elementPath, 'element'],
                'evaluations',
                'item-dropped',
                element.element,
              );
              return false;
            }
            if (!onScale(element.score)) {
              warn(
                issues,
                'score-range',
                [...elementPath, 'score'],
                'evaluations',
                'item-dropped',
                element.score,
                scaleParams,
              );
              return false;
            }
            return true;
          });
        }
        return true;
      });
    }
    kept.push(evaluation);
  }
  return kept;
}

function checkProgrammes(
  programmes: Programme[],
  pathOf: PathOf<Programme>,
  framework: ResolvedFramework,
  agencyIds: ReadonlySet<unknown>,
  issues: DataIssue[],
): Programme[] {
  // One set per dimension, not one per programme.
  const elementIdsOf = new Map<Dimension, Set<string>>();
  return programmes.filter((programme) => {
    const dimension = framework.dimensionByKey.get(programme.dimension);
    if (!dimension) {
      warn(
        issues,
        'unknown-dimension',
        [...pathOf(programme), 'dimension'],
        'programmes',
        'item-dropped',
        programme.dimension,
      );
      return false;
    }
    programme.dimension = dimension.id;
    if (programme.elements) {
      let elementIds = elementIdsOf.get(dimension);
      if (!elementIds) {
        elementIds = new Set((dimension.elements ?? []).map((element) => element.id));
        elementIdsOf.set(dimension, elementIds);
      }
      programme.elements = programme.elements.filter((element, index) => {
        if (elementIds.has(element)) return true;
        warn(
          issues,
          'unknown-element',
          [...pathOf(programme), 'elements', index],
          'programmes',
          'reference-dropped',
          element,
        );
        return false;
      });
    }
    if (programme.agency !== undefined && !agencyIds.has(programme.agency)) {
      warn(
        issues,
        'unknown-agency',
        [...pathOf(programme), 'agency'],
        'programmes',
        'reference-dropped',
        programme.agency,
      );
      delete programme.agency;
    }
    if (programme.partners) {
      programme.partners = programme.partners.filter((partner, index) => {
        if (agencyIds.has(partner)) return true;
        warn(
          issues,
          'unknown-agency',
          [...pathOf(programme), 'partners', index],
          'programmes',
          'reference-dropped',
          partner,
        );
        return false;
      });
    }
    return true;
  });
}

function checkQuickWins(
  quickWins: QuickWin[],
  pathOf: PathOf<QuickWin>,
  framework: ResolvedFramework,
  agencyIds: ReadonlySet<unknown>,
  programmeIds: ReadonlySet<unknown>,
  issues: DataIssue[],
): QuickWin[] {
  return quickWins.filter((quickWin) => {
    const dimension = framework.dimensionByKey.get(quickWin.dimension);
    if (!dimension) {
      warn(
        issues,
        'unknown-dimension',
        [...pathOf(quickWin), 'dimension'],
        'quickWins',
        'item-dropped',
        quickWin.dimension,
      );
      return false;
    }
    quickWin.dimension = dimension.id;
    // "decrease" towards a target above the baseline cannot both be meant: the direction goes,
    // and the KPI's progress runs from its baseline to its target, as without one.
    const kpi = quickWin.kpi;
    if (kpi?.direction && (kpi.target - kpi.baseline) * (kpi.direction === 'increase' ? -1 : 1) > 0) {
      warn(
        issues,
        'direction',
        [...pathOf(quickWin), 'kpi', 'direction'],
        'quickWins',
        'field-dropped',
        kpi.direction,
      );
      // On a copy: the KPI may be the document's own (see `ownDocuments`).
      delete (quickWin.kpi = { ...kpi }).direction;
    }
    if (quickWin.agency !== undefined && !agencyIds.has(quickWin.agency)) {
      warn(
        issues,
        'unknown-agency',
        [...pathOf(quickWin), 'agency'],
        'quickWins',
        'reference-dropped',
        quickWin.agency,
      );
      delete quickWin.agency;
    }
    if (quickWin.programme !== undefined && !programmeIds.has(quickWin.programme)) {
      warn(
        issues,
        'unknown-programme',
        [...pathOf(quickWin), 'programme'],
        'quickWins',
        'reference-dropped',
        quickWin.programme,
      );
      delete quickWin.programme;
    }
    return true;
  });
}
