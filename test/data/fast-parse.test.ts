import '../setup.js';
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { fastParser, INVALID } from '../../src/data/fast-parse.js';
import {
  AgencySchema,
  CitySchema,
  EvaluationSchema,
  FrameworkSchema,
  NameSchema,
  ProgrammeSchema,
  QuickWinSchema,
} from '../../src/data/schema.js';
import { validateDocument } from '../../src/data/validate.js';
import {
  deepFreeze,
  deeplyNestedName,
  documents,
  hostileTextDocument,
  hostileUrlDocument,
  SCRIPT_PAYLOAD,
} from '../fixtures/index.js';
import { hostileQuickWinsDocument, manyQuickWinsDocument } from '../fixtures/quick-wins.js';
import { seededRandom } from '../fixtures/random.js';
import { manyProgrammesDocument } from '../fixtures/timeline.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => void) => void;

type Json = Record<string, unknown>;
type Schema = v.GenericSchema;

/** True when `value` holds, at any depth, an own key valibot leaves out of a record. */
function hasPrototypeKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  return Object.keys(value).some(
    (key) =>
      key === '__proto__' ||
      key === 'prototype' ||
      key === 'constructor' ||
      hasPrototypeKey((value as Json)[key]),
  );
}

/**
 * Both compiled parsers must say what valibot says. The copying one (for documents a page sets):
 * the same verdict, and for valid input the same output (unknown keys stripped, keys in the
 * schema's order, `undefined` kept where the input had the key). The keeping one (for documents
 * the library parsed): the same verdict, and for valid input the input itself, not a copy.
 */
function expectAgreement(schema: Schema, input: unknown, label: string): boolean {
  const reference = v.safeParse(schema, input);
  const before = JSON.stringify(input);
  const copied = fastParser(schema, false)(input);
  const kept = fastParser(schema, true)(input);
  // Neither changes what it reads, whether it vouches for it or not.
  expect(JSON.stringify(input), `${label}: the input unchanged`).to.equal(before);
  if (!reference.success) {
    expect(copied, `${label}: valibot rejects it`).to.equal(INVALID);
    expect(kept, `${label}: valibot rejects it (kept)`).to.equal(INVALID);
    return false;
  }
  // A record holding a prototype key (valibot leaves it out) is left to valibot by both; one in an
  // object, among its unknown keys, is not.
  if (hasPrototypeKey(input) && copied === INVALID && kept === INVALID) return true;
  expect(kept, `${label}: the input itself`).to.equal(input);
  expect(copied, `${label}: valibot accepts it`).not.to.equal(INVALID);
  expect(copied, label).to.deep.equal(reference.output);
  expect(JSON.stringify(copied), `${label}: key order`).to.equal(JSON.stringify(reference.output));
  if (input !== null && typeof input === 'object') expect(copied, `${label}: a copy`).not.to.equal(input);
  return true;
}

const sections: [string, Schema][] = [
  ['agencies', AgencySchema],
  ['evaluations', EvaluationSchema],
  ['programmes', ProgrammeSchema as Schema],
  ['quickWins', QuickWinSchema],
];

/** Every list item of a document with the schema it is checked against. */
function itemsOf(document: Json): [Schema, unknown, string][] {
  const items: [Schema, unknown, string][] = [];
  for (const [section, schema] of sections) {
    const list = document[section];
    if (Array.isArray(list))
      list.forEach((item, index) => items.push([schema, item, `${section}[${index}]`]));
  }
  if (document['city'] !== undefined) items.push([CitySchema, document['city'], 'city']);
  if (document['framework'] !== undefined) items.push([FrameworkSchema, document['framework'], 'framework']);
  return items;
}

/** Values a mutation puts in place of a field: wrong types, edge numbers, hostile strings. */
const REPLACEMENTS: unknown[] = [
  null,
  undefined,
  true,
  0,
  -1,
  1.5,
  101,
  NaN,
  Infinity,
  -Infinity,
  '',
  ' ',
  'x'.repeat(501),
  'x'.repeat(10_001),
  'javascript:alert(1)',
  'java\tscript:alert(1)',
  'https://example.org/',
  '#12345g',
  '#fff',
  '2023',
  '2023-13',
  '2023-02-30',
  '2024-02-29',
  '2023-09-30T00:00:00Z',
  'in_progress',
  'sideways',
  'increase',
  'GBP',
  SCRIPT_PAYLOAD,
  [],
  [1, 2],
  ['a', ''],
  {},
  { id: 'Nama', en: 'Name' },
  { 'not a tag!': 'x' },
  { id: 5 },
  { date: '2023-01', value: 3 },
  { title: 'Sumber', url: 'javascript:x' },
  JSON.parse('{"__proto__": {"polluted": true}, "id": "Nama"}'),
  Object.create({ inherited: 'x' }),
];

/** A copy of `item` with one field somewhere inside it replaced, removed or added. */
function mutate(item: unknown, next: () => number): unknown {
  const copy: unknown = structuredClone(item);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  let parent: unknown = copy;
  // Walk down a random path, stopping at a random depth.
  for (;;) {
    if (parent === null || typeof parent !== 'object') return pick(REPLACEMENTS);
    const keys = Object.keys(parent);
    if (keys.length === 0 || next() < 0.3) break;
    const key = pick(keys);
    const child = (parent as Json)[key];
    if (child === null || typeof child !== 'object' || next() < 0.4) {
      const roll = next();
      if (roll < 0.15) Reflect.deleteProperty(parent, key);
      else (parent as Json)[key] = pick(REPLACEMENTS);
      return copy;
    }
    parent = child;
  }
  (parent as Json)[pick(['extra', 'id', 'name', 'score', 'date', 'url', 'en'])] = pick(REPLACEMENTS);
  return copy;
}

describe('fastParser: the compiled fast path agrees with valibot', () => {
  it('on every item of every fixture document', () => {
    let accepted = 0;
    let rejected = 0;
    const named = Object.entries(documents).map(([name, document]) => [name, document as Json] as const);
    for (const [name, document] of [
      ...named,
      ['hostile text', hostileTextDocument()] as const,
      ['hostile URLs', hostileUrlDocument()] as const,
      ['hostile quick wins', hostileQuickWinsDocument()] as const,
      ['300 quick wins', manyQuickWinsDocument(300)] as const,
      ['300 programmes', manyProgrammesDocument(300)] as const,
    ]) {
      for (const [schema, item, path] of itemsOf(document)) {
        if (expectAgreement(schema, item, `${name} ${path}`)) accepted += 1;
        else rejected += 1;
      }
    }
    // Both verdicts were exercised (the partial and hostile documents hold items to drop).
    expect(accepted).to.be.greaterThan(600);
    expect(rejected).to.be.greaterThan(5);
  });

  it('on 6,000 mutated items (wrong types, edge numbers, hostile strings, missing and extra keys)', () => {
    const next = seededRandom(2026);
    const pool = [
      ...itemsOf(documents.bekasi as Json),
      ...itemsOf(documents.cohen as Json),
      ...itemsOf(manyQuickWinsDocument(40)),
      ...itemsOf(manyProgrammesDocument(40)),
    ];
    let accepted = 0;
    let rejected = 0;
    for (let round = 0; round < 6_000; round++) {
      const [schema, item, path] = pool[Math.floor(next() * pool.length)] as [Schema, unknown, string];
      if (expectAgreement(schema, mutate(item, next), `mutation ${round} of ${path}`)) accepted += 1;
      else rejected += 1;
    }
    expect(accepted).to.be.greaterThan(500);
    expect(rejected).to.be.greaterThan(500);
  });

  it('keeps a frozen item as it is, without writing to it', () => {
    // The keeping form reads documents a page may hold and freeze (loadDocument's): a write of
    // the same value would throw there.
    let kept = 0;
    for (const document of [
      documents.bekasi as Json,
      manyQuickWinsDocument(40),
      manyProgrammesDocument(40),
    ]) {
      for (const [schema, item, path] of itemsOf(document)) {
        const frozen = deepFreeze(structuredClone(item));
        if (!v.safeParse(schema, frozen).success) continue;
        expect(fastParser(schema, true)(frozen), path).to.equal(frozen);
        kept += 1;
      }
    }
    expect(kept).to.be.greaterThan(100);
  });

  it('on text: strings, translations, prototype keys, inherited keys and deep nesting', () => {
    const inherited: Json = Object.create({ en: 'Inherited' }) as Json;
    inherited['id'] = 'Nama';
    for (const [label, value] of [
      ['string', 'Nama'],
      ['translations', { id: 'Nama', en: 'Name' }],
      ['no translations', {}],
      ['a bad language tag', { 'id!': 'Nama' }],
      ['__proto__ key', JSON.parse('{"__proto__": "x", "id": "Nama"}')],
      ['constructor key', { constructor: 'x', id: 'Nama' }],
      ['inherited key', inherited],
      ['an array', ['Nama']],
      ['deep nesting', JSON.parse(deeplyNestedName(2_000))],
      ['too long', { id: 'x'.repeat(501) }],
    ] as const) {
      expectAgreement(NameSchema, value, label);
    }
    // valibot leaves a prototype key out of a record, which a kept record cannot do: both parsers
    // leave such a record to valibot.
    for (const value of [JSON.parse('{"__proto__": "x", "id": "Nama"}'), { constructor: 'x', id: 'Nama' }]) {
      expect(fastParser(NameSchema, false)(value)).to.equal(INVALID);
      expect(fastParser(NameSchema, true)(value)).to.equal(INVALID);
      expect(v.parse(NameSchema, value)).to.deep.equal({ id: 'Nama' });
    }
  });

  it('leaves to valibot what it does not compile: defaults, transforms, nullable, lazy', () => {
    const uncompiled: [string, Schema, unknown][] = [
      ['a default', v.object({ count: v.optional(v.number(), 3) }), {}],
      [
        'a default inside',
        v.object({ entries: v.object({ with: v.optional(v.string(), 'x') }) }),
        { entries: {} },
      ],
      [
        'a transform',
        v.pipe(
          v.string(),
          v.transform((text) => text.toUpperCase()),
        ),
        'a',
      ],
      ['nullable', v.object({ note: v.nullable(v.string()) }), { note: null }],
      ['lazy', v.object({ nested: v.lazy(() => v.array(v.literal('x'))) }), { nested: ['x'] }],
    ];
    for (const [label, schema, value] of uncompiled) {
      // valibot accepts each; the fast path does not vouch for it, so the caller asks valibot.
      expect(v.safeParse(schema, value).success, label).to.equal(true);
      expect(fastParser(schema, false)(value), label).to.equal(INVALID);
      expect(fastParser(schema, true)(value), `${label} (kept)`).to.equal(INVALID);
    }
    // Compiled: valibot's number() refuses NaN even without a finite() action.
    const plain = v.object({ plain: v.optional(v.number()) });
    for (const value of [{}, { plain: NaN }, { plain: -0 }, { plain: undefined }, { plain: '1' }]) {
      expectAgreement(plain, value, JSON.stringify(value) ?? 'undefined');
    }
  });

  it('is what validation uses for large lists, with the same model and issues as before', () => {
    // A broken item among valid ones: the fast path declines it, valibot explains it.
    const document = manyQuickWinsDocument(50);
    const quickWins = document['quickWins'] as Json[];
    (quickWins[7] as Json)['due'] = '2023-02-30';
    (quickWins[9] as Json)['extra'] = 'ignored';
    const { model, issues } = validateDocument(document);
    expect(issues.map((issue) => `${issue.path} ${issue.code} ${issue.outcome}`)).to.deep.equal([
      'quickWins[7].due date item-dropped',
    ]);
    expect(model?.document.quickWins).to.have.length(49);
    expect(model?.document.quickWins?.find((item) => item.id === quickWins[9]?.['id'])).not.to.have.property(
      'extra',
    );
  });
});
