#!/usr/bin/env node
/**
 * `bekasi-elements validate <file|url>`: checks a smart-city document with the same validator
 * the components run, and prints every issue with its path in the chosen language.
 *
 * Exit codes: 0 usable (warnings allowed unless --strict), 1 errors or an unreadable document,
 * 2 wrong usage. Only Node built-ins and the contract entry, so it runs straight from `dist/`.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  fill,
  formatIssue,
  translationFor,
  validateDocument,
  type DataIssue,
  type Translation,
} from '../contract.js';
import { DEFAULT_MAX_BYTES, readText } from '../data/loader.js';
import { parseDocumentText } from '../data/parse.js';
import { VERSION } from '../version.js';

const USAGE = `Usage: bekasi-elements validate <file|url> [options]

Checks a smart-city JSON document against the @bekasi/elements data contract.

Options:
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
  return { source, json: values.json, strict: values.strict, translation, words: WORDS[base] };
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
      return await readFile(source, 'utf8');
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

async function check(options: Options): Promise<ReportedIssue[]> {
  const t = options.translation;
  let text: string;
  try {
    text = await readSource(options.source, t, options.words);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return [{ code: error.code, path: '', severity: 'error', message: error.message }];
  }
  const parsed = parseDocumentText(text);
  if ('issue' in parsed) {
    // Node's parser says "at position 347"; a person editing the file looks for a line.
    const detail = String(parsed.issue.params?.['detail'] ?? '');
    const offset = /at position (\d+)(?!.*line)/.exec(detail)?.[1];
    if (offset !== undefined && parsed.issue.params) {
      const before = text
        .replace(/^\uFEFF/, '')
        .slice(0, Number(offset))
        .split('\n');
      const where = fill(options.words.at, { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 });
      parsed.issue.params['detail'] = `${detail} (${where})`;
    }
    return [fromValidator(parsed.issue, t)];
  }
  const json = parsed.document;
  const result = validateDocument(json, isUrl(options.source) ? { baseUrl: options.source } : {});
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
