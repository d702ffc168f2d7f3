// `bekasi-elements validate`, run from source through tsx as a user would run it from dist/.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'src/cli/bekasi-elements.ts');
const demo = join(root, 'public/data/bekasi.json');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronous on purpose: the HTTP cases are served from this same process. */
function run(...args: string[]): Promise<Run> {
  return runWith(undefined, ...args);
}

/** `run` with `input` written to the command's standard input, as `cat file | …` would. */
function runWith(input: Buffer | string | undefined, ...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (input !== undefined) {
      // The command may stop reading before the end (past 25 MB): the rest is refused, not an error.
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    }
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

interface JsonReport {
  valid: boolean;
  errors: number;
  warnings: number;
  issues: {
    code: string;
    path: string;
    severity: string;
    params?: Record<string, string | number>;
    components?: string[];
    message: string;
    parserMessage?: string;
  }[];
}

const dir = mkdtempSync(join(tmpdir(), 'bekasi-cli-'));
const write = (name: string, content: unknown): string => {
  const file = join(dir, name);
  writeFileSync(
    file,
    typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content),
  );
  return file;
};

/** Two code points, four UTF-16 code units: the columns below count it as editors do, as two. */
const FLAG = '\u{1F1EE}\u{1F1E9}';

/**
 * Broken documents, and the line and column (counted in code points) where each breaks. Node 20
 * names no position for some (a token where none fits, the end of the input): the command finds it
 * itself. Where Node names one, a flag before the error on its line checks that the column counts
 * code points, not UTF-16 units. A trailing comma breaks at the comma, not at the bracket after it.
 */
const SYNTAX_ERRORS: [name: string, text: string, line: number, column: number][] = [
  [
    'a trailing comma in a list',
    '{\n  "schemaVersion": "1.0",\n  "quickWins": [\n    { "id": "a", "name": "A", "status": "done" },\n  ]\n}\n',
    4,
    49,
  ],
  [
    'a missing brace at the end',
    `{\n  "schemaVersion": "1.0",\n  "city": { "name": "Kota Bekasi", "tagline": "Kota Patriot ${FLAG}" }`,
    3,
    66,
  ],
  [
    'an unquoted key',
    `{\n  "schemaVersion": "1.0",\n  "city": { "tagline": "Kota Patriot ${FLAG}", name: "Kota Bekasi" }\n}\n`,
    3,
    43,
  ],
  [
    'a tab written into a string',
    `{\n  "schemaVersion": "1.0",\n  "city": { "name": "Kota Bekasi ${FLAG}\tJawa Barat" }\n}\n`,
    3,
    36,
  ],
  ['single quotes', `{\n  "schemaVersion": '1.0'\n}\n`, 2, 20],
  [
    'text after the document',
    `{ "schemaVersion": "1.0", "city": { "name": "Kota Bekasi ${FLAG}" } } // generated\n`,
    1,
    66,
  ],
  [
    'a file cut short in a string',
    `{\n  "schemaVersion": "1.0",\n  "city": { "name": "Kota Bekasi ${FLAG}", "tagline": "Kota Patr`,
    3,
    60,
  ],
  ['an empty file', '', 1, 1],
  // The "\r" ends its line with the "\n": it is neither a line nor a column of the next one.
  [
    'a CRLF file, broken on line 3',
    '{\r\n  "schemaVersion": "1.0",\r\n  "evaluations": [{ "year": 2024 },]\r\n}\r\n',
    3,
    35,
  ],
  // A byte-order mark is no column: editors do not show it.
  ['a byte-order mark', '\uFEFF{ "schemaVersion": "1.0", "quickWins": [1,] }', 1, 42],
];

/** What `--for` needs to know of a component: its sections, as its getters return them. */
interface Sections {
  required: string[];
  used: string[];
}

/** The quoted names in an array literal's text: `['city', 'framework']`. */
const names = (literal: string): string[] =>
  [...literal.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');

/** "Sombere’" as Excel or Notepad save it in Windows-1252: the apostrophe is the byte 0x92. */
const windows1252 = Buffer.concat([
  Buffer.from('{\n  "schemaVersion": "1.0",\n  "city": { "name": "Kota Contoh", "tagline": "Sombere'),
  Buffer.from([0x92]),
  Buffer.from('" }\n}\n'),
]);

/** A framework of its own with no `scale`, and scores from 0 to 100: each is off the default 0–4. */
const frameworkWithoutScale = (scale?: { min: number; max: number }) => {
  const dimensions = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }));
  return {
    schemaVersion: '1.0',
    framework: { id: 'own', name: 'Own', ...(scale ? { scale } : {}), dimensions },
    evaluations: [
      { year: 2024, dimensions: dimensions.map(({ id }, index) => ({ dimension: id, score: 60 + index })) },
    ],
  };
};

const unsafeLink = {
  schemaVersion: '1.0',
  city: { name: 'Kota Contoh', links: [{ label: 'Klik', href: 'javascript:alert(1)' }] },
};

let server: Server;
let base = '';

before(async () => {
  const demoBody = readFileSync(demo);
  server = createServer((request, response) => {
    if (request.url === '/data.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(demoBody);
    } else if (request.url === '/huge') {
      // 26 MB of spaces, streamed without a Content-Length: over the 25 MB the components read.
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, ' ');
      let sent = 0;
      const more = (): void => {
        while (sent < 26 && !response.destroyed) {
          sent += 1;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end();
      };
      more();
    } else if (request.url === '/echo.php') {
      // A PHP script that echoes JSON without a header of its own: PHP labels it text/html.
      response.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' }).end(demoBody);
    } else if (request.url === '/windows-1252.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(windows1252);
    } else if (request.url === '/page') {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>Beranda</title>');
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bekasi-elements validate', { concurrency: true }, () => {
  test('accepts the demo document', async () => {
    const { code, stdout } = await run('validate', demo);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /valid, 0 errors/);
  });

  test('rejects schemaVersion 2.0, naming both versions', async () => {
    const file = write('v2.json', { schemaVersion: '2.0', city: { name: 'X' } });
    const { code, stdout } = await run('validate', file);
    assert.equal(code, 1);
    assert.match(stdout, /schemaVersion: .*2\.0.*1\.x/);
  });

  test('reports malformed JSON as an issue', async () => {
    const file = write('broken.json', '{ "schemaVersion": "1.0", ');
    const { code, stdout } = await run('validate', file);
    assert.equal(code, 1);
    assert.match(stdout, /error\s+JSON: is not valid JSON: .+/);
    assert.match(stdout, /1 error, 0 warnings/);
  });

  test('says on which line and column the JSON breaks, in the chosen language', async () => {
    // A trailing comma, the commonest hand-editing slip: the parser stops at the "}" on line 4, and
    // the message names the comma on line 3, which is what to delete.
    const file = write(
      'trailing-comma.json',
      '{\n  "schemaVersion": "1.0",\n  "city": { "name": "X" },\n}\n',
    );
    assert.match((await run('validate', file)).stdout, /\(line 3, column 26\)/);
    assert.match((await run('validate', file, '--lang', 'id')).stdout, /\(baris 3, kolom 26\)/);
  });

  for (const [name, text, line, column] of SYNTAX_ERRORS) {
    test(`says where the JSON breaks: ${name}, line ${line}, column ${column}`, async () => {
      const { code, stdout } = await run('validate', write(`syntax-${name.replace(/\W+/g, '-')}.json`, text));
      assert.equal(code, 1, stdout);
      assert.match(stdout, /^error +JSON: is not valid JSON: /m);
      assert.ok(stdout.includes(` (line ${line}, column ${column}). `), stdout);
    });
  }

  test('says where the JSON breaks in Indonesian, and in --json', async () => {
    for (const [name, text, line, column] of SYNTAX_ERRORS.filter(([name]) => /CRLF|unquoted/.test(name))) {
      const file = write(`syntax-id-${name.replace(/\W+/g, '-')}.json`, text);
      const indonesian = await run('validate', file, '--lang', 'id');
      assert.ok(indonesian.stdout.includes(` (baris ${line}, kolom ${column}). `), indonesian.stdout);
      const json = await run('validate', file, '--json');
      const [issue] = (JSON.parse(json.stdout) as JsonReport).issues;
      assert.equal(issue?.code, 'not-json');
      assert.ok(String(issue?.params?.['detail']).endsWith(` (line ${line}, column ${column})`), json.stdout);
    }
  });

  test('finds where deep nesting or a 25 MB string breaks, without overflowing the stack', async () => {
    // Node's parser names no position for either. A recursive scanner overflows at some thousands
    // of levels; 5 million keep Node's own parse of the file (the slow part) under a second.
    const depth = 5_000_000;
    const nested = write('nested.json', '['.repeat(depth));
    // Under the 25 MB limit.
    const length = 25_000_000;
    const long = write('long-string.json', `["${'a'.repeat(length)}",]`);
    const [deep, string] = await Promise.all([run('validate', nested), run('validate', long)]);
    assert.equal(deep.code, 1, deep.stdout + deep.stderr);
    assert.ok(deep.stdout.includes(` (line 1, column ${depth + 1}). `), deep.stdout + deep.stderr);
    assert.equal(string.code, 1, string.stdout + string.stderr);
    assert.ok(string.stdout.includes(` (line 1, column ${length + 4}). `), string.stdout + string.stderr);
  });

  test('prints no control character a document holds: the terminal shows it, does not obey it', async () => {
    // What a terminal acts on: C0 and C1 controls, and the bidirectional overrides.
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for.
    const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    const retitle = '\u001b]0;pwned\u0007';
    // A value the validator quotes (an unknown dimension), with an 8-bit CSI and a right-to-left override.
    const quoted = write('controls.json', {
      schemaVersion: '1.0',
      quickWins: [{ id: 'a', name: 'A', status: 'planned', dimension: `\u009b31m${retitle}\u202egnp.exe` }],
    });
    // A syntax error, which Node's parser reports with the file's own bytes around it.
    const broken = write('controls-broken.json', `\u001b[2J${retitle}{`);
    for (const file of [quoted, broken]) {
      const text = await run('validate', file);
      assert.doesNotMatch(text.stdout, controls, JSON.stringify(text.stdout));
      const json = await run('validate', file, '--json');
      assert.doesNotMatch(json.stdout, controls, json.stdout);
      const [issue] = (JSON.parse(json.stdout) as JsonReport).issues;
      // Escaped, not removed: a reader of the JSON gets the characters back. Node's words, which
      // quote the broken file, are in parserMessage; the message says where it breaks.
      const quoting = file === quoted ? issue?.message : issue?.parserMessage;
      assert.ok((quoting ?? '').includes(file === quoted ? '\u009b31m' : '\u001b[2J'), json.stdout);
    }
    assert.match((await run('validate', quoted)).stdout, /\\u009b31m\\u001b\]0;pwned\\u0007\\u202egnp\.exe/);
  });

  test('warns about a javascript: URL with its path, and fails on it with --strict', async () => {
    const file = write('unsafe.json', unsafeLink);
    const lenient = await run('validate', file);
    assert.equal(lenient.code, 0, lenient.stdout);
    assert.match(lenient.stdout, /warning city\.links\[0\]\.href: is not a safe web address/);
    assert.match(lenient.stdout, /0 errors, 1 warning\b/);
    const strict = await run('validate', file, '--strict');
    assert.equal(strict.code, 1);
  });

  test('--json prints { valid, errors, warnings, issues }, and hint only when there is one', async () => {
    const file = write('unsafe-json.json', unsafeLink);
    const { code, stdout } = await run('validate', file, '--json');
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(Object.keys(report), ['valid', 'errors', 'warnings', 'issues']);
    // The hint the text report prints after the issues, when it prints one.
    const hinted = await run('validate', write('no-scale-json.json', frameworkWithoutScale()), '--json');
    const withHint = JSON.parse(hinted.stdout) as JsonReport & { hint?: unknown };
    assert.deepEqual(Object.keys(withHint), ['valid', 'errors', 'warnings', 'issues', 'hint']);
    assert.equal(
      withHint.hint,
      'framework: gives no "scale", so the scale 0–4 is assumed; if its scores use another, ' +
        'add "scale": {"min": …, "max": …} to the framework.',
    );
    assert.equal(report.valid, true);
    assert.equal(report.errors, 0);
    assert.equal(report.warnings, 1);
    const [issue] = report.issues;
    assert.equal(issue?.code, 'url');
    assert.equal(issue?.path, 'city.links[0].href');
    assert.equal(issue?.severity, 'warning');
    assert.match(issue?.message ?? '', /^city\.links\[0\]\.href: /);
  });

  test('--json reports a document it could not read', async () => {
    const { code, stdout } = await run('validate', join(dir, 'absent.json'), '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as JsonReport;
    assert.equal(report.valid, false);
    assert.equal(report.errors, 1);
  });

  test('--lang id speaks Indonesian', async () => {
    const file = write('unsafe-id.json', unsafeLink);
    const { code, stdout } = await run('validate', file, '--lang', 'id');
    assert.equal(code, 0);
    assert.match(stdout, /city\.links\[0\]\.href: bukan alamat web yang aman/);
  });

  test('--lang id puts the labels and the summary in Indonesian too', async () => {
    const file = write('unsafe-id-summary.json', unsafeLink);
    const lenient = await run('validate', file, '--lang', 'id');
    assert.equal(lenient.code, 0, lenient.stdout);
    assert.match(lenient.stdout, /^peringatan city\.links\[0\]\.href: /m);
    assert.match(
      lenient.stdout,
      /: valid, 0 kesalahan, 1 peringatan \(1 nilai tidak ditampilkan di halaman\)\.$/m,
    );
    assert.doesNotMatch(lenient.stdout, /warning|error/);
    const strict = await run('validate', file, '--lang', 'id', '--strict');
    assert.equal(strict.code, 1);
    assert.match(
      strict.stdout,
      /: tidak valid \(--strict: peringatan ikut dihitung\), 0 kesalahan, 1 peringatan \(1 nilai tidak ditampilkan di halaman\)\.$/m,
    );
    // The labels line up.
    const broken = await run('validate', write('broken-id.json', '{'), '--lang', 'id');
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /^kesalahan {2}JSON: bukan JSON yang sah: /m);
    assert.match(broken.stdout, /: tidak valid, 1 kesalahan, 0 peringatan\.$/m);
    const missing = await run('validate', join(dir, 'tidak-ada.json'), '--lang', 'id');
    assert.match(missing.stdout, /^kesalahan {2}Berkas tidak ditemukan: .*tidak-ada\.json$/m);
  });

  test('names the item a bad value deep inside it left out, in the message and in --json', async () => {
    const file = write('bad-source-date.json', {
      schemaVersion: '1.0',
      evaluations: [{ year: 2024, sources: [{ title: 'BPS', date: '2024-13' }] }],
    });
    const text = await run('validate', file, '--lang', 'id');
    assert.match(
      text.stdout,
      /evaluations\[0\]\.sources\[0\]\.date: .* Butir evaluations\[0\] tidak ditampilkan\./,
    );
    const { stdout } = await run('validate', file, '--json');
    const [issue] = (JSON.parse(stdout) as JsonReport).issues as (JsonReport['issues'][number] & {
      item?: string;
    })[];
    assert.equal(issue?.path, 'evaluations[0].sources[0].date');
    assert.equal(issue?.item, 'evaluations[0]');
    assert.match(issue?.message ?? '', /\. evaluations\[0\] was left out\.$/);
  });

  test('fetches a URL', async () => {
    const { code, stdout } = await run('validate', `${base}/data.json`);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /valid, 0 errors/);
  });

  test('says so when a URL answers with an HTML page', async () => {
    const { code, stdout } = await run('validate', `${base}/page`);
    assert.equal(code, 1);
    assert.match(stdout, /returned a web page instead of JSON/);
  });

  test('reports the HTTP status of a failed request', async () => {
    const { code, stdout } = await run('validate', `${base}/missing.json`);
    assert.equal(code, 1);
    assert.match(stdout, /answered 404/);
  });

  test('refuses a file over 25 MB, as the components do, before reading it', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(26 * 1024 * 1024, ' '));
    const { code, stdout } = await run('validate', big);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /too large to show\. The limit is 25 MB\./);
    const indonesian = await run('validate', big, '--lang', 'id');
    assert.match(indonesian.stdout, /terlalu besar .*\. Batasnya 25 MB\./);
  });

  test(
    'stops reading a device with no end past 25 MB',
    { skip: !existsSync('/dev/zero'), timeout: 60_000 },
    async () => {
      // It has no size to check first: read whole, it ran through about 1 GB of memory before
      // failing with "Invalid string length".
      const { code, stdout } = await run('validate', '/dev/zero', '--json');
      assert.equal(code, 1, stdout);
      const report = JSON.parse(stdout) as JsonReport;
      assert.deepEqual(
        report.issues.map((issue) => issue.code),
        ['too-large'],
      );
    },
  );

  test(
    'reads a document from a named pipe, as from `<(curl …)`',
    { skip: process.platform === 'win32', timeout: 60_000 },
    async () => {
      const pipe = join(dir, 'pipe.json');
      execFileSync('mkfifo', [pipe]);
      const validating = run('validate', pipe);
      // Written by another process: opening a pipe for writing waits for its reader (the command),
      // and should the command end without reading, a wait in this process would keep it alive
      // for good. That one is killed instead.
      const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', demo, pipe]);
      const { code, stdout } = await validating;
      writer.kill();
      assert.equal(code, 0, stdout);
      assert.match(stdout, /valid/);
    },
  );

  test('stops reading a URL past 25 MB', async () => {
    const { code, stdout } = await run('validate', `${base}/huge`, '--json');
    assert.equal(code, 1, stdout);
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(
      report.issues.map((issue) => issue.code),
      ['too-large'],
    );
  });

  test('reports a missing file clearly', async () => {
    const missing = join(dir, 'nope.json');
    const { code, stdout } = await run('validate', missing);
    assert.equal(code, 1);
    assert.match(stdout, /File not found: .*nope\.json/);
  });

  for (const [name, args] of [
    ['no arguments', []],
    ['an unknown command', ['check', 'x.json']],
    ['validate without a source', ['validate']],
    ['an unknown option', ['validate', 'x.json', '--fast']],
    ['an extra argument', ['validate', 'a.json', 'b.json']],
    ['an unknown language', ['validate', 'x.json', '--lang', 'fr']],
  ] as const) {
    test(`exits 2 with usage on ${name}`, async () => {
      const { code, stderr } = await run(...args);
      assert.equal(code, 2);
      assert.match(stderr, /Usage: bekasi-elements validate/);
    });
  }

  test('--for scorecard fails a document without evaluations that plain validate passes', async () => {
    const file = write('no-evaluations.json', { schemaVersion: '1.0', city: { name: 'Kota Contoh' } });
    const plain = await run('validate', file);
    assert.equal(plain.code, 0, plain.stdout);
    for (const name of ['scorecard', 'bekasi-scorecard']) {
      const scorecard = await run('validate', file, '--for', name);
      assert.equal(scorecard.code, 1, scorecard.stdout);
      assert.match(
        scorecard.stdout,
        /^error +bekasi-scorecard: evaluations: is missing, and this component needs it\. The data cannot be shown\.$/m,
      );
      assert.match(scorecard.stdout, /: invalid, 1 error, 0 warnings\.$/m);
    }
    const indonesian = await run('validate', file, '--for', 'scorecard', '--lang', 'id');
    assert.match(
      indonesian.stdout,
      /^kesalahan {2}bekasi-scorecard: evaluations: tidak ada, padahal komponen ini/m,
    );
    // The banner needs only the city.
    assert.equal((await run('validate', file, '--for', 'banner')).code, 0);
  });

  test('--for timeline fails a document whose every programme is left out', async () => {
    const file = write('no-usable-programmes.json', {
      schemaVersion: '1.0',
      city: { name: 'Kota Contoh' },
      programmes: [{ id: 'a' }, { id: 'b' }],
    });
    const timeline = await run('validate', file, '--for', 'timeline');
    assert.equal(timeline.code, 1, timeline.stdout);
    assert.match(
      timeline.stdout,
      /^error +bekasi-timeline: programmes: has no usable item\. The data cannot be shown\.$/m,
    );
    // An empty list is a plan with no programmes yet.
    const none = write('no-programmes.json', { schemaVersion: '1.0', programmes: [] });
    assert.equal((await run('validate', none, '--for', 'timeline')).code, 0);
  });

  test('--for banner,timeline passes the demo document', async () => {
    const { code, stdout } = await run('validate', demo, '--for', 'banner,timeline');
    assert.equal(code, 0, stdout);
    assert.match(stdout, /: valid, 0 errors, 0 warnings\.$/m);
  });

  test('--for judges only the sections the components use', async () => {
    // Programmes that are not a list stop the timeline and nothing else.
    const file = write('bad-programmes.json', {
      schemaVersion: '1.0',
      evaluations: [{ year: 2024 }],
      programmes: 'none yet',
    });
    assert.equal((await run('validate', file)).code, 1);
    const scorecard = await run('validate', file, '--for', 'scorecard');
    assert.equal(scorecard.code, 0, scorecard.stdout);
    assert.match(scorecard.stdout, /: valid, 0 errors, 0 warnings\.$/m);
    const both = await run('validate', file, '--for', 'scorecard', '--for', 'timeline');
    assert.equal(both.code, 1, both.stdout);
    assert.match(both.stdout, /^error +bekasi-timeline: programmes: must be a list/m);
  });

  test('--for with an unknown component exits 2, listing the components', async () => {
    const { code, stderr } = await run('validate', demo, '--for', 'scorecard,chart');
    assert.equal(code, 2);
    assert.match(stderr, /Unknown component "chart"; use banner, scorecard, timeline, quick-wins\./);
    assert.match(stderr, /Usage: bekasi-elements validate/);
  });

  test('--for names the components an issue stops in --json', async () => {
    const file = write('no-evaluations-json.json', { schemaVersion: '1.0', city: { name: 'Kota Contoh' } });
    const { code, stdout } = await run('validate', file, '--for', 'scorecard', '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as JsonReport;
    assert.equal(report.valid, false);
    assert.equal(report.errors, 1);
    const [issue] = report.issues;
    assert.equal(issue?.code, 'missing-section');
    assert.equal(issue?.path, 'evaluations');
    assert.equal(issue?.severity, 'error');
    assert.deepEqual(issue?.components, ['bekasi-scorecard']);
    // A document that cannot be read stops every component named.
    const broken = write('broken-for.json', '{');
    const all = JSON.parse(
      (await run('validate', broken, '--for', 'scorecard,timeline', '--json')).stdout,
    ) as JsonReport;
    assert.deepEqual(all.issues[0]?.components, ['bekasi-scorecard', 'bekasi-timeline']);
    // Without --for, no issue names a component.
    const plain = JSON.parse((await run('validate', broken, '--json')).stdout) as JsonReport;
    assert.equal(plain.issues[0]?.components, undefined);
  });

  test('reads JSON a server labels text/html, judging by the body as the components do', async () => {
    // PHP sends text/html for a script that echoes JSON without a header; the components show it.
    const { code, stdout } = await run('validate', `${base}/echo.php`);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /echo\.php: valid, 0 errors, 0 warnings\.$/m);
    // A body that starts with "<" is still a web page, whatever its label.
    assert.match((await run('validate', `${base}/page`)).stdout, /returned a web page instead of JSON/);
  });

  test('tells a web page from JSON by the same pattern as the components’ loader', () => {
    // The CLI keeps its own copy (see WEB_PAGE there: exported from the loader, it cost every CDN
    // file bytes); this keeps the copy true.
    const loader = readFileSync(join(root, 'src/data/loader.ts'), 'utf8');
    const theirs = /if \((\/.+\/)\.test\(text\)\) \{\s*return fail\('html-instead-of-json'/.exec(loader)?.[1];
    const ours = /^const WEB_PAGE = (\/.+\/);$/m.exec(readFileSync(cli, 'utf8'))?.[1];
    assert.ok(theirs, 'the loader’s test for a web page not found');
    assert.equal(ours, theirs);
  });

  test('drops one byte-order mark, as the components’ loader does: a second is a JSON error', async () => {
    // The loader decodes with TextDecoder (which drops one) and calls JSON.parse, which refuses a
    // second; the command used to drop one more and call such a file valid.
    const document = JSON.stringify({ schemaVersion: '1.0', city: { name: 'Kota Contoh' } });
    const one = await run('validate', write('one-bom.json', `\uFEFF${document}`));
    assert.equal(one.code, 0, one.stdout);
    const twoBoms = `\uFEFF\uFEFF${document}`;
    for (const result of [
      await run('validate', write('two-boms.json', twoBoms)),
      await runWith(twoBoms, 'validate', '-'),
    ]) {
      assert.equal(result.code, 1, result.stdout);
      assert.match(
        result.stdout,
        /^error +JSON: is not valid JSON: unexpected character U\+FEFF \(byte-order mark\) \(line 1, column 1\)\./m,
      );
    }
  });

  test('reads through the components’ own loop, readText, and has no loop of its own', () => {
    const source = readFileSync(cli, 'utf8');
    assert.match(source, /^import \{[^}]*\breadText\b[^}]*\} from '\.\.\/data\/loader\.js';$/m);
    assert.doesNotMatch(source, /\.getReader\(/);
  });

  test('reads standard input given as -', async () => {
    const body = readFileSync(demo);
    const english = await runWith(body, 'validate', '-');
    assert.equal(english.code, 0, english.stdout + english.stderr);
    assert.match(english.stdout, /^standard input: valid, 0 errors, 0 warnings\.$/m);
    const indonesian = await runWith(body, 'validate', '-', '--lang', 'id');
    assert.match(indonesian.stdout, /^masukan standar: valid, 0 kesalahan, 0 peringatan\.$/m);
    const broken = await runWith('{ "schemaVersion": "1.0", ', 'validate', '-', '--json');
    assert.equal(broken.code, 1, broken.stdout);
    assert.equal((JSON.parse(broken.stdout) as JsonReport).issues[0]?.code, 'not-json');
  });

  test('stops reading standard input past 25 MB', { timeout: 60_000 }, async () => {
    const { code, stdout } = await runWith(Buffer.alloc(26 * 1024 * 1024, ' '), 'validate', '-', '--json');
    assert.equal(code, 1, stdout);
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(
      report.issues.map((issue) => issue.code),
      ['too-large'],
    );
    // Said of standard input, not of "the file at standard input".
    assert.equal(report.issues[0]?.message, 'Standard input is too large to show. The limit is 25 MB.');
    const indonesian = await runWith(Buffer.alloc(26 * 1024 * 1024, ' '), 'validate', '-', '--lang', 'id');
    assert.match(
      indonesian.stdout,
      /^kesalahan {2}Masukan standar terlalu besar untuk ditampilkan\. Batasnya 25 MB\.$/m,
    );
  });

  test('says standard input is empty rather than that the JSON ends early', async () => {
    // `< /dev/null`, or a `curl -s` that failed and printed nothing.
    for (const input of ['', ' \n\t\r\n']) {
      const english = await runWith(input, 'validate', '-');
      assert.equal(english.code, 1, english.stdout);
      assert.match(english.stdout, /^error +Standard input is empty\.$/m);
      assert.doesNotMatch(english.stdout, /ends before/);
      const json = JSON.parse((await runWith(input, 'validate', '-', '--json')).stdout) as JsonReport;
      assert.deepEqual(
        json.issues.map(({ code, severity }) => ({ code, severity })),
        [{ code: 'empty', severity: 'error' }],
      );
      const indonesian = await runWith(input, 'validate', '-', '--lang', 'id');
      assert.match(indonesian.stdout, /^kesalahan {2}Masukan standar kosong\.$/m);
    }
    // An empty file is still an empty document, said as before.
    assert.match((await run('validate', write('empty.json', ''))).stdout, /ends before the JSON is complete/);
  });

  test('says a web page on standard input or in a file is a web page, not JSON', async () => {
    const page = '\n  <!doctype html><title>Beranda</title>';
    const stdin = await runWith(page, 'validate', '-', '--json');
    assert.equal(stdin.code, 1, stdin.stdout);
    const [issue] = (JSON.parse(stdin.stdout) as JsonReport).issues;
    assert.equal(issue?.code, 'html-instead-of-json');
    assert.equal(issue?.message, 'Standard input is a web page (HTML), not JSON.');
    const indonesian = await runWith(page, 'validate', '-', '--lang', 'id');
    assert.match(
      indonesian.stdout,
      /^kesalahan {2}Masukan standar berisi halaman web \(HTML\), bukan JSON\.$/m,
    );
    const file = write('page.html', page);
    const english = await run('validate', file);
    assert.equal(english.code, 1, english.stdout);
    assert.ok(english.stdout.includes(`error   ${file} is a web page (HTML), not JSON.\n`), english.stdout);
    const inFile = await run('validate', file, '--lang', 'id');
    assert.ok(
      inFile.stdout.includes(`kesalahan  ${file} berisi halaman web (HTML), bukan JSON.\n`),
      inFile.stdout,
    );
  });

  test('says a comma before ] or } is the slip, at the comma, in both languages, and Node’s words on a line below', async () => {
    const text = '{\n  "programmes": [\n    { "id": "a", "a": 1 },\n  ],\n  "schemaVersion": "1.0"\n}\n';
    const file = write('trailing-comma-said.json', text);
    const english = await run('validate', file);
    assert.equal(english.code, 1, english.stdout);
    const [message, parser] = english.stdout.split('\n');
    assert.equal(
      message,
      'error   JSON: is not valid JSON: there is a comma before ]; JSON allows no comma after the last entry ' +
        '(line 3, column 26). The data cannot be shown.',
    );
    // Node's message, kept whole in --json (on Node 20 it quotes the file, line breaks and all), is
    // printed on an indented line of its own, its line breaks as "↵", not as "\u000a".
    const json = JSON.parse((await run('validate', file, '--json')).stdout) as JsonReport;
    const [issue] = json.issues;
    assert.match(issue?.message ?? '', /: there is a comma before \]; .* \(line 3, column 26\)\. /);
    assert.ok(issue?.parserMessage, json.issues[0]?.message);
    assert.equal(parser, `${' '.repeat(8)}JSON.parse: ${issue.parserMessage.replace(/\n/g, '↵')}`);
    assert.doesNotMatch(english.stdout, /\\u000a/);
    const indonesian = await run('validate', file, '--lang', 'id');
    assert.match(
      indonesian.stdout,
      /^kesalahan {2}JSON: bukan JSON yang sah: ada koma sebelum \], padahal JSON tidak membolehkan koma setelah butir terakhir \(baris 3, kolom 26\)\. Data tidak dapat ditampilkan\.$/m,
    );
    // In an object, before "}".
    const object = await run('validate', write('trailing-comma-object.json', '{ "schemaVersion": "1.0", }'));
    assert.match(
      object.stdout,
      /: there is a comma before \}; JSON allows no comma after the last entry \(line 1, column 25\)\./,
    );
    // Any other slip names what it found, quoted as JSON quotes it (a character that cannot be seen
    // by its code point), or the end of the text.
    const quotes = await run('validate', write('single-quotes-said.json', `{ "schemaVersion": '1.0' }`));
    assert.match(quotes.stdout, /: is not valid JSON: unexpected character "'" \(line 1, column 20\)\./);
    const tab = await run('validate', write('tab-said.json', '{ "schemaVersion": "1.0\t" }'), '--lang', 'id');
    assert.match(
      tab.stdout,
      /: karakter U\+0009 \(tab\) tidak semestinya ada di sini \(baris 1, kolom 24\)\./,
    );
    const cut = await run('validate', write('cut-said.json', '{ "schemaVersion": "1.0"'));
    assert.match(
      cut.stdout,
      /: is not valid JSON: the text ends before the JSON is complete \(line 1, column 25\)\./,
    );
  });

  test('names a character that cannot be seen by its code point, not as blank quotes', async () => {
    // A no-break space pasted from a web page, a zero-width space, a byte-order mark left at the end
    // by joining two files: quoted, they printed as " " and "".
    const cases: [name: string, text: string, english: string, indonesian: string][] = [
      [
        'nbsp',
        '{\u00a0"schemaVersion": "1.0" }',
        'unexpected character U+00A0 (no-break space) (line 1, column 2)',
        'karakter U+00A0 (spasi tak terputus) tidak semestinya ada di sini (baris 1, kolom 2)',
      ],
      [
        'zwsp',
        '{ "schemaVersion":\u200b"1.0" }',
        'unexpected character U+200B (zero-width space) (line 1, column 19)',
        'karakter U+200B (spasi lebar nol) tidak semestinya ada di sini (baris 1, kolom 19)',
      ],
      [
        'bom-at-the-end',
        '{ "schemaVersion": "1.0" }\n\uFEFF',
        'unexpected character U+FEFF (byte-order mark) (line 2, column 1)',
        'karakter U+FEFF (penanda urutan bita) tidak semestinya ada di sini (baris 2, kolom 1)',
      ],
      // Any other such character by its code point alone; a C1 control still never reaches the terminal.
      ['word-joiner', '[1,\u2060 2]', 'unexpected character U+2060 (line 1, column 4)', 'karakter U+2060 '],
      ['c1-control', '[\u009b]', 'unexpected character U+009B (line 1, column 2)', 'karakter U+009B '],
    ];
    for (const [name, text, english, indonesian] of cases) {
      const file = write(`invisible-${name}.json`, text);
      const en = await run('validate', file);
      assert.equal(en.code, 1, en.stdout);
      assert.ok(en.stdout.includes(`: is not valid JSON: ${english}.`), en.stdout);
      const id = await run('validate', file, '--lang', 'id');
      assert.ok(id.stdout.includes(`: bukan JSON yang sah: ${indonesian}`), id.stdout);
    }
    // A visible character is quoted as before, a plain space too.
    const space = await run('validate', write('space-said.json', '[- 1]'));
    assert.match(space.stdout, /: unexpected character " " \(line 1, column 3\)\./);
  });

  test('says a misspelt word at its first letter, quoting it whole', async () => {
    const cases: [text: string, word: string, column: number][] = [
      ['nope', '"nope"', 1],
      ['{ "schemaVersion": "1.0", "city": nil }', '"nil"', 35],
      ['{ "schemaVersion": "1.0", "city": falsy }', '"falsy"', 35],
      // Node names a position for these, past the word's start.
      ['[nulll]', '"nulll"', 2],
      ['[True]', '"True"', 2],
      // An unquoted name is a word too.
      ['{ schemaVersion: "1.0" }', '"schemaVersion"', 3],
      // Cut to 20 letters.
      [`[${'undefined'.repeat(5)}]`, '"undefinedundefinedun…"', 2],
    ];
    for (const [index, [text, word, column]] of cases.entries()) {
      const file = write(`word-${index}.json`, text);
      const { code, stdout } = await run('validate', file);
      assert.equal(code, 1, stdout);
      assert.ok(
        stdout.includes(`: is not valid JSON: unexpected word ${word} (line 1, column ${column}).`),
        stdout,
      );
    }
    const indonesian = await run('validate', write('word-id.json', 'nope'), '--lang', 'id');
    assert.match(
      indonesian.stdout,
      /: bukan JSON yang sah: kata "nope" tidak semestinya ada di sini \(baris 1, kolom 1\)\./,
    );
    // true, false and null whole are no slip: what follows them is.
    const after = await run('validate', write('word-after.json', '[true}'));
    assert.match(after.stdout, /: unexpected character "\}" \(line 1, column 6\)\./);
    // A word cut short by the end of the file is the end of the file.
    const cut = await run('validate', write('word-cut.json', '[tru'));
    assert.match(cut.stdout, /: the text ends before the JSON is complete \(line 1, column 5\)\./);
    // A letter after a value, or in a string's escape, is a character out of place.
    const escape = await run('validate', write('word-escape.json', '["a\\q"]'));
    assert.match(escape.stdout, /: unexpected character "q" \(line 1, column 5\)\./);
  });

  test('says how many items the warnings left out of the page', async () => {
    const file = write('items-left-out.json', {
      schemaVersion: '1.0',
      programmes: [
        { id: 'a', name: 'A', dimension: 'governance', start: '2024', status: 'planned' },
        // Two issues in one programme: one programme left out.
        { id: 'b', name: 'B', dimension: 'governance', start: '2024-13', status: 'someday' },
        { id: 'c', name: 'C', dimension: 'governance', start: '2024', status: 'paused' },
        {
          id: 'd',
          name: 'D',
          dimension: 'governance',
          start: '2024',
          status: 'planned',
          url: 'javascript:x',
        },
      ],
    });
    const english = await run('validate', file);
    assert.equal(english.code, 0, english.stdout);
    assert.match(
      english.stdout,
      /: valid, 0 errors, 4 warnings \(2 items and 1 value left out of the page\)\.$/m,
    );
    const indonesian = await run('validate', file, '--lang', 'id');
    assert.match(
      indonesian.stdout,
      /: valid, 0 kesalahan, 4 peringatan \(2 butir dan 1 nilai tidak ditampilkan di halaman\)\.$/m,
    );
    // Nothing left out, nothing said.
    assert.match((await run('validate', demo)).stdout, /: valid, 0 errors, 0 warnings\.$/m);
  });

  test('warns that a file saved as Windows-1252 is not UTF-8, naming the line', async () => {
    const file = write('windows-1252.json', windows1252);
    const english = await run('validate', file);
    // A warning: the page still shows the document, with "�" for the apostrophe.
    assert.equal(english.code, 0, english.stdout);
    assert.match(
      english.stdout,
      /^warning JSON: is not saved as UTF-8: the page shows each byte that is not valid UTF-8 as "\uFFFD", the first one at line 3, column 55\. Save the file as UTF-8\.$/m,
    );
    assert.match(english.stdout, /: valid, 0 errors, 1 warning\.$/m);
    assert.equal((await run('validate', file, '--strict')).code, 1);
    const indonesian = await run('validate', file, '--lang', 'id');
    assert.match(
      indonesian.stdout,
      /^peringatan JSON: tidak disimpan sebagai UTF-8: halaman menampilkan "\uFFFD" untuk setiap bita yang tidak sah menurut UTF-8, yang pertama di baris 3, kolom 55\. Simpan berkas sebagai UTF-8\.$/m,
    );
    // The same from standard input and from an address.
    for (const result of [
      await runWith(windows1252, 'validate', '-', '--json'),
      await run('validate', `${base}/windows-1252.json`, '--json'),
    ]) {
      const report = JSON.parse(result.stdout) as JsonReport;
      assert.equal(report.valid, true, result.stdout);
      assert.deepEqual(
        report.issues.map(({ code, severity, params }) => ({ code, severity, params })),
        [{ code: 'not-utf-8', severity: 'warning', params: { line: 3, column: 55 } }],
      );
    }
    // UTF-8, with or without a byte-order mark, is said nothing of.
    const utf8 = windows1252.toString('latin1').replace('\x92', '’');
    for (const text of [utf8, `\uFEFF${utf8}`]) {
      const { code, stdout } = await run('validate', write('utf-8.json', text));
      assert.equal(code, 0, stdout);
      assert.match(stdout, /: valid, 0 errors, 0 warnings\.$/m);
    }
  });

  test('explains scores off a scale the framework never gave: 0–4 was assumed', async () => {
    const file = write('no-scale.json', frameworkWithoutScale());
    const english = await run('validate', file);
    assert.equal(english.code, 0, english.stdout);
    assert.match(english.stdout, /outside the scale 0–4 \(found 60\)/);
    const hints = english.stdout.split('\n').filter((line) => line.startsWith('hint'));
    assert.deepEqual(hints, [
      'hint    framework: gives no "scale", so the scale 0–4 is assumed; if its scores use another, ' +
        'add "scale": {"min": …, "max": …} to the framework.',
    ]);
    // After the issues, before the summary.
    assert.match(english.stdout, /\. evaluations\[0\]\.dimensions\[3\] was left out\.\nhint {4}framework: /);
    const indonesian = await run('validate', file, '--lang', 'id');
    assert.match(
      indonesian.stdout,
      /^petunjuk {3}framework: tidak mencantumkan "scale", sehingga dipakai skala 0–4; jika skornya memakai skala lain, tambahkan "scale": \{"min": …, "max": …\} pada framework\.$/m,
    );
    // With its scale, the scores are on it: no issue, no hint.
    const scaled = await run(
      'validate',
      write('with-scale.json', frameworkWithoutScale({ min: 0, max: 100 })),
    );
    assert.match(scaled.stdout, /: valid, 0 errors, 0 warnings\.$/m);
    assert.doesNotMatch(scaled.stdout, /hint/);
    // The default framework's scale is documented: a score off it has no hint.
    const defaultFramework = write('default-framework.json', {
      schemaVersion: '1.0',
      evaluations: [{ year: 2024, overall: { score: 70 } }],
    });
    const plain = await run('validate', defaultFramework);
    assert.match(plain.stdout, /outside the scale 0–4/);
    assert.doesNotMatch(plain.stdout, /hint/);
  });

  test('stops quietly when the reader of its output stops early, as `| head -1` does', async () => {
    // 3,000 warnings, some 400 KB of report: more than a pipe holds, so the command is still
    // writing when the reader closes it.
    const programmes = Array.from({ length: 3000 }, (_, index) => ({
      id: `p${index}`,
      name: 'P',
      dimension: 'governance',
      start: '2024',
      status: 'someday',
    }));
    const file = write('many-warnings.json', { schemaVersion: '1.0', programmes });
    const { code, first, stderr } = await new Promise<{ code: number | null; first: string; stderr: string }>(
      (done, fail) => {
        const child = spawn(process.execPath, ['--import', 'tsx', cli, 'validate', file], { cwd: root });
        let first = '';
        let stderr = '';
        // The first chunk read, the pipe is closed: the command's next write fails with EPIPE.
        child.stdout.once('data', (chunk: Buffer) => {
          first = chunk.toString('utf8');
          child.stdout.destroy();
        });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', fail);
        child.on('close', (code) => done({ code, first, stderr }));
      },
    );
    assert.match(first, /^warning programmes\[0\]\.status: /);
    // No stack trace, no "Error: write EPIPE"; the exit code is still the verdict: valid, with warnings.
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  test("--for's table of sections matches the components' getters", () => {
    // The CLI keeps its own copy (see COMPONENT_SECTIONS there: the bundles have no bytes to
    // spare for a shared one); this keeps the copy true.
    const source = readFileSync(cli, 'utf8');
    const block = /const COMPONENT_SECTIONS = \{\n([\s\S]*?)\n\} as const/.exec(source)?.[1];
    assert.ok(block, 'COMPONENT_SECTIONS not found in the CLI');
    const table: Record<string, Sections> = {};
    for (const line of block.split('\n')) {
      const entry = /^ {2}'?([\w-]+)'?: \{ required: (\[[^\]]*\]), used: (\[[^\]]*\]) \},$/.exec(line);
      assert.ok(entry, `an entry the test cannot read: ${line}`);
      table[entry[1] ?? ''] = { required: names(entry[2] ?? ''), used: names(entry[3] ?? '') };
    }

    const components: Record<string, Sections> = {};
    const folder = join(root, 'src/components');
    for (const name of readdirSync(folder)) {
      let text: string;
      try {
        text = readFileSync(join(folder, name, `${name}.ts`), 'utf8');
      } catch {
        continue;
      }
      const getter = (which: string): string | undefined =>
        new RegExp(`get ${which}\\(\\)[^{]*\\{\\s*return ([^;]*);\\s*\\}`).exec(text)?.[1];
      const required = getter('requiredSections');
      // A component that declares no sections (the provider) is not one --for can name.
      if (required === undefined) continue;
      assert.match(required, /^\[[^\]]*\]$/, `${name}: requiredSections returns ${required}`);
      // Prettier may break the return over lines.
      let used = (getter('usedSections') ?? required).replace(/\s+/g, ' ');
      // The banner's depend on showScore: --for judges its default, off.
      const branches = /^this\.showScore \? (\[[^\]]*\]) : (\[[^\]]*\])$/.exec(used);
      if (branches) {
        assert.match(text, /^ {2}showScore = false;$/m, `${name}: showScore is not off by default`);
        used = branches[2] ?? '';
      }
      assert.match(used, /^\[[^\]]*\]$/, `${name}: usedSections returns ${used}; teach this test to read it`);
      components[name] = { required: names(required), used: names(used) };
    }
    assert.deepEqual(Object.keys(components).sort(), ['banner', 'quick-wins', 'scorecard', 'timeline']);
    assert.deepEqual(table, components);
  });

  test('--help and --version', async () => {
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: bekasi-elements validate <file\|url\|->/);
    assert.match(help.stdout, /- for standard input \(cat smart-city\.json \| bekasi-elements validate -\)/);
    assert.match(help.stdout, /--for <names> .*banner, scorecard, timeline,\n +quick-wins/);
    const version = await run('--version');
    assert.equal(version.code, 0);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout.trim(), pkg.version);
  });
});
