#!/usr/bin/env node
/**
 * `bekasi-elements validate <file|url|->`: checks a smart-city document with the same validator
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

const USAGE = `Usage: bekasi-elements validate <file|url|-> [options]

Checks a smart-city JSON document against the @bekasi/elements data contract:
a file, an http(s) URL, or - for standard input (cat smart-city.json | bekasi-elements validate -).

Options:
  --for <names>  Judge it as these components would: banner, scorecard, timeline,
                 quick-wins (comma-separated; tag names such as bekasi-scorecard too)
  --json         Print { valid, errors, warnings, issues, hint? } as JSON
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
 * are only the words around it, which no component shows. They stay here, not in `src/i18n/`:
 * whatever is added there ships in every CDN file.
 */
interface Words {
  error: string;
  warning: string;
  /** The label of a line that explains the issues above it. */
  hint: string;
  /** The summary's counts: "0 errors, 3 warnings". */
  counts(errors: number, warnings: number): string;
  /** What the warnings left out, after the counts: `{list}` of the counts below that are not 0. */
  leftOut: string;
  /** How many items, values and references, in that order. */
  leftOutCounts: [(count: number) => string, (count: number) => string, (count: number) => string];
  valid: string;
  invalid: string;
  invalidStrict: string;
  /** The name `-` stands for in messages. */
  stdin: string;
  /** Standard input, said as itself where the components' words say "the file at {url}". */
  stdinEmpty: string;
  stdinTooLarge: string;
  stdinWebPage: string;
  /** A file that holds a web page: the components' words say an address "returned" one. */
  webPage: string;
  notFound: string;
  directory: string;
  unreadable: string;
  /** Where a JSON syntax error is, for a parser that gives only a character offset. */
  at: string;
  /** What breaks the JSON, said by the command: Node's parser says it in English only. */
  trailingComma: string;
  unexpected: string;
  /** A run of letters that is not true, false or null: `nope`, `True`, an unquoted name. */
  unexpectedWord: string;
  /** The names of some characters that cannot be seen, said after their code point. */
  characters: Partial<Record<number, string>>;
  endsEarly: string;
  /** The message of a document with bytes that are not UTF-8, which the page shows as "�". */
  notUtf8: string;
  /** After score-range issues, when the document's framework gives no scale. */
  noScale: string;
  /** After "too large": the components' limit, which their own message leaves out. */
  limit: string;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const WORDS: Record<'en' | 'id', Words> = {
  en: {
    error: 'error',
    warning: 'warning',
    hint: 'hint',
    counts: (errors, warnings) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    leftOut: ' ({list} left out of the page)',
    leftOutCounts: [
      (count) => plural(count, 'item'),
      (count) => plural(count, 'value'),
      (count) => plural(count, 'reference'),
    ],
    valid: 'valid',
    invalid: 'invalid',
    invalidStrict: 'invalid (--strict: warnings count)',
    stdin: 'standard input',
    stdinEmpty: 'Standard input is empty.',
    stdinTooLarge: 'Standard input is too large to show.',
    stdinWebPage: 'Standard input is a web page (HTML), not JSON.',
    webPage: '{source} is a web page (HTML), not JSON.',
    notFound: 'File not found: {source}',
    directory: '{source} is a directory, not a JSON file.',
    unreadable: 'Cannot read {source}: {detail}',
    at: 'line {line}, column {column}',
    trailingComma: 'there is a comma before {close}; JSON allows no comma after the last entry',
    unexpected: 'unexpected character {found}',
    unexpectedWord: 'unexpected word {found}',
    characters: {
      0x09: 'tab',
      0x0a: 'line break',
      0x0d: 'carriage return',
      0xa0: 'no-break space',
      0x200b: 'zero-width space',
      0xfeff: 'byte-order mark',
    },
    endsEarly: 'the text ends before the JSON is complete',
    notUtf8:
      'JSON: is not saved as UTF-8: the page shows each byte that is not valid UTF-8 as "\uFFFD", ' +
      'the first one at {at}. Save the file as UTF-8.',
    noScale:
      'framework: gives no "scale", so the scale {min}–{max} is assumed; if its scores use another, ' +
      'add "scale": {"min": …, "max": …} to the framework.',
    limit: 'The limit is {size} MB.',
  },
  id: {
    error: 'kesalahan',
    warning: 'peringatan',
    hint: 'petunjuk',
    counts: (errors, warnings) => `${errors} kesalahan, ${warnings} peringatan`,
    leftOut: ' ({list} tidak ditampilkan di halaman)',
    leftOutCounts: [(count) => `${count} butir`, (count) => `${count} nilai`, (count) => `${count} rujukan`],
    valid: 'valid',
    invalid: 'tidak valid',
    invalidStrict: 'tidak valid (--strict: peringatan ikut dihitung)',
    stdin: 'masukan standar',
    stdinEmpty: 'Masukan standar kosong.',
    stdinTooLarge: 'Masukan standar terlalu besar untuk ditampilkan.',
    stdinWebPage: 'Masukan standar berisi halaman web (HTML), bukan JSON.',
    webPage: '{source} berisi halaman web (HTML), bukan JSON.',
    notFound: 'Berkas tidak ditemukan: {source}',
    directory: '{source} adalah folder, bukan berkas JSON.',
    unreadable: 'Tidak dapat membaca {source}: {detail}',
    at: 'baris {line}, kolom {column}',
    trailingComma: 'ada koma sebelum {close}, padahal JSON tidak membolehkan koma setelah butir terakhir',
    unexpected: 'karakter {found} tidak semestinya ada di sini',
    unexpectedWord: 'kata {found} tidak semestinya ada di sini',
    characters: {
      0x09: 'tab',
      0x0a: 'ganti baris',
      0x0d: 'carriage return',
      0xa0: 'spasi tak terputus',
      0x200b: 'spasi lebar nol',
      0xfeff: 'penanda urutan bita',
    },
    endsEarly: 'teks berakhir sebelum JSON lengkap',
    notUtf8:
      'JSON: tidak disimpan sebagai UTF-8: halaman menampilkan "\uFFFD" untuk setiap bita yang tidak ' +
      'sah menurut UTF-8, yang pertama di {at}. Simpan berkas sebagai UTF-8.',
    noScale:
      'framework: tidak mencantumkan "scale", sehingga dipakai skala {min}–{max}; jika skornya ' +
      'memakai skala lain, tambahkan "scale": {"min": …, "max": …} pada framework.',
    limit: 'Batasnya {size} MB.',
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
  /**
   * What Node's parser said of a JSON syntax error, in English and quoting the file: printed on a
   * line of its own below the message, which says it in the reader's language.
   */
  parserMessage?: string;
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
  if (source === undefined) {
    throw new UsageError('validate needs a file, an http(s) URL, or - for standard input.');
  }
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

/** `-` is standard input, as for most Unix commands (`./-` names a file called "-"). */
const STDIN = '-';

/** The source as messages name it. */
function sourceName(source: string, words: Words): string {
  return source === STDIN ? words.stdin : source;
}

/**
 * An answer that is a web page, not JSON: the components' rule (`attemptOnce` in
 * `src/data/loader.ts`), which looks at the body only, never at the Content-Type (a PHP script
 * that echoes JSON sends `text/html`). Copied rather than imported because the loader writes it
 * inline and every CDN file is at its size budget: exported, it cost 2 to 10 B gzip in each. A
 * test in `test/node/cli.test.ts` fails when the two differ.
 */
const WEB_PAGE = /^\s*</;

/** What was read: the text, and where its first byte that is not UTF-8 is, if it has one. */
interface Read {
  text: string;
  notUtf8?: { line: number; column: number };
}

/**
 * Reads a body as the components' loader reads it, with the loader's own `readText`: no further
 * than `maxBytes` (undefined past it), as UTF-8, one byte-order mark dropped and each sequence that
 * is not UTF-8 written "\uFFFD" (a file saved as Windows-1252 shows "Sombere\uFFFD" on the page).
 * The bytes are kept on their way through: whether they were UTF-8 is only known from them, and
 * that is said here, with the line and column of the first such byte, as an editor counts them.
 */
async function readBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Read | undefined> {
  const chunks: Uint8Array[] = [];
  const kept = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      chunks.push(chunk);
      controller.enqueue(chunk);
    },
  });
  const text = await readText(new Response(body?.pipeThrough(kept) ?? null), maxBytes);
  if (text === undefined) return undefined;
  // A document may hold "\uFFFD" itself: only the bytes tell it from one the decoder wrote.
  if (!text.includes('\uFFFD')) return { text };
  const bytes = Buffer.concat(chunks);
  const bad = firstBadByte(bytes);
  if (bad === undefined) return { text };
  // What comes before the first bad byte is UTF-8: decoded, it counts the lines and columns.
  const before = new TextDecoder().decode(bytes.subarray(0, bad));
  return { text, notUtf8: lineAndColumn(before, before.length) };
}

/**
 * The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), where a decoder writes "�".
 */
function firstBadByte(bytes: Uint8Array): number | undefined {
  for (let at = 0; at < bytes.length;) {
    const lead = bytes[at] ?? 0;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    // The bytes that follow the lead, and the range the first of them must lie in.
    let follow = 3;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) follow = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      follow = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return at;
    for (let k = 1; k <= follow; k++) {
      const next = bytes[at + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return at;
    }
    at += follow + 1;
  }
  return undefined;
}

async function readSource(source: string, t: Translation, words: Words): Promise<Read> {
  // The components refuse a document over this size, so the validator does too, before reading it.
  const stdin = source === STDIN;
  const url = sourceName(source, words);
  const limit = fill(words.limit, { size: DEFAULT_MAX_BYTES / 2 ** 20 });
  // Standard input is no "file at" anything: it has a sentence of its own.
  const large = stdin ? words.stdinTooLarge : fill(t.loadError['too-large'], { url });
  const tooLarge = () => new SourceError('too-large', `${large} ${limit}`);
  if (!isUrl(source)) {
    let read: Read | undefined;
    try {
      if (!stdin && (await stat(source)).size > DEFAULT_MAX_BYTES) throw tooLarge();
      // Standard input, a pipe or a device has no size to check first (`cat x.json |`,
      // `<(curl …)`, /dev/zero): read no further than the components would, rather than until
      // memory runs out.
      const stream = stdin ? process.stdin : createReadStream(source);
      read = await readBody(Readable.toWeb(stream) as ReadableStream<Uint8Array>, DEFAULT_MAX_BYTES);
    } catch (error) {
      if (error instanceof SourceError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new SourceError('not-found', fill(words.notFound, { source: url }));
      if (code === 'EISDIR') throw new SourceError('not-a-file', fill(words.directory, { source: url }));
      const detail = (error as Error).message;
      throw new SourceError('unreadable', fill(words.unreadable, { source: url, detail }));
    }
    if (read === undefined) throw tooLarge();
    // Nothing came: `< /dev/null`, or a `curl -s` whose request failed. An empty file is a document
    // whose text ends before it begins, said as a JSON error.
    if (stdin && /^[ \t\n\r]*$/.test(read.text)) throw new SourceError('empty', words.stdinEmpty);
    // The components' rule for a web page, in words for a file (a page saved from the browser) or
    // standard input (`curl` of the wrong address), which no address "returned".
    if (WEB_PAGE.test(read.text)) {
      const page = stdin ? words.stdinWebPage : fill(words.webPage, { source: url });
      throw new SourceError('html-instead-of-json', page);
    }
    return read;
  }
  let response: Response;
  let read: Read | undefined;
  try {
    response = await fetch(source, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    // Read inside the try: the timeout also covers a body that trickles in. No further than the
    // components would read.
    read = await readBody(response.body, DEFAULT_MAX_BYTES);
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError') throw new SourceError('timeout', fill(t.loadError.timeout, { url: source }));
    throw new SourceError('network', fill(t.loadError.network, { url: source }));
  }
  if (!response.ok) {
    throw new SourceError('http', fill(t.loadError.http, { url: source, status: response.status }));
  }
  if (read === undefined) throw tooLarge();
  // A wrong address on many servers answers 200 with the site's HTML page. Told by the body, as the
  // components tell it: a script that echoes JSON (its type `text/html`) is read, here as on the page.
  if (WEB_PAGE.test(read.text)) {
    throw new SourceError('html-instead-of-json', fill(t.loadError['html-instead-of-json'], { url: source }));
  }
  return read;
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
/** An ASCII letter (lower case has bit 0x20 set): what true, false, null and their misspellings are. */
const isLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
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

/**
 * `true`, `false` or `null`. Any other run of letters (`nope`, `nil`, `True`, `undefined`) breaks
 * at its first letter, where it is to be mended; one of those three cut short by the end of the
 * text, at the end.
 */
function readWord(text: string, at: number): number {
  let end = at;
  while (isLetter(text.charCodeAt(end))) end += 1;
  const word = text.slice(at, end);
  if (word === 'true' || word === 'false' || word === 'null') return end;
  const cut = end === text.length && ['true', 'false', 'null'].some((known) => known.startsWith(word));
  return cut ? ~end : ~at;
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
          : code === 0x2d || isDigit(code) // - or a digit
            ? readNumber(text, at)
            : isLetter(code)
              ? readWord(text, at)
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
 * Characters a quote would show as nothing or as blank space: controls, format characters (a
 * zero-width space, a byte-order mark), every space but the plain one, a mark with nothing to sit
 * on, and code points that are private or unassigned. Named by their code point instead.
 */
const UNSEEN = /^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{M}\p{Z}\p{Default_Ignorable_Code_Point}]$/u;

/** A character as a message quotes it: `"'"`, or `U+00A0 (no-break space)` for one not seen. */
function quoted(code: number, words: Words): string {
  const char = String.fromCodePoint(code);
  if (code === 0x20 || !UNSEEN.test(char)) return JSON.stringify(char);
  const point = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = words.characters[code];
  return name === undefined ? point : `${point} (${name})`;
}

/** The longest word a message quotes whole; a longer one is cut, with "…". */
const WORD_SHOWN = 20;

/**
 * What breaks the JSON at `offset`, in the reader's language, and where to say it is: a comma
 * before the `]` or `}` that closes a list or an object (the commonest slip of a hand-edited file),
 * at the comma, which may be lines above the bracket; a word JSON does not know where a value or a
 * name is due (`nope`, `True`, an unquoted name), at its first letter; the end of the text; or the
 * character found.
 */
function whatBreaks(text: string, offset: number, words: Words): { what: string; at: number } {
  const found = text.codePointAt(offset);
  if (found === undefined) return { what: words.endsEarly, at: offset };
  let before = offset - 1;
  while (isSpace(text.charCodeAt(before))) before -= 1;
  const previous = text.charCodeAt(before);
  if ((found === 0x5d || found === 0x7d) && previous === 0x2c) {
    return { what: fill(words.trailingComma, { close: String.fromCodePoint(found) }), at: before };
  }
  // A word starts where a value or a name is due: at the start, or after [ { , or :. (A letter after
  // a value, or in a string's escape, is a character out of place.)
  const due = before < 0 || previous === 0x5b || previous === 0x7b || previous === 0x2c || previous === 0x3a;
  if (due && isLetter(found)) {
    let end = offset;
    while (isLetter(text.charCodeAt(end)) && end - offset <= WORD_SHOWN) end += 1;
    const word =
      end - offset > WORD_SHOWN ? `${text.slice(offset, offset + WORD_SHOWN)}…` : text.slice(offset, end);
    return { what: fill(words.unexpectedWord, { found: JSON.stringify(word) }), at: offset };
  }
  return { what: fill(words.unexpected, { found: quoted(found, words) }), at: offset };
}

/**
 * A JSON syntax error in the reader's language, with where it is: a person editing the file looks
 * for a line, not for "position 347", and may read no English. Node's message (`detail`) says what
 * broke in English and quotes the file around it; it is kept as `parser`, less the "(line 4
 * column 1)" that Node 22 and later add in UTF-16 units. The place is Node's position when it
 * gives one, else the first offset `syntaxErrorOffset` cannot read past. `text` is what JSON.parse
 * read: without the byte-order mark readText drops, which no editor counts as a column.
 */
function locate(detail: string, text: string, words: Words): { detail: string; parser?: string } {
  const parser = detail.replace(/ \(line \d+ column \d+\)$/, '');
  const given = /at position (\d+)/.exec(parser)?.[1];
  const position = Number(given);
  // Node places a misspelt word at a letter past its first (`nulll` at its last "l") or after it:
  // the scanner, at its first.
  const inWord = isLetter(text.charCodeAt(position)) || isLetter(text.charCodeAt(position - 1));
  const offset = given === undefined || inWord ? syntaxErrorOffset(text) : position;
  // No syntax error: JSON.parse failed otherwise (out of memory, say), and there is no place to name.
  if (offset === undefined) return { detail };
  const { what, at } = whatBreaks(text, offset, words);
  return { detail: `${what} (${fill(words.at, lineAndColumn(text, at))})`, parser };
}

/** What `check` found: the issues, and a line that explains some of them (`hint` in `--json`). */
interface Checked {
  issues: ReportedIssue[];
  hint?: string;
}

async function check(options: Options): Promise<Checked> {
  const t = options.translation;
  const words = options.words;
  // With --for, a document that cannot be read or parsed stops every component named.
  const tags = options.components?.map((name) => `bekasi-${name}`);
  const stopsAll = (issue: ReportedIssue): ReportedIssue => (tags ? stopping(issue, tags) : issue);
  let read: Read;
  try {
    read = await readSource(options.source, t, words);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return { issues: [stopsAll({ code: error.code, path: '', severity: 'error', message: error.message })] };
  }
  const { text, notUtf8 } = read;
  // A warning, not an error: the page shows the document, with "�" where the bytes are not UTF-8.
  const encoding: ReportedIssue[] = notUtf8
    ? [
        {
          code: 'not-utf-8',
          path: '',
          severity: 'warning',
          params: notUtf8,
          message: fill(words.notUtf8, { at: fill(words.at, notUtf8) }),
        },
      ]
    : [];
  // The loader gives JSON.parse the text as readText decoded it, one byte-order mark dropped;
  // parseDocumentText drops one more, which would pass a file the page refuses. It is given one
  // to drop.
  const parsed = parseDocumentText(`\uFEFF${text}`);
  if ('issue' in parsed) {
    const params = parsed.issue.params;
    let parser: string | undefined;
    if (params) {
      const located = locate(String(params['detail'] ?? ''), text, words);
      params['detail'] = located.detail;
      parser = located.parser;
    }
    // The components' sentence leaves the place out (a citizen cannot act on it); here it follows.
    const sentence = t.issue['not-json'];
    const withPlace = sentence.includes('{detail}') ? sentence : `${sentence}: {detail}`;
    const issue = fromValidator(parsed.issue, { ...t, issue: { ...t.issue, 'not-json': withPlace } });
    return {
      issues: [...encoding, stopsAll(parser === undefined ? issue : { ...issue, parserMessage: parser })],
    };
  }
  const json = ownDocument(parsed.document);
  const result = validateDocument(json, isUrl(options.source) ? { baseUrl: options.source } : {});
  const issues = [
    ...encoding,
    ...(options.components
      ? judgedFor(result, options.components, t)
      : result.issues.map((issue) => fromValidator(issue, t))),
  ];
  return { issues, ...scaleHint(json, issues, t, words) };
}

/**
 * A document with a framework of its own but no `scale` is read on the default 0–4, which nothing
 * said: scores of 0–100 came out as many "outside the scale 0–4" warnings, each score left out.
 * After such a warning, this says why the scale is 0–4 and how to give another.
 */
function scaleHint(json: unknown, issues: ReportedIssue[], t: Translation, words: Words): { hint?: string } {
  const framework = (json as { framework?: unknown } | null)?.framework;
  if (typeof framework !== 'object' || framework === null || Array.isArray(framework)) return {};
  if ((framework as { scale?: unknown }).scale !== undefined) return {};
  const outside = issues.find((issue) => issue.code === 'score-range');
  if (!outside) return {};
  return { hint: fill(words.noScale, outside.params ?? {}, t.$code) };
}

/**
 * What the issues left out of the page: items (a programme, an evaluation, a score), values (a
 * link, a colour) and references (an unknown agency), each counted once however many issues name
 * it. "valid, 3 warnings" read as "publish it" when each warning took a programme off the page.
 */
function leftOut(issues: ReportedIssue[], words: Words, language: string): string {
  const count = (outcome: DataIssue['outcome']): number =>
    new Set(issues.filter((issue) => issue.outcome === outcome).map((issue) => issue.item ?? issue.path))
      .size;
  const counts = [count('item-dropped'), count('field-dropped'), count('reference-dropped')];
  const parts = words.leftOutCounts.flatMap((say, index) => {
    const each = counts[index] ?? 0;
    return each === 0 ? [] : [say(each)];
  });
  if (parts.length === 0) return '';
  // "2 items, 1 value, and 3 references", "2 butir, 1 nilai, dan 3 rujukan": as the language lists.
  return fill(words.leftOut, { list: new Intl.ListFormat(language, { type: 'conjunction' }).format(parts) });
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

  const { issues, hint } = await check(options);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const valid = errors === 0 && (!options.strict || warnings === 0);

  if (options.json) {
    // Escaped in the JSON text: `\u009b` is the same string to a JSON reader, and inert here. The
    // hint only when the text report would print one.
    const report = { valid, errors, warnings, issues, ...(hint === undefined ? {} : { hint }) };
    console.log(forTerminal(JSON.stringify(report, null, 2), CONTROLS_JSON_LEAVES));
  } else {
    const words = options.words;
    // The labels line up: "error  " beside "warning".
    const width = Math.max(words.error.length, words.warning.length);
    for (const issue of issues) {
      console.log(`${words[issue.severity].padEnd(width)} ${forTerminal(issue.message)}`);
      // Node's words, indented under the message: one line, its line breaks shown as "↵".
      if (issue.parserMessage !== undefined) {
        const parser = issue.parserMessage.replace(/\r\n|\r|\n/g, '↵');
        console.log(`${' '.repeat(width)} JSON.parse: ${forTerminal(parser)}`);
      }
    }
    if (hint !== undefined) console.log(`${words.hint.padEnd(width)} ${forTerminal(hint)}`);
    const verdict = valid ? words.valid : errors > 0 ? words.invalid : words.invalidStrict;
    const counts = words.counts(errors, warnings) + leftOut(issues, words, options.translation.$code);
    const name = forTerminal(sourceName(options.source, words));
    console.log(`${issues.length > 0 ? '\n' : ''}${name}: ${verdict}, ${counts}.`);
  }
  return valid ? 0 : 1;
}

// A reader that stops early (`| head -1`, a pager quit) closes the pipe, and the next write fails
// with EPIPE, which Node throws with its stack. The command stops printing quietly, as Unix tools
// do (a write to the closed stream is dropped), and its exit code still says whether the document
// is valid.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

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
