// Every browser test file imports test/setup.ts first, so that a failing assertion about a DOM
// node is reported instead of stalling its file (see test/setup.ts).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const browserTestFiles = readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts') && !file.startsWith('node/'))
  .map((file) => join('test', file));

test('every browser test file imports test/setup.ts before anything else', () => {
  assert.ok(browserTestFiles.length > 0);
  const missing = browserTestFiles.filter((file) => {
    const firstImport = readFileSync(join(root, file), 'utf8').match(/^import .*$/m)?.[0] ?? '';
    return !/^import '(\.\.?\/)+setup\.js';$/.test(firstImport);
  });
  assert.deepEqual(missing, []);
});
