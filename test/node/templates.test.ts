// The CDN build squeezes the HTML inside Lit templates (scripts/cdn.mjs), and that drops the
// whitespace a template starts with: html` (${source})` shipped as "8.750.000.000(APBD)". Text
// that needs a space before it must get it from the template around it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join('src', file));

test('no html`` or svg`` template starts with whitespace before text', () => {
  const found = sources.flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/\b(?:html|svg)`([ \t]+)[^<\s`$]/g)].map(
      (match) => `${file}: ${match[0]}`,
    ),
  );
  assert.deepEqual(found, []);
});
