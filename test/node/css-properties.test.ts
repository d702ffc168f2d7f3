// The `@cssprop` tags in each component's JSDoc (what custom-elements.json, Storybook and editors
// list) against the public custom properties its stylesheets really read: every `--bekasi-*`
// a page can set to change a component must be documented on it, and nothing it ignores.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { BekasiBanner } from '../../src/components/banner/banner.js';
import { BekasiQuickWins } from '../../src/components/quick-wins/quick-wins.js';
import { BekasiScorecard } from '../../src/components/scorecard/scorecard.js';
import { BekasiTimeline } from '../../src/components/timeline/timeline.js';

const root = resolve(import.meta.dirname, '../..');

const cssOf = (styles: unknown): string =>
  Array.isArray(styles) ? styles.map(cssOf).join('\n') : (styles as { cssText: string }).cssText;

/** The `--bekasi-*` properties a stylesheet reads, following private `--_*` properties to their sources. */
function publicPropertiesRead(css: string): string[] {
  const declarations = new Map<string, string[]>();
  const uses = new Set<string>();
  // A private property's declaration (`--_link: var(--bekasi-color-link, var(--_primary));`)
  // reads what its value names; every other `var()` is a use.
  const withoutDeclarations = css.replace(
    /(--_[a-z0-9-]+)\s*:\s*([^;}]*)/g,
    (_, name: string, value: string) => {
      const named = [...value.matchAll(/var\(\s*(--[a-z0-9_-]+)/g)].map((match) => match[1]!);
      declarations.set(name, [...(declarations.get(name) ?? []), ...named]);
      return '';
    },
  );
  for (const match of withoutDeclarations.matchAll(/var\(\s*(--[a-z0-9_-]+)/g)) uses.add(match[1]!);
  const read = new Set<string>();
  const visit = (name: string) => {
    if (read.has(name)) return;
    read.add(name);
    for (const next of declarations.get(name) ?? []) visit(next);
  };
  for (const name of uses) visit(name);
  return [...read].filter((name) => name.startsWith('--bekasi-')).sort();
}

/** The properties a component's JSDoc documents with `@cssprop`. */
function documented(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  // `--bekasi-dimension-<id>` is a family, set per dimension: not a name a stylesheet spells out.
  return [...source.matchAll(/@cssprop (--bekasi-[a-z0-9-]+)\s/g)].map((match) => match[1]!).sort();
}

describe('documented CSS custom properties', () => {
  for (const [name, element, file] of [
    ['banner', BekasiBanner, 'src/components/banner/banner.ts'],
    ['scorecard', BekasiScorecard, 'src/components/scorecard/scorecard.ts'],
    ['timeline', BekasiTimeline, 'src/components/timeline/timeline.ts'],
    ['quick-wins', BekasiQuickWins, 'src/components/quick-wins/quick-wins.ts'],
  ] as const) {
    test(`<bekasi-${name}> documents every --bekasi-* property its styles read, and no other`, () => {
      assert.deepEqual(documented(file), publicPropertiesRead(cssOf(element.styles)));
    });
  }
});
