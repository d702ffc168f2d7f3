// `bekasi-elements validate`, run from source through tsx as a user would run it from dist/.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
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
  issues: { code: string; path: string; severity: string; message: string }[];
}

const dir = mkdtempSync(join(tmpdir(), 'bekasi-cli-'));
const write = (name: string, content: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
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
    // A trailing comma, the commonest hand-editing slip: the parser stops at the "}" on line 4.
    const file = write(
      'trailing-comma.json',
      '{\n  "schemaVersion": "1.0",\n  "city": { "name": "X" },\n}\n',
    );
    assert.match((await run('validate', file)).stdout, /\(line 4, column 1\)/);
    assert.match((await run('validate', file, '--lang', 'id')).stdout, /\(baris 4, kolom 1\)/);
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
      // Escaped, not removed: a reader of the JSON gets the characters back.
      assert.ok((issue?.message ?? '').includes(file === quoted ? '\u009b31m' : '\u001b[2J'), issue?.message);
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

  test('--json prints { valid, errors, warnings, issues }', async () => {
    const file = write('unsafe-json.json', unsafeLink);
    const { code, stdout } = await run('validate', file, '--json');
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(Object.keys(report), ['valid', 'errors', 'warnings', 'issues']);
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
    assert.match(lenient.stdout, /: valid, 0 kesalahan, 1 peringatan\.$/m);
    assert.doesNotMatch(lenient.stdout, /warning|error/);
    const strict = await run('validate', file, '--lang', 'id', '--strict');
    assert.equal(strict.code, 1);
    assert.match(
      strict.stdout,
      /: tidak valid \(--strict: peringatan ikut dihitung\), 0 kesalahan, 1 peringatan\.$/m,
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
    assert.match(stdout, /too large to show/);
  });

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

  test('--help and --version', async () => {
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: bekasi-elements validate <file\|url>/);
    const version = await run('--version');
    assert.equal(version.code, 0);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout.trim(), pkg.version);
  });
});
