// The published JSON Schema: generated from src/data/schema.ts, never edited by hand.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { URL_PATTERN } from '../../src/data/schema.js';
import { renderSchema, SCHEMA_FILE, SCHEMA_ID } from '../../scripts/generate-schema.js';

interface JsonSchema {
  $schema?: string;
  $id?: string;
  description?: string;
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
  required?: string[];
  $defs?: Record<string, { pattern?: string }>;
}

const root = resolve(import.meta.dirname, '../..');
const committed = readFileSync(SCHEMA_FILE, 'utf8');
const schema = JSON.parse(committed) as JsonSchema;

describe('schema/smart-city.schema.json', () => {
  test('is what `npm run schema` generates now', () => {
    assert.ok(
      committed === renderSchema(),
      'schema/smart-city.schema.json is stale: run `npm run schema` and commit the result.',
    );
  });

  test('is JSON Schema draft 2020-12 with its published $id', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, SCHEMA_ID);
    // Pinned to the release it ships in: an unpinned address names whatever is latest.
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    assert.equal(
      schema.$id,
      `https://cdn.jsdelivr.net/npm/@bekasi/elements@${version}/schema/smart-city.schema.json`,
    );
    // The rules JSON Schema cannot express are left out on purpose, and the file says so.
    assert.match(schema.description ?? '', /calendar days/);
  });

  test('allows every top-level key of the demo document', () => {
    const demo = JSON.parse(readFileSync(join(root, 'public/data/bekasi.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    assert.notEqual(schema.additionalProperties, false, 'unknown fields must stay allowed');
    for (const key of Object.keys(demo)) {
      if (key.startsWith('_')) continue;
      assert.ok(key in (schema.properties ?? {}), `"${key}" is not described by the schema`);
    }
    for (const key of schema.required ?? []) assert.ok(key in demo, `the demo lacks required "${key}"`);
  });

  test('every $ref points at a definition', () => {
    const refs = [...committed.matchAll(/"\$ref": "#\/\$defs\/([^"]+)"/g)].map((match) => match[1] ?? '');
    assert.ok(refs.length > 0);
    for (const name of refs) assert.ok(schema.$defs?.[name], `#/$defs/${name} is missing`);
  });

  test('the URL pattern refuses scripts and accepts web and relative addresses', () => {
    const source = schema.$defs?.['Url']?.pattern;
    assert.equal(source, URL_PATTERN.source, 'the pattern is the one in src/data/schema.ts');
    // JSON Schema 2020-12 patterns are ECMA-262 regular expressions with the "u" flag.
    const pattern = new RegExp(source ?? '', 'u');
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:x',
      'data:text/html,x',
    ]) {
      assert.ok(!pattern.test(bad), `accepted ${JSON.stringify(bad)}`);
    }
    for (const good of ['https://x', 'http://example.go.id/a?b=c', '/data/a.svg', 'data/a.svg', '#top']) {
      assert.ok(pattern.test(good), `refused ${JSON.stringify(good)}`);
    }
  });
});
