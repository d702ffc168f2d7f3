#!/usr/bin/env node
/**
 * `bekasi-elements validate <file|url>`: checks a smart-city document with the same validator
 * the components run, and prints every issue with its path in the chosen language. With `--for`,
 * it judges the document as the named components would: whatever would make one of them show its
 * error state is an error that names it.
 *
 * Exit codes: 0 usable (warnings allowed unless --strict), 1 errors or an unreadable document,
 * 2 wrong usage. Only Node built-ins and the contract entry, so it runs straight from `dist/`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import {
  blockingIssue,
  fill,
  formatIssue,
  issuesForSections,
  translationFor,
  validateDocument,
  type DataIssue,
  type Section,
  type Translation,
  type ValidationResult,
} from '../contract.js';
import { DEFAULT_MAX_BYTES, readText } from '../data/loader.js';
import { parseDocumentText } from '../data/parse.js';
import { ownDocument } from '../data/validate.js';
import { VERSION } from '../version.js';

const USAGE = `Usage: bekasi-elements validate <file|url> [options]

Checks a smart-city JSON document against the @bekasi/elements data contract.

Options:
  --for <names>  Judge it as these components would: banner, scorecard, timeline,
                 quick-wins (comma-separated; tag names such as bekasi-scorecard too)
  --json         Print { valid, errors, warnings, issues } as JSON
  --lang <tag>   Language of the messages: en (default) or id
  --strict       Fail on warnings too
  -h, --help     Show this help
  -v, --version  Show the version

Exit codes: 0 valid, 1 invalid or unreadable, 2 wrong usage.`;

/**
 * Characters a terminal acts on rather than shows: C0 and C1 controls (an escape sequence can
 * retitle the window, hide text or write a link) and the bidirectional controls (they can make a
 * line read other than it is). The document chooses its text, and a JSON syntax error quotes the
 * file's own bytes, so these are written as `\uXXXX`; newlines and tabs too, so that one issue is
 * one line.
 */
const C1_AND_BIDI = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const TERMINAL_CONTROLS = new RegExp(`[\\u0000-\\u001f${C1_AND_BIDI}]`, 'g');
/** The same less C0, which JSON.stringify escapes already and which lays out its lines. */
const CONTROLS_JSON_LEAVES = new RegExp(`[${C1_AND_BIDI}]`, 'g');

/** `text` as the terminal should print it: control characters escaped, none acted on. */
function forTerminal(text: string, controls = TERMINAL_CONTROLS): string {
  return text.replace(controls, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The sections each component needs (`requiredSections`: it shows its error state without them)
 * and uses (`usedSections`: an error in one stops it too), as the getters in
 * `src/components/<name>/<name>.ts` return them; the banner's are those of its default,
 * `showScore` off. The table is copied here rather than shared because every CDN bundle is at its
 * gzip size budget: moving it into `src/data` for both to import would add bytes to the browser
 * bundles (and the component classes need a DOM, so Node cannot ask them). A test in
 * `test/node/cli.test.ts` reads the component sources and fails when this table differs from them.
 * One entry a line, in this form: that test reads it with a regular expression.
 */
const COMPONENT_SECTIONS = {
  banner: { required: ['city'], used: ['generatedAt', 'city', 'framework'] },
  scorecard: { required: ['evaluations'], used: ['framework', 'evaluations'] },
  timeline: { required: ['programmes'], used: ['framework', 'agencies', 'programmes'] },
  'quick-wins': { required: ['quickWins'], used: ['framework', 'agencies', 'quickWins'] },
} as const satisfies Record<string, { required: readonly Section[]; used: readonly Section[] }>;

type ComponentName = keyof typeof COMPONENT_SECTIONS;
const COMPONENT_NAMES = Object.keys(COMPONENT_SECTIONS) as ComponentName[];

/** Long enough for a slow government server, short enough for CI to fail rather than hang. */
const FETCH_TIMEOUT_MS = 30_000;

/**
 * The command's own words, in the languages `--lang` accepts. What is wrong with the data (the
 * issues, the load errors) is said by the translations the components use (`src/i18n/`); these
 * are only the words around it, which no component shows.
 */
interface Words {
  error: string;
  warning: string;
  /** The summary's counts: "0 errors, 3 warnings". */
  counts(errors: number, warnings: number): string;
  valid: string;
  invalid: string;
  invalidStrict: string;
  notFound: string;
  directory: string;
  unreadable: string;
  /** Where a JSON syntax error is, for a parser that gives only a character offset. */
  at: string;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const WORDS: Record<'en' | 'id', Words> = {
  en: {
    error: 'error',
    warning: 'warning',
    counts: (errors, warnings) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    valid: 'valid',
    invalid: 'invalid',
    invalidStrict: 'invalid (--strict: warnings count)',
    notFound: 'File not found: {source}',
    directory: '{source} is a directory, not a JSON file.',
    unreadable: 'Cannot read {source}: {detail}',
    at: 'line {line}, column {column}',
  },
  id: {
    error: 'kesalahan',
    warning: 'peringatan',
    counts: (errors, warnings) => `${errors} kesalahan, ${warnings} peringatan`,
    valid: 'valid',
    invalid: 'tidak valid',
    invalidStrict: 'tidak valid (--strict: peringatan ikut dihitung)',
    notFound: 'Berkas tidak ditemukan: {source}',
    directory: '{source} adalah folder, bukan berkas JSON.',
    unreadable: 'Tidak dapat membaca {source}: {detail}',
    at: 'baris {line}, kolom {column}',
  },
};

/** An issue as printed: the validator's fields (when it came from the validator) and the words. */
interface ReportedIssue {
  code: string;
  path: string;
  severity: 'error' | 'warning';
  outcome?: DataIssue['outcome'];
  item?: string;
  value?: string;
  params?: Record<string, string | number>;
  /** With `--for`: the components (tag names) this error would make show their error state. */
  components?: string[];
  message: string;
}

class UsageError extends Error {}

/** The document could not be obtained; `message` is already in the reader's language. */
class SourceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Options {
  source: string;
  json: boolean;
  strict: boolean;
  /** `--for`: the components to judge the document for, or undefined to check all of it. */
  components: ComponentName[] | undefined;
  translation: Translation;
  words: Words;
}

function parse(argv: string[]): Options | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        for: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, source, ...extra] = positionals;
  if (command === undefined) throw new UsageError('No command given.');
  if (command !== 'validate') throw new UsageError(`Unknown command "${command}".`);
  if (source === undefined) throw new UsageError('validate needs a file or an http(s) URL.');
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  const translation = translationFor(values.lang);
  // translationFor falls back to Indonesian for unknown tags; on the command line a typo
  // should say so instead.
  const base = values.lang.toLowerCase().split('-')[0];
  if ((base !== 'en' && base !== 'id') || translation.$code.toLowerCase().split('-')[0] !== base) {
    throw new UsageError(`Unknown language "${values.lang}"; use en or id.`);
  }
  const components = values.for === undefined ? undefined : componentNames(values.for);
  return { source, json: values.json, strict: values.strict, components, translation, words: WORDS[base] };
}

/** `--for`'s names ("scorecard,timeline", "bekasi-banner"), each once, in the order given. */
function componentNames(values: string[]): ComponentName[] {
  const names = new Set<ComponentName>();
  for (const given of values.flatMap((value) => value.split(','))) {
    const name = given
      .trim()
      .toLowerCase()
      .replace(/^bekasi-/, '');
    if (name === '') continue;
    if (!Object.hasOwn(COMPONENT_SECTIONS, name)) {
      throw new UsageError(`Unknown component "${given.trim()}"; use ${COMPONENT_NAMES.join(', ')}.`);
    }
    names.add(name as ComponentName);
  }
  if (names.size === 0) throw new UsageError(`--for needs a component: ${COMPONENT_NAMES.join(', ')}.`);
  return [...names];
}

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

async function readSource(source: string, t: Translation, words: Words): Promise<string> {
  // The components refuse a document over this size, so the validator does too, before reading it.
  const tooLarge = () => new SourceError('too-large', fill(t.loadError['too-large'], { url: source }));
  if (!isUrl(source)) {
    try {
      if ((await stat(source)).size > DEFAULT_MAX_BYTES) throw tooLarge();
      // A pipe or a device has no size to check first (`<(curl …)`, /dev/zero): read through the
      // components' own reader, no further than they would, rather than until memory runs out.
      const file = new Response(Readable.toWeb(createReadStream(source)) as ReadableStream<Uint8Array>);
      const text = await readText(file, DEFAULT_MAX_BYTES);
      if (text === undefined) throw tooLarge();
      return text;
    } catch (error) {
      if (error instanceof SourceError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new SourceError('not-found', fill(words.notFound, { source }));
      if (code === 'EISDIR') throw new SourceError('not-a-file', fill(words.directory, { source }));
      const detail = (error as Error).message;
      throw new SourceError('unreadable', fill(words.unreadable, { source, detail }));
    }
  }
  let response: Response;
  let body: string | undefined;
  try {
    response = await fetch(source, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    // Read inside the try: the timeout also covers a body that trickles in. No further than the
    // components would read.
    body = await readText(response, DEFAULT_MAX_BYTES);
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError') throw new SourceError('timeout', fill(t.loadError.timeout, { url: source }));
    throw new SourceError('network', fill(t.loadError.network, { url: source }));
  }
  if (!response.ok) {
    throw new SourceError('http', fill(t.loadError.http, { url: source, status: response.status }));
  }
  if (body === undefined) throw tooLarge();
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  // A wrong address on many servers answers 200 with the site's HTML page.
  if (type === 'text/html' || type === 'application/xhtml+xml' || /^\s*</.test(body)) {
    throw new SourceError('html-instead-of-json', fill(t.loadError['html-instead-of-json'], { url: source }));
  }
  return body;
}

function fromValidator(issue: DataIssue, t: Translation): ReportedIssue {
  const { code, path, severity, outcome, item, value, params } = issue;
  return {
    code,
    path,
    severity,
    outcome,
    ...(item === undefined ? {} : { item }),
    ...(value === undefined ? {} : { value }),
    ...(params === undefined ? {} : { params }),
    message: formatIssue(issue, t),
  };
}

/** `issue` as an error that stops `components` (tag names), which its message names first. */
function stopping(issue: ReportedIssue, components: string[]): ReportedIssue {
  const { message, ...rest } = issue;
  return { ...rest, severity: 'error', components, message: `${components.join(', ')}: ${message}` };
}

/**
 * The issues of a validated document as `names` would judge it, through the same
 * `issuesForSections` and `blockingIssue` the components call: only the issues of the sections they
 * use, and whatever would make one of them show its error state (any error in those sections, a
 * required section missing) as an error naming it. `result` covers every section, where a component
 * validates only its own: a section's issues are the same either way.
 */
function judgedFor(
  result: ValidationResult,
  names: readonly ComponentName[],
  t: Translation,
): ReportedIssue[] {
  const stops = new Map<DataIssue, string[]>();
  for (const name of names) {
    const { required, used } = COMPONENT_SECTIONS[name];
    const blocking = blockingIssue(result, required, used);
    if (!blocking) continue;
    // blockingIssue names the first error; each of them alone would stop the component. With no
    // error, it is an issue of its own (a missing section) that the validator did not report.
    const errors = issuesForSections(result.issues, used).filter((issue) => issue.severity === 'error');
    for (const issue of errors.length > 0 ? errors : [blocking]) {
      stops.set(issue, [...(stops.get(issue) ?? []), `bekasi-${name}`]);
    }
  }
  const used = [...new Set(names.flatMap((name): readonly Section[] => COMPONENT_SECTIONS[name].used))];
  const added = [...stops.keys()].filter((issue) => !result.issues.includes(issue));
  return [...issuesForSections(result.issues, used), ...added].map((issue) => {
    const components = stops.get(issue);
    return components ? stopping(fromValidator(issue, t), components) : fromValidator(issue, t);
  });
}

/*
 * Where a JSON syntax error is, for the messages of Node's parser that do not say: on Node 20
 * "Unexpected end of JSON input" and "Unexpected token ']', ... is not valid JSON" give no position.
 * A scanner of JSON's grammar (RFC 8259, what JSON.parse accepts) that stops where the text first
 * goes wrong, at the offset Node gives when it gives one.
 *
 * Each reader takes the offset where what it reads starts and returns the offset past it, or, when
 * the text goes wrong, that offset bitwise negated (~offset, always negative; the end of the text
 * when it is cut short). Plain functions of (text, offset), not closures over a shared variable:
 * V8 runs them several times faster, and a 25 MB file must take a fraction of a second.
 */

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isHex = (code: number): boolean =>
  isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
/** JSON's whitespace: space, line feed, carriage return, tab. Nothing else (no BOM, no NBSP). */
const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
/** A run of characters a string holds as they are: no quote, backslash or control character. */
// eslint-disable-next-line no-control-regex -- control characters are what a string may not hold.
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const OPEN_OBJECT = 0x7b; // "{"; its "}" is 0x7d
const OPEN_ARRAY = 0x5b; // "["; its "]" is 0x5d
/** A container's closing character: "}" and "]" come two after "{" and "[". */
const closing = (open: number): number => open + 2;
/** What the scanner expects next (numbers, not strings: compared once a character). */
const VALUE = 0;
const NAME = 1;
const AFTER = 2;

function skipSpace(text: string, at: number): number {
  while (isSpace(text.charCodeAt(at))) at += 1;
  return at;
}

/** A string, from its opening quote. */
function readString(text: string, at: number): number {
  at += 1;
  for (;;) {
    // A sticky expression skips the plain run at once: a 25 MB string takes milliseconds.
    PLAIN.lastIndex = at;
    PLAIN.test(text);
    at = PLAIN.lastIndex;
    const code = text.charCodeAt(at);
    if (code === 0x22) return at + 1;
    // The end (NaN), or a tab or line break written as itself instead of as \t or \n.
    if (!(code >= 0x20)) return ~at;
    // A backslash: \u and four hex digits, or one of \" \\ \/ \b \f \n \r \t.
    at += 1;
    if (text[at] === 'u') {
      for (let digit = 0; digit < 4; digit++) if (!isHex(text.charCodeAt(++at))) return ~at;
      at += 1;
    } else if ('"\\/bfnrt'.includes(text[at] ?? '?')) {
      at += 1;
    } else {
      return ~at;
    }
  }
}

/** One digit or more. */
function readDigits(text: string, at: number): number {
  const start = at;
  while (isDigit(text.charCodeAt(at))) at += 1;
  return at > start ? at : ~at;
}

/** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
function readNumber(text: string, at: number): number {
  const MINUS = 0x2d;
  const PLUS = 0x2b;
  const ZERO = 0x30;
  const POINT = 0x2e;
  if (text.charCodeAt(at) === MINUS) at += 1;
  // No leading zeros: "0" alone, or digits from 1 to 9.
  if (text.charCodeAt(at) === ZERO) at += 1;
  else if ((at = readDigits(text, at)) < 0) return at;
  if (text.charCodeAt(at) === POINT && (at = readDigits(text, at + 1)) < 0) return at;
  // "e" or "E" (a letter's lower case has bit 0x20 set).
  if ((text.charCodeAt(at) | 0x20) === 0x65) {
    at += 1;
    const sign = text.charCodeAt(at);
    if (sign === PLUS || sign === MINUS) at += 1;
    return readDigits(text, at);
  }
  return at;
}

/** `true`, `false` or `null`. */
function readWord(text: string, at: number, word: string): number {
  for (let k = 0; k < word.length; k++, at++) if (text.charCodeAt(at) !== word.charCodeAt(k)) return ~at;
  return at;
}

/**
 * The offset where `text` first breaks JSON's grammar, or undefined if it does not. One loop over
 * what may come next and an explicit stack of the open containers, not a recursive descent: 25 MB
 * of `[` must not overflow the call stack.
 */
function syntaxErrorOffset(text: string): number | undefined {
  // The open containers, innermost last, a byte each ("{" or "["): a JavaScript array of 25
  // million numbers would take 200 MB.
  let open = new Uint8Array(64);
  let depth = 0;
  /** What may come next: a value, a property name, or what follows a value (, } ] or the end). */
  let expect = VALUE;
  let at = skipSpace(text, 0);
  for (;;) {
    const code = text.charCodeAt(at);
    if (expect === VALUE) {
      if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
        if (depth === open.length) {
          const grown = new Uint8Array(depth * 2);
          grown.set(open);
          open = grown;
        }
        open[depth++] = code;
        at = skipSpace(text, at + 1);
        expect = code === OPEN_OBJECT ? NAME : VALUE;
        // An empty object or array closes at once.
        if (text.charCodeAt(at) === closing(code)) {
          depth -= 1;
          at += 1;
          expect = AFTER;
        }
        continue;
      }
      at =
        code === 0x22 // "
          ? readString(text, at)
          : code === 0x74 // t
            ? readWord(text, at, 'true')
            : code === 0x66 // f
              ? readWord(text, at, 'false')
              : code === 0x6e // n
                ? readWord(text, at, 'null')
                : code === 0x2d || isDigit(code) // - or a digit
                  ? readNumber(text, at)
                  : ~at;
      if (at < 0) return ~at;
      expect = AFTER;
    } else if (expect === NAME) {
      if (code !== 0x22) return at;
      if ((at = readString(text, at)) < 0) return ~at;
      at = skipSpace(text, at);
      if (text.charCodeAt(at) !== 0x3a) return at; // :
      at = skipSpace(text, at + 1);
      expect = VALUE;
    } else {
      at = skipSpace(text, at);
      // The document's value is complete: only whitespace may follow it.
      if (depth === 0) return at < text.length ? at : undefined;
      const container = open[depth - 1] ?? OPEN_ARRAY;
      const next = text.charCodeAt(at);
      if (next === 0x2c) {
        // A comma: another member or element must follow (so no trailing comma).
        at = skipSpace(text, at + 1);
        expect = container === OPEN_OBJECT ? NAME : VALUE;
      } else if (next === closing(container)) {
        depth -= 1;
        at += 1;
      } else {
        return at;
      }
    }
  }
}

/**
 * The line and column of an offset, counted as an editor counts them. Lines end at "\n", so a
 * CRLF file's "\r" is the last character of its line, not a line of its own (a lone "\r", an
 * old Mac line end, is not taken for one). Columns count code points, not UTF-16 code units:
 * "🌆" is one column, as editors show it for most text, though a JavaScript string holds it as two.
 */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1 && end < offset; end = text.indexOf('\n', end + 1)) {
    line += 1;
    start = end + 1;
  }
  const before = text.slice(start, offset);
  const pairs = before.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  return { line, column: before.length - pairs + 1 };
}

/**
 * Node's message for a JSON syntax error (`detail`) with where the error is, in the reader's
 * language: a person editing the file looks for a line, not for "position 347". Node's position
 * when it gives one, else the first offset `syntaxErrorOffset` cannot read past. `text` is what
 * JSON.parse read: without a byte-order mark, which no editor counts as a column.
 */
function locate(detail: string, text: string, words: Words): string {
  // Node 22 and later add "(line 4 column 1)" themselves, in English and UTF-16 units; this
  // replaces it, so that every Node says it the same way.
  const message = detail.replace(/ \(line \d+ column \d+\)$/, '');
  const given = /at position (\d+)/.exec(message)?.[1];
  const offset = given === undefined ? syntaxErrorOffset(text) : Number(given);
  // No syntax error: JSON.parse failed otherwise (out of memory, say), and there is no place to name.
  if (offset === undefined) return detail;
  return `${message} (${fill(words.at, lineAndColumn(text, offset))})`;
}

async function check(options: Options): Promise<ReportedIssue[]> {
  const t = options.translation;
  // With --for, a document that cannot be read or parsed stops every component named.
  const tags = options.components?.map((name) => `bekasi-${name}`);
  const stopsAll = (issue: ReportedIssue): ReportedIssue => (tags ? stopping(issue, tags) : issue);
  let text: string;
  try {
    text = await readSource(options.source, t, options.words);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return [stopsAll({ code: error.code, path: '', severity: 'error', message: error.message })];
  }
  const parsed = parseDocumentText(text);
  if ('issue' in parsed) {
    const params = parsed.issue.params;
    if (params) {
      params['detail'] = locate(String(params['detail'] ?? ''), text.replace(/^\uFEFF/, ''), options.words);
    }
    return [stopsAll(fromValidator(parsed.issue, t))];
  }
  const json = ownDocument(parsed.document);
  const result = validateDocument(json, isUrl(options.source) ? { baseUrl: options.source } : {});
  if (options.components) return judgedFor(result, options.components, t);
  return result.issues.map((issue) => fromValidator(issue, t));
}

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`bekasi-elements: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (options === 'version') {
    console.log(VERSION);
    return 0;
  }

  const issues = await check(options);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const valid = errors === 0 && (!options.strict || warnings === 0);

  if (options.json) {
    // Escaped in the JSON text: `\u009b` is the same string to a JSON reader, and inert here.
    console.log(
      forTerminal(JSON.stringify({ valid, errors, warnings, issues }, null, 2), CONTROLS_JSON_LEAVES),
    );
  } else {
    const words = options.words;
    // The labels line up: "error  " beside "warning".
    const width = Math.max(words.error.length, words.warning.length);
    for (const issue of issues) {
      console.log(`${words[issue.severity].padEnd(width)} ${forTerminal(issue.message)}`);
    }
    const verdict = valid ? words.valid : errors > 0 ? words.invalid : words.invalidStrict;
    const counts = words.counts(errors, warnings);
    console.log(`${issues.length > 0 ? '\n' : ''}${forTerminal(options.source)}: ${verdict}, ${counts}.`);
  }
  return valid ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `bekasi-elements: unexpected failure: ${error instanceof Error ? error.stack : String(error)}`,
    );
    process.exitCode = 1;
  },
);
