// docs/data-format.mdx lists the built-in framework's ids, which a city writing its document
// needs (a wrong id leaves the item out). The table is written by hand for readers; this keeps it
// the code's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_FRAMEWORK } from '../../src/contract.js';

const docs = readFileSync(resolve(import.meta.dirname, '../../docs/data-format.mdx'), 'utf8');

/** The rows of the table under "## The built-in framework", as their cells' text. */
function documentedRows(): string[][] {
  const section = docs.split(/^## /m).find((part) => part.startsWith('The built-in framework'));
  assert.ok(section, 'docs/data-format.mdx has no section "The built-in framework"');
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

const ids = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);

test('the docs list every dimension, alias, name and element id of the built-in framework', () => {
  const documented = documentedRows().map(([dimension = '', aliases = '', name = '', elements = '']) => ({
    dimension: ids(dimension)[0],
    aliases: ids(aliases),
    name,
    elements: ids(elements),
  }));
  const inCode = DEFAULT_FRAMEWORK.dimensions.map((dimension) => {
    const name = dimension.name as Record<string, string>;
    return {
      dimension: dimension.id,
      aliases: dimension.aliases ?? [],
      name: `${name['id']} / ${name['en']}`,
      elements: (dimension.elements ?? []).map((element) => element.id),
    };
  });
  assert.deepEqual(documented, inCode);
});

test('the docs give the built-in scale', () => {
  const { min, max } = DEFAULT_FRAMEWORK.scale ?? {};
  assert.match(docs, new RegExp(`six dimensions of three elements each, scored ${min}–${max}`));
});
