import '../setup.js';
import { expect } from '@open-wc/testing';
import type { DataIssue } from '../../src/data/issues.js';
import type { Section } from '../../src/data/schema.js';
import {
  blockingIssue,
  citySection,
  evaluationsSection,
  generatedAtSection,
  issuesForSections,
  ownDocument,
  validateDocument,
  validateSections,
  type SmartCityModel,
  type ValidationResult,
} from '../../src/data/validate.js';
import { clearLoaderCache, loadDocument } from '../../src/data/loader.js';
import { stateFromInlineScript } from '../../src/core/data-state.js';
import {
  deepFreeze,
  deeplyNestedJson,
  deeplyNestedName,
  documents,
  fixture as copyOf,
  hostileQuickWinsDocument,
  hostileTextDocument,
  hostileUrlDocument,
  hugeTaglineDocument,
  manyProgrammesDocument,
  manyQuickWinsDocument,
  SCRIPT_PAYLOAD,
} from '../fixtures/index.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => void | Promise<void>) => void;

type Json = Record<string, unknown>;

/** One line per issue, easy to compare as a whole. */
const lines = (issues: readonly DataIssue[]): string[] =>
  issues.map((issue) => `${issue.path} ${issue.code} ${issue.severity} ${issue.outcome}`);

function modelOf(result: ValidationResult): SmartCityModel {
  expect(result.model, `a model (issues: ${JSON.stringify(lines(result.issues))})`).to.not.equal(undefined);
  return result.model as SmartCityModel;
}

const ids = (items: readonly { id: string }[] | undefined): string[] => (items ?? []).map((item) => item.id);

function programme(overrides: Json = {}): Json {
  return {
    id: 'p',
    name: { id: 'Program', en: 'Programme' },
    dimension: 'governance',
    start: '2020-01',
    end: '2025-12',
    status: 'in_progress',
    ...overrides,
  };
}

function quickWin(overrides: Json = {}): Json {
  return { id: 'q', name: 'Quick win', dimension: 'society', status: 'planned', ...overrides };
}

function evaluation(overrides: Json = {}): Json {
  return {
    year: 2024,
    overall: { score: 3.5 },
    dimensions: [{ dimension: 'governance', score: 3.2 }],
    ...overrides,
  };
}

const doc = (sections: Json = {}): Json => ({ schemaVersion: '1.0', ...sections });

describe('validateDocument: the fixtures', () => {
  it('bekasi: valid, no issues, read with the built-in framework', () => {
    const result = validateDocument(copyOf('bekasi'));
    expect(lines(result.issues)).to.deep.equal([]);
    const model = modelOf(result);
    expect(model.framework.isDefault).to.equal(true);
    expect(model.framework.scale).to.deep.equal({ min: 0, max: 4 });
    expect(model.framework.dimensions).to.have.length(6);
    expect(model.document.evaluations).to.have.length(3);
    expect(model.document.programmes).to.have.length(24);
    expect(model.document.quickWins).to.have.length(6);
    expect(model.document.agencies).to.have.length(14);
    expect(model.document.city?.name).to.deep.equal({ id: 'Kota Bekasi', en: 'Bekasi City' });
    expect(model.document.framework, 'no framework of its own').to.equal(undefined);
  });

  it('bekasi: the alias "government" is read as "governance"', () => {
    const model = modelOf(validateDocument(copyOf('bekasi')));
    const evaluation2022 = model.document.evaluations?.find((evaluation) => evaluation.year === 2022);
    expect(evaluation2022?.dimensions?.map((entry) => entry.dimension))
      .to.include('governance')
      .and.not.include('government');
    const complaints = model.document.programmes?.find((item) => item.id === 'pengaduan-terpadu');
    expect(complaints?.dimension).to.equal('governance');
  });

  it('minimal: valid, only the city', () => {
    const result = validateDocument(copyOf('minimal'));
    expect(result.issues).to.deep.equal([]);
    const model = modelOf(result);
    expect(model.document).to.deep.equal({
      schemaVersion: '1.0',
      city: { id: '3275', name: { id: 'Kota Bekasi', en: 'Bekasi City' } },
    });
  });

  it('cohen: its own framework on a 0–100 scale', () => {
    const result = validateDocument(copyOf('cohen'));
    expect(lines(result.issues)).to.deep.equal([]);
    const model = modelOf(result);
    expect(model.framework.isDefault).to.equal(false);
    expect(model.framework.id).to.equal('cohen-wheel');
    expect(model.framework.scale).to.deep.equal({ min: 0, max: 100 });
    expect(ids(model.framework.dimensions)).to.deep.equal([
      'economy',
      'environment',
      'governance',
      'living',
      'mobility',
      'people',
    ]);
    expect(model.framework.levels?.map((level) => level.min)).to.deep.equal([0, 50, 75]);
    expect(model.framework.dimensionByKey.get('mobility')?.id).to.equal('mobility');
    // Scores far above 4 are on this scale, so nothing is dropped.
    const latest = model.document.evaluations?.find((evaluation) => evaluation.year === 2025);
    expect(latest?.overall?.score).to.equal(63.7);
    expect(latest?.dimensions).to.have.length(6);
    expect(model.document.programmes).to.have.length(4);
    expect(model.document.quickWins).to.have.length(3);
  });

  it('three dimensions: valid, alias "service" normalised to "services"', () => {
    const result = validateDocument(copyOf('threeDimensions'));
    expect(lines(result.issues)).to.deep.equal([]);
    const model = modelOf(result);
    expect(ids(model.framework.dimensions)).to.deep.equal(['services', 'people', 'planet']);
    const latest = model.document.evaluations?.find((evaluation) => evaluation.year === 2025);
    expect(latest?.dimensions?.map((entry) => entry.dimension)).to.deep.equal([
      'services',
      'people',
      'planet',
    ]);
  });

  it('twelve dimensions: valid', () => {
    const result = validateDocument(copyOf('twelveDimensions'));
    expect(lines(result.issues)).to.deep.equal([]);
    const model = modelOf(result);
    expect(model.framework.dimensions).to.have.length(12);
    expect(model.document.evaluations?.every((evaluation) => evaluation.dimensions?.length === 12)).to.equal(
      true,
    );
    expect(model.document.programmes).to.have.length(2);
  });

  it('long names: valid', () => {
    expect(lines(validateDocument(copyOf('longNames')).issues)).to.deep.equal([]);
  });

  it('partial: reports exactly the broken fields and items, with paths, codes and outcomes', () => {
    const result = validateDocument(copyOf('partial'));
    expect(lines(result.issues)).to.have.members([
      'city.logo.src url warning field-dropped',
      'city.colors.secondary color warning field-dropped',
      'city.links[1].href url warning field-dropped',
      'agencies[1].id required warning item-dropped',
      'evaluations[0].dimensions[1].score score-range warning item-dropped',
      'programmes[1].start date warning item-dropped',
      'programmes[2].end end-before-start warning item-dropped',
      'programmes[3].dimension unknown-dimension warning item-dropped',
      'quickWins[1].progress percentage warning item-dropped',
    ]);
    expect(result.issues).to.have.length(9);
    const bySection = (section: Section) => result.issues.filter((issue) => issue.section === section).length;
    expect([
      bySection('city'),
      bySection('agencies'),
      bySection('evaluations'),
      bySection('programmes'),
      bySection('quickWins'),
    ]).to.deep.equal([3, 1, 1, 3, 1]);
    const scoreIssue = result.issues.find((issue) => issue.code === 'score-range');
    expect(scoreIssue?.params).to.deep.equal({ min: 0, max: 4 });
    expect(scoreIssue?.value).to.equal('5.2');
    expect(result.issues.find((issue) => issue.path === 'programmes[1].start')?.value).to.equal('"2023-13"');
    // A check of the whole programme quotes the field it names, not "{…}".
    expect(result.issues.find((issue) => issue.code === 'end-before-start')?.value).to.equal('"2023-01"');
  });

  it('partial: the valid rest is kept', () => {
    const model = modelOf(validateDocument(copyOf('partial')));
    const city = model.document.city;
    expect(city, 'city kept').to.not.equal(undefined);
    expect(city?.name).to.deep.equal({ id: 'Kota Bekasi', en: 'Bekasi City' });
    expect(city?.logo, 'the logo goes with its unsafe src').to.equal(undefined);
    expect(city?.image?.src).to.equal('/data/bekasi-hero.svg');
    expect(city?.colors).to.deep.equal({ primary: '#0b6e4f', accent: '#f2a900' });
    expect(city?.links).to.deep.equal([
      { label: { id: 'Situs resmi', en: 'Official website' }, href: 'https://www.bekasikota.go.id' },
    ]);
    expect(ids(model.document.agencies)).to.deep.equal(['diskominfostandi']);
    const evaluation2024 = model.document.evaluations?.[0];
    expect(evaluation2024?.overall?.score).to.equal(3.6);
    expect(evaluation2024?.dimensions?.map((entry) => entry.dimension)).to.deep.equal([
      'governance',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    expect(ids(model.document.programmes)).to.deep.equal(['poc', 'ews-banjir']);
    expect(ids(model.document.quickWins)).to.deep.equal(['wifi-publik']);
  });

  it('partial: the input object is not changed', () => {
    const input = copyOf('partial');
    validateDocument(input);
    expect(input).to.deep.equal(copyOf('partial'));
  });

  it('version 2: refused, naming the version found and the one supported', () => {
    const result = validateDocument(copyOf('versionTwo'));
    expect(result.model).to.equal(undefined);
    expect(result.issues).to.have.length(1);
    const [issue] = result.issues;
    expect(issue?.code).to.equal('unsupported-version');
    expect(issue?.path).to.equal('schemaVersion');
    expect(issue?.severity).to.equal('error');
    expect(issue?.outcome).to.equal('rejected');
    expect(issue?.params).to.deep.equal({ found: '2.0', supported: '1.x' });
  });
});

describe('validateDocument: the document as a whole', () => {
  it('accepts any 1.x version', () => {
    for (const version of ['1.0', '1.7', '1.42']) {
      const result = validateDocument(doc({ schemaVersion: version, city: { name: 'X' } }));
      expect(result.issues, version).to.deep.equal([]);
      expect(modelOf(result).document.schemaVersion).to.equal(version);
    }
  });

  it('refuses other major versions', () => {
    for (const version of ['0.9', '2.0', '10.0']) {
      const result = validateDocument(doc({ schemaVersion: version }));
      expect(result.model, version).to.equal(undefined);
      expect(result.issues.map((issue) => [issue.code, issue.params?.['found']])).to.deep.equal([
        ['unsupported-version', version],
      ]);
    }
  });

  for (const [label, input] of [
    ['null', null],
    ['undefined', undefined],
    ['an array', [{ schemaVersion: '1.0' }]],
    ['a string', '{"schemaVersion":"1.0"}'],
    ['a number', 42],
    ['a boolean', true],
  ] as [string, unknown][]) {
    it(`refuses ${label}: not an object`, () => {
      let result: ValidationResult | undefined;
      expect(() => (result = validateDocument(input))).to.not.throw();
      expect(result?.model).to.equal(undefined);
      expect(
        result?.issues.map((issue) => [issue.code, issue.path, issue.severity, issue.outcome]),
      ).to.deep.equal([['not-object', '', 'error', 'rejected']]);
    });
  }

  it('refuses a document without schemaVersion', () => {
    const result = validateDocument({ city: { name: 'X' } });
    expect(result.model).to.equal(undefined);
    expect(lines(result.issues)).to.deep.equal(['schemaVersion required error rejected']);
    expect(result.issues[0]?.params?.['supported']).to.equal('1.x');
  });

  for (const garbage of ['abc', '1', '1.x', 'v1.0', '', 1, 1.0, null, {}, ['1.0']]) {
    it(`refuses schemaVersion ${JSON.stringify(garbage)}`, () => {
      const result = validateDocument({ schemaVersion: garbage });
      expect(result.model).to.equal(undefined);
      expect(lines(result.issues)).to.deep.equal(['schemaVersion schema-version error rejected']);
    });
  }

  for (const section of ['agencies', 'evaluations', 'programmes', 'quickWins'] as const) {
    it(`a ${section} section that is not a list is an error for that section only`, () => {
      const result = validateDocument(doc({ city: { name: 'X' }, [section]: {} }));
      expect(result.issues).to.have.length(1);
      expect(result.issues[0]).to.include({
        code: 'list',
        path: section,
        severity: 'error',
        outcome: 'rejected',
        section,
      });
      const model = modelOf(result);
      expect(model.document[section]).to.equal(undefined);
      expect(model.document.city?.name).to.equal('X');
      expect(blockingIssue(result, [section], [section])).to.equal(result.issues[0]);
      expect(blockingIssue(result, ['city'], ['city'])).to.equal(undefined);
    });
  }

  it('a city that is not an object is rejected, the rest of the document stays', () => {
    const result = validateDocument(doc({ city: 'Kota Bekasi', programmes: [programme()] }));
    const model = modelOf(result);
    expect(model.document.city).to.equal(undefined);
    expect(ids(model.document.programmes)).to.deep.equal(['p']);
    expect(result.issues).to.have.length(1);
    expect(result.issues[0]).to.include({
      path: 'city',
      severity: 'error',
      outcome: 'rejected',
      section: 'city',
    });
  });

  it('a city without a name is rejected with a required issue', () => {
    const result = validateDocument(doc({ city: { region: 'Jawa Barat' } }));
    expect(modelOf(result).document.city).to.equal(undefined);
    expect(lines(result.issues)).to.deep.equal(['city.name required error rejected']);
  });

  it('an unusable framework makes the whole document unusable', () => {
    const result = validateDocument(doc({ city: { name: 'X' }, framework: { dimensions: [] } }));
    expect(result.model).to.equal(undefined);
    expect(lines(result.issues)).to.deep.equal(['framework.dimensions dimensions-count error rejected']);
    expect(result.issues[0]?.section).to.equal('framework');
    expect(blockingIssue(result, ['city'], ['city', 'framework'])?.code).to.equal('dimensions-count');
  });

  it('a framework of more than 24 dimensions is refused, and says its limit', () => {
    const dimensions = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ id: `d${index}`, name: `D${index}` }));
    expect(
      validateDocument(doc({ city: { name: 'X' }, framework: { dimensions: dimensions(24) } })).model,
    ).to.not.equal(undefined);
    const result = validateDocument(doc({ city: { name: 'X' }, framework: { dimensions: dimensions(25) } }));
    expect(result.model).to.equal(undefined);
    expect(lines(result.issues)).to.deep.equal(['framework.dimensions dimensions-count error rejected']);
    expect(result.issues[0]?.params?.['limit']).to.equal(24);
  });

  it('a framework scale whose max is not above its min is refused', () => {
    const result = validateDocument(
      doc({ framework: { scale: { min: 4, max: 4 }, dimensions: [{ id: 'a', name: 'A' }] } }),
    );
    expect(result.model).to.equal(undefined);
    expect(result.issues.map((issue) => issue.code)).to.deep.equal(['scale']);
  });

  it('keeps a valid generatedAt and drops an invalid one on its own', () => {
    expect(
      modelOf(validateDocument(doc({ generatedAt: '2026-11-01T09:00:00+07:00' }))).document.generatedAt,
    ).to.equal('2026-11-01T09:00:00+07:00');
    const result = validateDocument(doc({ generatedAt: 'kemarin', city: { name: 'X' } }));
    expect(modelOf(result).document.generatedAt).to.equal(undefined);
    expect(modelOf(result).document.city?.name).to.equal('X');
    expect(lines(result.issues)).to.deep.equal(['generatedAt timestamp warning field-dropped']);
  });

  // The schema (and so the published JSON Schema) says ISO 8601; the validator must not accept
  // more than the schema does ("a hand-written second copy of the rules is a defect").
  it('drops a generatedAt that is a date but not an ISO 8601 timestamp', () => {
    const result = validateDocument(doc({ generatedAt: 'November 1, 2026' }));
    expect(modelOf(result).document.generatedAt).to.equal(undefined);
    expect(lines(result.issues)).to.deep.equal(['generatedAt timestamp warning field-dropped']);
  });

  // ISO 8601 forms valibot's isoTimestamp takes but a browser's Date cannot read: the banner shows
  // the time, and once threw on them and stayed blank.
  for (const generatedAt of ['2026-11-01T09:00:00+07', '2026-11-01T09:00+07']) {
    it(`drops a generatedAt that Date cannot read (${generatedAt})`, () => {
      const result = validateDocument(doc({ generatedAt }));
      expect(modelOf(result).document.generatedAt).to.equal(undefined);
      expect(lines(result.issues)).to.deep.equal(['generatedAt timestamp warning field-dropped']);
    });
  }

  it('drops a generatedAt on a day its month does not have', () => {
    // Chromium's Date reads 31 February as 2 March: the banner said "Data per 2 Maret 2024".
    for (const generatedAt of ['2024-02-31T09:00:00+07:00', '2023-02-29T00:00:00Z', '2024-04-31T10:00:00Z']) {
      const result = validateDocument(doc({ generatedAt }));
      expect(modelOf(result).document.generatedAt, generatedAt).to.equal(undefined);
      expect(lines(result.issues)).to.deep.equal(['generatedAt timestamp warning field-dropped']);
    }
    expect(
      modelOf(validateDocument(doc({ generatedAt: '2024-02-29T23:59:59Z' }))).document.generatedAt,
    ).to.equal('2024-02-29T23:59:59Z');
  });

  it('leaves generatedAt to the components that show it', () => {
    // Only the banner shows it: the other components neither carry it nor report it broken.
    const input = doc({ generatedAt: 'kemarin', evaluations: copyOf('bekasi').evaluations });
    const scorecard = validateSections(input, [citySection, evaluationsSection]);
    expect(modelOf(scorecard).document.generatedAt).to.equal(undefined);
    expect(scorecard.issues.filter((issue) => issue.path === 'generatedAt')).to.deep.equal([]);
    const banner = validateSections(input, [generatedAtSection, citySection]);
    expect(lines(banner.issues)).to.deep.equal(['generatedAt timestamp warning field-dropped']);
    expect(issuesForSections(banner.issues, ['city', 'framework'])).to.deep.equal([]);
    const good = doc({ generatedAt: '2026-11-01T09:00:00+07:00' });
    expect(modelOf(validateSections(good, [generatedAtSection])).document.generatedAt).to.equal(
      '2026-11-01T09:00:00+07:00',
    );
    expect(modelOf(validateSections(good, [citySection])).document.generatedAt).to.equal(undefined);
  });

  it('ignores and strips unknown fields, at every level', () => {
    const result = validateDocument(
      doc({
        _comment: 'ignored',
        future: { anything: true },
        city: { name: 'X', mayor: 'Someone', links: [{ label: 'L', href: '/l', rel: 'me' }] },
        framework: { dimensions: [{ id: 'a', name: 'A', icon: 'star' }], extra: 1 },
        programmes: [programme({ dimension: 'a', owner: 'me' })],
        quickWins: [quickWin({ dimension: 'a', kpi: { name: 'K', baseline: 0, target: 1, secret: 2 } })],
        evaluations: [{ year: 2024, dimensions: [{ dimension: 'a', score: 1, colour: 'red' }], extra: [] }],
        agencies: [{ id: 'ag', name: 'Agency', phone: '123' }],
      }),
    );
    expect(lines(result.issues)).to.deep.equal([]);
    const document = modelOf(result).document as unknown as Json;
    expect(Object.keys(document).sort()).to.deep.equal(
      ['agencies', 'city', 'evaluations', 'framework', 'programmes', 'quickWins', 'schemaVersion'].sort(),
    );
    const model = modelOf(result).document;
    expect(model.city).to.deep.equal({ name: 'X', links: [{ label: 'L', href: '/l' }] });
    expect(model.framework?.dimensions).to.deep.equal([{ id: 'a', name: 'A' }]);
    expect(model.framework).to.not.have.property('extra');
    expect(model.programmes?.[0]).to.not.have.property('owner');
    expect(model.quickWins?.[0]?.kpi).to.deep.equal({ name: 'K', baseline: 0, target: 1 });
    expect(model.evaluations?.[0]).to.deep.equal({ year: 2024, dimensions: [{ dimension: 'a', score: 1 }] });
    expect(model.agencies).to.deep.equal([{ id: 'ag', name: 'Agency' }]);
  });
});

describe('validateDocument: items', () => {
  it('normalises the alias "government" in evaluations, programmes and quick wins', () => {
    const result = validateDocument(
      doc({
        evaluations: [evaluation({ dimensions: [{ dimension: 'government', score: 3 }] })],
        programmes: [programme({ dimension: 'government' })],
        quickWins: [quickWin({ dimension: 'government' })],
      }),
    );
    expect(lines(result.issues)).to.deep.equal([]);
    const model = modelOf(result).document;
    expect(model.evaluations?.[0]?.dimensions?.[0]?.dimension).to.equal('governance');
    expect(model.programmes?.[0]?.dimension).to.equal('governance');
    expect(model.quickWins?.[0]?.dimension).to.equal('governance');
  });

  it('an alias never shadows a real dimension id', () => {
    const result = validateDocument(
      doc({
        framework: {
          dimensions: [
            { id: 'a', name: 'A', aliases: ['b'] },
            { id: 'b', name: 'B' },
          ],
        },
        programmes: [programme({ dimension: 'b' })],
      }),
    );
    expect(modelOf(result).framework.dimensionByKey.get('b')?.name).to.equal('B');
    expect(modelOf(result).document.programmes?.[0]?.dimension).to.equal('b');
  });

  it('a dimension scored twice in one evaluation (by id and by alias) keeps the first', () => {
    const result = validateDocument(
      doc({
        evaluations: [
          evaluation({
            dimensions: [
              { dimension: 'governance', score: 3 },
              { dimension: 'government', score: 1 },
            ],
          }),
        ],
      }),
    );
    expect(lines(result.issues)).to.deep.equal([
      'evaluations[0].dimensions[1].dimension duplicate-id warning item-dropped',
    ]);
    expect(modelOf(result).document.evaluations?.[0]?.dimensions).to.deep.equal([
      { dimension: 'governance', score: 3 },
    ]);
  });

  it('drops the second item with a duplicate id, in every list', () => {
    const result = validateDocument(
      doc({
        agencies: [
          { id: 'a', name: 'First agency' },
          { id: 'a', name: 'Second agency' },
        ],
        programmes: [
          programme({ id: 'x', name: 'First' }),
          programme({ id: 'y' }),
          programme({ id: 'x', name: 'Second' }),
        ],
        quickWins: [quickWin({ id: 'q', name: 'First' }), quickWin({ id: 'q', name: 'Second' })],
        evaluations: [evaluation({ year: 2023 }), evaluation({ year: 2024 }), evaluation({ year: 2023 })],
      }),
    );
    expect(lines(result.issues)).to.have.members([
      'agencies[1].id duplicate-id warning item-dropped',
      'programmes[2].id duplicate-id warning item-dropped',
      'quickWins[1].id duplicate-id warning item-dropped',
      'evaluations[2].year duplicate-id warning item-dropped',
    ]);
    expect(result.issues).to.have.length(4);
    const model = modelOf(result).document;
    expect(model.agencies?.map((agency) => agency.name)).to.deep.equal(['First agency']);
    expect(model.programmes?.map((item) => item.name)).to.deep.equal([
      'First',
      { id: 'Program', en: 'Programme' },
    ]);
    expect(model.quickWins?.map((item) => item.name)).to.deep.equal(['First']);
    expect(model.evaluations?.map((item) => item.year)).to.deep.equal([2023, 2024]);
  });

  it('the path of a duplicate counts the items dropped before it', () => {
    const result = validateDocument(
      doc({
        programmes: [programme({ id: 'x', status: 'done' }), programme({ id: 'y' }), programme({ id: 'y' })],
      }),
    );
    expect(lines(result.issues)).to.deep.equal([
      'programmes[0].status status warning item-dropped',
      'programmes[2].id duplicate-id warning item-dropped',
    ]);
  });

  it('a duplicate framework dimension is left out of the framework and of the document', () => {
    const result = validateDocument(
      doc({
        framework: {
          dimensions: [
            { id: 'a', name: 'First' },
            { id: 'a', name: 'Second' },
            { id: 'b', name: 'B' },
          ],
        },
      }),
    );
    expect(lines(result.issues)).to.deep.equal([
      'framework.dimensions[1].id duplicate-id warning item-dropped',
    ]);
    const model = modelOf(result);
    expect(model.framework.dimensions.map((dimension) => dimension.name)).to.deep.equal(['First', 'B']);
    // The issue says "item-dropped": the validated document must not keep it either.
    expect(model.document.framework?.dimensions.map((dimension) => dimension.name)).to.deep.equal([
      'First',
      'B',
    ]);
  });

  it('an unknown agency reference is dropped, the item kept', () => {
    const result = validateDocument(
      doc({
        agencies: [{ id: 'known', name: 'Known' }],
        programmes: [programme({ agency: 'unknown', partners: ['known', 'nobody'] })],
        quickWins: [quickWin({ agency: 'ghost' })],
      }),
    );
    expect(lines(result.issues)).to.deep.equal([
      'programmes[0].agency unknown-agency warning reference-dropped',
      'programmes[0].partners[1] unknown-agency warning reference-dropped',
      'quickWins[0].agency unknown-agency warning reference-dropped',
    ]);
    const model = modelOf(result).document;
    expect(model.programmes?.[0]).to.not.have.property('agency');
    expect(model.programmes?.[0]?.partners).to.deep.equal(['known']);
    expect(model.quickWins?.[0]).to.not.have.property('agency');
    expect(ids(model.quickWins)).to.deep.equal(['q']);
  });

  it('a reference to an agency that was itself dropped is unknown', () => {
    const result = validateDocument(
      doc({ agencies: [{ id: 'bad', name: 42 }], programmes: [programme({ agency: 'bad' })] }),
    );
    expect(lines(result.issues)).to.deep.equal([
      'agencies[0].name text warning item-dropped',
      'programmes[0].agency unknown-agency warning reference-dropped',
    ]);
  });

  it('a quick win referring to a programme that programmes does not list loses the reference only', () => {
    const result = validateDocument(
      doc({
        programmes: [programme({ id: 'ok' }), programme({ id: 'broken', status: 'done' }), null, 7],
        quickWins: [
          quickWin({ id: 'a', programme: 'ok' }),
          quickWin({ id: 'b', programme: 'broken' }),
          quickWin({ id: 'c', programme: 'nowhere' }),
          quickWin({ id: 'd', programme: '7' }),
        ],
      }),
    );
    // A listed programme that is itself invalid is the timeline's to report; the tracker, which
    // shows no programme, keeps the reference (and need not validate the programmes for it).
    expect(lines(result.issues)).to.deep.equal([
      'programmes[1].status status warning item-dropped',
      'programmes[2] type warning item-dropped',
      'programmes[3] type warning item-dropped',
      'quickWins[2].programme unknown-programme warning reference-dropped',
      'quickWins[3].programme unknown-programme warning reference-dropped',
    ]);
    const quickWins = modelOf(result).document.quickWins;
    expect(quickWins?.map((item) => item.programme)).to.deep.equal(['ok', 'broken', undefined, undefined]);
  });

  it('an unknown dimension drops a quick win', () => {
    const result = validateDocument(
      doc({ quickWins: [quickWin({ dimension: 'mobility' }), quickWin({ id: 'r' })] }),
    );
    expect(lines(result.issues)).to.deep.equal([
      'quickWins[0].dimension unknown-dimension warning item-dropped',
    ]);
    expect(ids(modelOf(result).document.quickWins)).to.deep.equal(['r']);
  });

  it('unknown element references: dropped from a programme, an element score left out of an evaluation', () => {
    const result = validateDocument(
      doc({
        programmes: [programme({ elements: ['public-service', 'tourism', 'bureaucracy'] })],
        evaluations: [
          evaluation({
            dimensions: [
              {
                dimension: 'governance',
                score: 3,
                elements: [
                  { element: 'public-service', score: 3.1 },
                  { element: 'waste', score: 2 },
                  { element: 'bureaucracy', score: 4.5 },
                ],
              },
            ],
          }),
        ],
      }),
    );
    expect(lines(result.issues)).to.have.members([
      'programmes[0].elements[1] unknown-element warning reference-dropped',
      'evaluations[0].dimensions[0].elements[1].element unknown-element warning item-dropped',
      'evaluations[0].dimensions[0].elements[2].score score-range warning item-dropped',
    ]);
    expect(result.issues).to.have.length(3);
    const model = modelOf(result).document;
    expect(model.programmes?.[0]?.elements).to.deep.equal(['public-service', 'bureaucracy']);
    expect(model.evaluations?.[0]?.dimensions?.[0]?.elements).to.deep.equal([
      { element: 'public-service', score: 3.1 },
    ]);
    expect(model.evaluations?.[0]?.dimensions?.[0]?.score).to.equal(3);
  });

  it('an overall score off the scale is dropped, the evaluation kept', () => {
    const result = validateDocument(
      doc({
        evaluations: [evaluation({ overall: { score: 4.5, rank: [{ scope: 'Nasional', position: 3 }] } })],
      }),
    );
    expect(lines(result.issues)).to.deep.equal([
      'evaluations[0].overall.score score-range warning field-dropped',
    ]);
    expect(result.issues[0]?.params).to.deep.equal({ min: 0, max: 4 });
    const kept = modelOf(result).document.evaluations?.[0];
    expect(kept?.overall).to.deep.equal({ rank: [{ scope: 'Nasional', position: 3 }] });
    expect(kept?.dimensions).to.have.length(1);
  });

  it('a negative score and an aspect off the scale are left out', () => {
    const result = validateDocument(
      doc({
        evaluations: [
          evaluation({
            dimensions: [
              { dimension: 'governance', score: -0.5 },
              { dimension: 'economy', score: 4 },
            ],
            aspects: [
              { id: 'baseline', score: 3.6 },
              { id: 'impact', score: 40 },
            ],
          }),
        ],
      }),
    );
    expect(lines(result.issues)).to.have.members([
      'evaluations[0].dimensions[0].score score-range warning item-dropped',
      'evaluations[0].aspects[1].score score-range warning item-dropped',
    ]);
    const kept = modelOf(result).document.evaluations?.[0];
    expect(kept?.dimensions?.map((entry) => entry.dimension)).to.deep.equal(['economy']);
    expect(kept?.aspects?.map((aspect) => aspect.id)).to.deep.equal(['baseline']);
  });

  it("scores are checked against the document's own scale", () => {
    const input = copyOf('cohen');
    const evaluations = input['evaluations'] as Json[];
    (evaluations[0] as { overall: { score: number } }).overall.score = 101;
    const result = validateDocument(input);
    expect(lines(result.issues)).to.deep.equal([
      'evaluations[0].overall.score score-range warning field-dropped',
    ]);
    expect(result.issues[0]?.params).to.deep.equal({ min: 0, max: 100 });
  });

  it('an unsafe URL drops the field only; an item missing a required field is dropped', () => {
    const result = validateDocument(
      doc({
        agencies: [
          { id: 'a', name: 'A', url: 'javascript:alert(1)' },
          { id: 'b', name: 'B', url: 'https://b.example/' },
        ],
        programmes: [
          programme({
            id: 'p1',
            url: 'data:text/html,x',
            sources: [{ title: 'S', url: 'vbscript:x', date: '2023' }],
          }),
          programme({ id: 'p2', status: undefined }),
        ],
      }),
    );
    expect(lines(result.issues)).to.have.members([
      'agencies[0].url url warning field-dropped',
      'programmes[0].url url warning field-dropped',
      'programmes[0].sources[0].url url warning field-dropped',
      'programmes[1].status required warning item-dropped',
    ]);
    const model = modelOf(result).document;
    expect(model.agencies).to.deep.equal([
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B', url: 'https://b.example/' },
    ]);
    expect(model.programmes?.map((item) => item.id)).to.deep.equal(['p1']);
    expect(model.programmes?.[0]).to.not.have.property('url');
    expect(model.programmes?.[0]?.sources).to.deep.equal([{ title: 'S', date: '2023' }]);
  });

  it('an unsafe URL next to another broken field drops the whole item, reporting both', () => {
    const result = validateDocument(doc({ programmes: [programme({ url: 'javascript:x', progress: 150 })] }));
    expect(lines(result.issues)).to.have.members([
      'programmes[0].url url warning item-dropped',
      'programmes[0].progress percentage warning item-dropped',
    ]);
    expect(modelOf(result).document.programmes).to.deep.equal([]);
  });

  it('overlong optional prose is dropped on its own; an overlong name drops the item', () => {
    const result = validateDocument(
      doc({
        programmes: [
          programme({ id: 'long-summary', summary: 'x'.repeat(10_001) }),
          programme({ id: 'long-name', name: 'x'.repeat(501) }),
        ],
      }),
    );
    expect(lines(result.issues)).to.have.members([
      'programmes[0].summary too-long warning field-dropped',
      'programmes[1].name too-long warning item-dropped',
    ]);
    expect(ids(modelOf(result).document.programmes)).to.deep.equal(['long-summary']);
  });

  it('a text whose every language is too long drops that optional field only, not the item', () => {
    const long = 'x'.repeat(10_001);
    const result = validateDocument(
      doc({
        city: { name: 'Kota Contoh', vision: { id: long, en: long } },
        programmes: [
          programme({ id: 'one-language', summary: { id: long } }),
          programme({ id: 'two-languages', summary: { id: long, en: long } }),
          programme({ id: 'one-of-two', summary: { id: long, en: 'Short' } }),
          programme({ id: 'required-name', name: { id: 'x'.repeat(501) } }),
        ],
        quickWins: [quickWin({ id: 'q', description: { id: long, en: long } })],
      }),
    );
    expect(lines(result.issues)).to.have.members([
      'city.vision.id too-long warning field-dropped',
      'city.vision.en too-long warning field-dropped',
      'programmes[0].summary.id too-long warning field-dropped',
      'programmes[1].summary.id too-long warning field-dropped',
      'programmes[1].summary.en too-long warning field-dropped',
      'programmes[2].summary.id too-long warning field-dropped',
      'programmes[3].name.id too-long warning item-dropped',
      'quickWins[0].description.id too-long warning field-dropped',
      'quickWins[0].description.en too-long warning field-dropped',
    ]);
    const model = modelOf(result).document;
    expect(model.city, 'the city, which an empty vision used to reject').to.deep.equal({
      name: 'Kota Contoh',
    });
    expect(ids(model.programmes)).to.deep.equal(['one-language', 'two-languages', 'one-of-two']);
    expect(model.programmes?.[0]).to.not.have.property('summary');
    expect(model.programmes?.[1]).to.not.have.property('summary');
    expect(model.programmes?.[2]?.summary).to.deep.equal({ en: 'Short' });
    expect(ids(model.quickWins)).to.deep.equal(['q']);
    expect(model.quickWins?.[0]).to.not.have.property('description');
  });

  it('a required text too long in every language takes only the object that needs it, like a string', () => {
    const title = 'x'.repeat(501);
    const result = validateDocument(
      doc({
        evaluations: [
          evaluation({ year: 2023, sources: [{ title }, { title: 'Kept' }] }),
          evaluation({ year: 2024, sources: [{ title: { id: title, en: title } }, { title: 'Kept' }] }),
        ],
      }),
    );
    expect(lines(result.issues)).to.have.members([
      'evaluations[0].sources[0].title too-long warning field-dropped',
      'evaluations[1].sources[0].title.id too-long warning field-dropped',
      'evaluations[1].sources[0].title.en too-long warning field-dropped',
    ]);
    const evaluations = modelOf(result).document.evaluations;
    expect(evaluations?.map((each) => each.sources)).to.deep.equal([
      [{ title: 'Kept' }],
      [{ title: 'Kept' }],
    ]);
  });

  it('names the item each issue left out, which may be more than the value at its path', () => {
    const result = validateDocument(
      doc({
        evaluations: [
          evaluation({ year: 2023, sources: [{ title: 'S', date: '2023-13' }] }),
          evaluation({ year: 2024, aspects: [{ id: 'impact', score: 40 }] }),
          evaluation({ year: 2024 }),
        ],
        programmes: [programme({ id: 'a' }), programme({ id: 'a' }), programme({ id: 'b', dimension: 'x' })],
        quickWins: [
          quickWin({ evidence: [{ title: 'E', url: 'javascript:x' }] }),
          quickWin({ id: 'r', agency: 'nobody' }),
        ],
      }),
    );
    const items = result.issues.map((issue) => `${issue.path} ${issue.outcome} ${issue.item ?? '-'}`);
    expect(items).to.have.members([
      'evaluations[0].sources[0].date item-dropped evaluations[0]',
      'evaluations[1].aspects[0].score item-dropped evaluations[1].aspects[0]',
      'evaluations[2].year item-dropped evaluations[2]',
      'programmes[1].id item-dropped programmes[1]',
      'programmes[2].dimension item-dropped programmes[2]',
      // Nothing was left out around these: no item.
      'quickWins[0].evidence[0].url field-dropped -',
      'quickWins[1].agency reference-dropped -',
    ]);
  });

  it('a rejected city names itself as the item', () => {
    const result = validateDocument(doc({ city: { name: 42 } }));
    expect(result.issues.map((issue) => [issue.path, issue.outcome, issue.item])).to.deep.equal([
      ['city.name', 'rejected', 'city'],
    ]);
  });

  it('a list entry that is not an object is dropped with a type issue', () => {
    const result = validateDocument(doc({ programmes: [null, 'p', programme()] }));
    expect(lines(result.issues)).to.deep.equal([
      'programmes[0] type warning item-dropped',
      'programmes[1] type warning item-dropped',
    ]);
    expect(ids(modelOf(result).document.programmes)).to.deep.equal(['p']);
  });

  // One wrong value, one message: the reader should not see the same sentence twice.
  it('a date that is no day is reported once', () => {
    const result = validateDocument(doc({ programmes: [programme({ start: '2023-09-32' })] }));
    expect(lines(result.issues)).to.deep.equal(['programmes[0].start date warning item-dropped']);
  });

  // "2023-13" is no date; that it sorts after "2023-12" says nothing about the end.
  it('an invalid start is reported as a bad date only, not also as an end before the start', () => {
    const result = validateDocument(doc({ programmes: [programme({ start: '2023-13', end: '2023-12' })] }));
    expect(lines(result.issues)).to.deep.equal(['programmes[0].start date warning item-dropped']);
  });

  it('a date that matches the pattern but is not in the calendar is reported once', () => {
    const result = validateDocument(doc({ programmes: [programme({ start: '2023-02-29' })] }));
    expect(lines(result.issues)).to.deep.equal(['programmes[0].start date warning item-dropped']);
  });
});

describe('validateDocument: hostile documents', () => {
  it('validates as usual on a page whose old scripts added enumerable properties to Object.prototype', () => {
    // What old CMS plugins did. valibot walks object schemas with for…in, which met these too and
    // threw: every component showed "cannot be used".
    const expected = (['bekasi', 'partial', 'cohen'] as const).map((name) =>
      lines(validateDocument(copyOf(name)).issues),
    );
    const proto = Object.prototype as Record<string, unknown>;
    proto['polluted'] = 'x';
    proto['each'] = function each(): void {};
    try {
      const found = (['bekasi', 'partial', 'cohen'] as const).map((name) => validateDocument(copyOf(name)));
      expect(found.map((result) => result.model !== undefined)).to.deep.equal([true, true, true]);
      expect(found.map((result) => lines(result.issues))).to.deep.equal(expected);
    } finally {
      delete proto['polluted'];
      delete proto['each'];
    }
  });

  it('keeps the good items of a section with 130,000 bad ones, and reports each', () => {
    // More issues than V8 passes as arguments to one call: gathered with push(...issues), they
    // threw, and the whole document was "cannot be used".
    const bad = Array.from({ length: 130_000 }, (_, index) => ({ id: `q${index}` }));
    const good = { id: 'good', name: 'Baik', dimension: 'governance', status: 'planned' };
    const result = validateDocument({ schemaVersion: '1.0', quickWins: [good, ...bad] });
    expect(result.model?.document.quickWins?.map((quickWin) => quickWin.id)).to.deep.equal(['good']);
    expect(result.issues.length).to.be.at.least(130_000);
  });

  it('writes a key from the data in an issue’s path short, with its bidi controls escaped', () => {
    const key = `\u202e${'k'.repeat(100_000)}`;
    const document = copyOf('bekasi') as { agencies: Record<string, unknown>[] };
    document.agencies[0] = { ...document.agencies[0], name: { id: 'Dinas', [key]: 'Dinas' } };
    const result = validateDocument(document);
    // Not a language tag: the entry is reported under its key, which used to be written whole
    // (100,000 characters), its U+202E reversing the rest of the message on the page.
    const [path] = result.issues.map((issue) => issue.path);
    expect(path).to.match(/^agencies\[0\]\.name\["\\u202ek+…\]$/);
    expect(path!.length).to.be.below(100);
  });

  it('keeps markup in text verbatim, as strings (rendering is text-only)', () => {
    const result = validateDocument(hostileTextDocument());
    expect(lines(result.issues)).to.deep.equal([]);
    const model = modelOf(result);
    const city = model.document.city;
    expect(city?.id).to.equal(SCRIPT_PAYLOAD);
    expect(city?.name).to.deep.equal({ id: `Kota ${SCRIPT_PAYLOAD}`, en: `City ${SCRIPT_PAYLOAD}` });
    expect(city?.region).to.equal(SCRIPT_PAYLOAD);
    expect(city?.vision).to.equal(SCRIPT_PAYLOAD);
    expect(city?.links?.[0]?.href).to.equal('/ok');
    expect(model.framework.dimensions.map((dimension) => dimension.name)).to.deep.equal([
      { id: `Kota ${SCRIPT_PAYLOAD}`, en: `City ${SCRIPT_PAYLOAD}` },
      SCRIPT_PAYLOAD,
      SCRIPT_PAYLOAD,
    ]);
    expect((window as unknown as { __bekasiPwned?: boolean }).__bekasiPwned).to.equal(undefined);
  });

  it('drops every unsafe URL and colour, keeping only the https link', () => {
    const result = validateDocument(hostileUrlDocument());
    expect(lines(result.issues)).to.have.members([
      'city.logo.src url warning field-dropped',
      'city.image.src url warning field-dropped',
      'city.links[0].href url warning field-dropped',
      'city.links[1].href url warning field-dropped',
      'city.links[2].href url warning field-dropped',
      'city.links[3].href url warning field-dropped',
      'city.links[4].href url warning field-dropped',
      'city.colors.primary color warning field-dropped',
      'city.colors.accent color warning field-dropped',
    ]);
    expect(result.issues).to.have.length(9);
    const city = modelOf(result).document.city;
    expect(city?.name).to.equal('Kota Bekasi');
    expect(city?.logo).to.equal(undefined);
    expect(city?.image).to.equal(undefined);
    expect(city?.links).to.deep.equal([{ label: 'Safe', href: 'https://bekasikota.go.id/' }]);
    expect(city?.colors?.primary).to.equal(undefined);
    expect(city?.colors?.accent).to.equal(undefined);
    expect(JSON.stringify(city)).to.not.match(/javascript|vbscript|data:|expression/i);
  });

  it('drops a list inside an item with more than 50 entries on its own, keeping the item', () => {
    // 100,000 milestones were drawn as 100,000 marks in one timeline row, evidence as as many links.
    const milestones = Array.from({ length: 100_000 }, (_, index) => ({
      date: '2024-01',
      title: `Tahap ${index}`,
    }));
    const sources = (count: number) => Array.from({ length: count }, (_, index) => ({ title: `S${index}` }));
    const links = Array.from({ length: 51 }, (_, index) => ({ label: `L${index}`, href: `/l${index}` }));
    const result = validateDocument(
      doc({
        city: { name: 'Kota Contoh', links },
        programmes: [
          programme({ id: 'many-milestones', milestones }),
          programme({ id: 'fifty-sources', sources: sources(50) }),
          programme({ id: 'partners', partners: Array.from({ length: 51 }, (_, index) => `opd-${index}`) }),
        ],
        quickWins: [quickWin({ id: 'q', evidence: sources(51) })],
        evaluations: [evaluation({ sources: sources(51) })],
      }),
    );
    expect(lines(result.issues)).to.have.members([
      'city.links too-many warning field-dropped',
      'programmes[0].milestones too-many warning field-dropped',
      'programmes[2].partners too-many warning field-dropped',
      'quickWins[0].evidence too-many warning field-dropped',
      'evaluations[0].sources too-many warning field-dropped',
    ]);
    const milestoneIssue = result.issues.find((issue) => issue.path === 'programmes[0].milestones');
    expect(milestoneIssue?.params).to.deep.equal({ limit: 50 });
    expect(milestoneIssue?.value).to.equal('[…] (100000)');
    const model = modelOf(result).document;
    expect(model.city).to.deep.equal({ name: 'Kota Contoh' });
    expect(ids(model.programmes)).to.deep.equal(['many-milestones', 'fifty-sources', 'partners']);
    expect(model.programmes?.[0]).to.not.have.property('milestones');
    expect(model.programmes?.[1]?.sources, 'fifty is allowed').to.have.length(50);
    expect(model.programmes?.[2]).to.not.have.property('partners');
    expect(model.quickWins?.[0]).to.not.have.property('evidence');
    expect(model.evaluations?.[0]).to.not.have.property('sources');
  });

  it('drops a framework’s and a dimension score’s over-long lists on their own, keeping both', () => {
    const many = (make: (index: number) => unknown) => Array.from({ length: 51 }, (_, index) => make(index));
    const result = validateDocument(
      doc({
        framework: {
          levels: many((index) => ({ min: index, label: `Level ${index}` })),
          dimensions: [
            { id: 'a', name: 'A', aliases: many((index) => `a${index}`) },
            { id: 'b', name: 'B', elements: many((index) => ({ id: `e${index}`, name: `E${index}` })) },
            { id: 'c', name: 'C' },
          ],
        },
        evaluations: [
          {
            year: 2024,
            dimensions: [
              { dimension: 'a', score: 2, elements: many((index) => ({ element: `e${index}`, score: 1 })) },
            ],
          },
        ],
      }),
    );
    expect(lines(result.issues)).to.have.members([
      'framework.levels too-many warning field-dropped',
      'framework.dimensions[0].aliases too-many warning field-dropped',
      'framework.dimensions[1].elements too-many warning field-dropped',
      'evaluations[0].dimensions[0].elements too-many warning field-dropped',
    ]);
    const model = modelOf(result);
    expect(ids(model.framework.dimensions)).to.deep.equal(['a', 'b', 'c']);
    expect(model.framework.dimensions[1]).to.not.have.property('elements');
    expect(model.document.evaluations?.[0]?.dimensions).to.deep.equal([{ dimension: 'a', score: 2 }]);
  });

  it('an over-long list next to another broken field drops the whole item, reporting both', () => {
    const milestones = Array.from({ length: 51 }, () => ({ date: '2024', title: 'T' }));
    const result = validateDocument(doc({ programmes: [programme({ milestones, progress: 150 })] }));
    expect(lines(result.issues)).to.have.members([
      'programmes[0].milestones too-many warning item-dropped',
      'programmes[0].progress percentage warning item-dropped',
    ]);
    expect(modelOf(result).document.programmes).to.deep.equal([]);
  });

  it('drops a 2 MB tagline as too long, keeping the city', () => {
    const result = validateDocument(hugeTaglineDocument());
    expect(lines(result.issues)).to.deep.equal(['city.tagline too-long warning field-dropped']);
    expect(result.issues[0]?.params).to.deep.equal({ limit: 10_000 });
    expect(result.issues[0]?.value?.length).to.be.at.most(60);
    const city = modelOf(result).document.city;
    expect(city).to.deep.equal({ name: 'Kota Bekasi' });
  });

  it('a document with 10,000-deep nesting in unknown fields validates without throwing', () => {
    const parsed: unknown = JSON.parse(deeplyNestedJson());
    let result: ValidationResult | undefined;
    expect(() => (result = validateDocument(parsed))).to.not.throw();
    expect(result?.issues).to.deep.equal([]);
    expect(result?.model?.document).to.deep.equal({ schemaVersion: '1.0', city: { name: 'Kota Bekasi' } });
  });

  it('a city name nested 10,000 levels deep rejects the city with a clear issue', () => {
    const parsed: unknown = JSON.parse(deeplyNestedName());
    let result: ValidationResult | undefined;
    expect(() => (result = validateDocument(parsed))).to.not.throw();
    const checked = result as ValidationResult;
    expect(modelOf(checked).document.city).to.equal(undefined);
    expect(checked.issues.length).to.be.within(1, 3);
    const issue = checked.issues[0] as DataIssue;
    expect(issue.path.startsWith('city.name'), issue.path).to.equal(true);
    expect(issue).to.include({ severity: 'error', outcome: 'rejected', section: 'city' });
    expect(issue.value?.length ?? 0).to.be.at.most(60);
    expect(blockingIssue(checked, ['city'], ['city'])).to.equal(issue);
  });

  it('validates a 10,000-programme document completely', () => {
    const dimensions = ['governance', 'branding', 'economy', 'living', 'society', 'environment'];
    const statuses = ['planned', 'in_progress', 'completed', 'on_hold', 'cancelled'];
    const programmes = Array.from({ length: 10_000 }, (_, index) =>
      programme({
        id: `p-${index}`,
        name: { id: `Program ${index}`, en: `Programme ${index}` },
        dimension: dimensions[index % dimensions.length],
        agency: 'dinas',
        start: `${2000 + (index % 20)}-${String((index % 12) + 1).padStart(2, '0')}`,
        end: `${2021 + (index % 5)}`,
        status: statuses[index % statuses.length],
        progress: index % 101,
        milestones: [{ date: '2021-01-15', title: 'M', done: index % 2 === 0 }],
      }),
    );
    const result = validateDocument(doc({ agencies: [{ id: 'dinas', name: 'Dinas' }], programmes }));
    expect(result.issues).to.deep.equal([]);
    const kept = modelOf(result).document.programmes ?? [];
    expect(kept).to.have.length(10_000);
    expect(kept[9_999]?.id).to.equal('p-9999');
    expect(kept[6]?.dimension).to.equal('governance');
  });
});

describe('blockingIssue', () => {
  it("reports a missing section the component needs as 'missing-section'", () => {
    const result = validateDocument(copyOf('minimal'));
    expect(blockingIssue(result, ['programmes'], ['programmes', 'framework'])).to.deep.equal({
      code: 'missing-section',
      path: 'programmes',
      severity: 'error',
      outcome: 'rejected',
      section: 'programmes',
    });
    expect(blockingIssue(result, ['city', 'quickWins'], ['city', 'quickWins'])?.path).to.equal('quickWins');
    expect(blockingIssue(result, ['city'], ['city', 'framework'])).to.equal(undefined);
  });

  it("reports a required list whose every item was left out as 'empty-section', and an empty one not", () => {
    const programmes = [{ id: 'a' }, { id: 'b' }];
    const emptied = validateDocument({ ...copyOf('minimal'), programmes });
    expect(emptied.issues.every((issue) => issue.outcome === 'item-dropped')).to.equal(true);
    expect(modelOf(emptied).document.programmes).to.deep.equal([]);
    expect(blockingIssue(emptied, ['programmes'], ['programmes', 'framework'])).to.deep.equal({
      code: 'empty-section',
      path: 'programmes',
      severity: 'error',
      outcome: 'rejected',
      section: 'programmes',
    });
    // Another component that does not need the section is not stopped by it.
    expect(blockingIssue(emptied, ['city'], ['city', 'framework'])).to.equal(undefined);
    const none = validateDocument({ ...copyOf('minimal'), programmes: [] });
    expect(blockingIssue(none, ['programmes'], ['programmes', 'framework'])).to.equal(undefined);
    // An object section with a field left out (an unsafe link) is not an emptied list.
    const city = validateDocument({
      ...copyOf('minimal'),
      city: { name: 'Kota Bekasi', colors: { primary: 'red' } },
    });
    expect(city.issues.map((issue) => issue.outcome)).to.deep.equal(['field-dropped']);
    expect(blockingIssue(city, ['city'], ['city', 'framework'])).to.equal(undefined);
  });

  it('warnings do not block; with strict, any warning in a used section does', () => {
    const result = validateDocument(copyOf('partial'));
    expect(blockingIssue(result, ['programmes'], ['programmes', 'framework'])).to.equal(undefined);
    expect(blockingIssue(result, ['programmes'], ['programmes', 'framework'], true)?.path).to.equal(
      'programmes[1].start',
    );
    expect(blockingIssue(result, ['city'], ['city'], true)?.path).to.equal('city.logo.src');
    expect(blockingIssue(result, ['quickWins'], ['quickWins'], true)?.path).to.equal('quickWins[1].progress');
  });

  it('strict ignores warnings in sections the component does not use', () => {
    const input = copyOf('partial');
    input['programmes'] = [];
    input['quickWins'] = [];
    input['agencies'] = [];
    input['evaluations'] = [];
    const result = validateDocument(input);
    expect(blockingIssue(result, ['programmes'], ['programmes'], true)).to.equal(undefined);
    expect(blockingIssue(result, ['city'], ['city'], true)?.section).to.equal('city');
  });

  it('strict blocks nothing on a clean document', () => {
    expect(
      blockingIssue(
        validateDocument(copyOf('bekasi')),
        ['city', 'programmes'],
        ['city', 'programmes', 'framework'],
        true,
      ),
    ).to.equal(undefined);
  });

  it('a document-level error blocks every component', () => {
    const result = validateDocument(copyOf('versionTwo'));
    for (const section of ['city', 'programmes', 'quickWins', 'evaluations'] as const) {
      expect(blockingIssue(result, [section], [section])?.code, section).to.equal('unsupported-version');
    }
  });

  it('an unusable document blocks even a component that does not use the broken section', () => {
    const result = validateDocument(doc({ city: { name: 'X' }, framework: { dimensions: 'six' } }));
    expect(result.model).to.equal(undefined);
    expect(blockingIssue(result, ['city'], ['city'])?.severity).to.equal('error');
  });
});

describe('issuesForSections', () => {
  it('keeps the issues of the given sections and document-level ones', () => {
    const { issues } = validateDocument(copyOf('partial'));
    expect(issuesForSections(issues, ['city']).map((issue) => issue.path)).to.deep.equal([
      'city.logo.src',
      'city.colors.secondary',
      'city.links[1].href',
    ]);
    expect(issuesForSections(issues, ['programmes', 'quickWins']).map((issue) => issue.path)).to.have.members(
      ['programmes[1].start', 'programmes[2].end', 'programmes[3].dimension', 'quickWins[1].progress'],
    );
    expect(issuesForSections(issues, [])).to.deep.equal([]);
    expect(issuesForSections(issues, ['framework'])).to.deep.equal([]);
    const documentLevel: DataIssue = { code: 'not-object', path: '', severity: 'error', outcome: 'rejected' };
    expect(issuesForSections([...issues, documentLevel], ['framework'])).to.deep.equal([documentLevel]);
  });
});

describe('validateDocument memoisation', () => {
  it('returns the same result for the same object and base URL', () => {
    const input = copyOf('bekasi');
    const first = validateDocument(input);
    expect(validateDocument(input)).to.equal(first);
    expect(validateDocument(input, {})).to.equal(first);
  });

  it('returns a different result for a different base URL, each remembered', () => {
    const input = copyOf('bekasi');
    const page = validateDocument(input);
    const a = validateDocument(input, { baseUrl: 'https://a.example/data/bekasi.json' });
    const b = validateDocument(input, { baseUrl: 'https://b.example/bekasi.json' });
    expect(a).to.not.equal(page);
    expect(b).to.not.equal(a);
    expect(a.model?.baseUrl).to.equal('https://a.example/data/bekasi.json');
    expect(b.model?.baseUrl).to.equal('https://b.example/bekasi.json');
    expect(page.model?.baseUrl).to.equal(undefined);
    expect(validateDocument(input, { baseUrl: 'https://a.example/data/bekasi.json' })).to.equal(a);
  });

  it('validates an equal but different object afresh', () => {
    const first = validateDocument(copyOf('minimal'));
    const second = validateDocument(copyOf('minimal'));
    expect(second).to.not.equal(first);
    expect(second.model?.document).to.deep.equal(first.model?.document);
  });
});

describe('validateDocument: documents the library parsed itself', () => {
  /** A document with an alias, unknown references and a bad item: what the checks correct. */
  const corrected = (): Json =>
    doc({
      agencies: [{ id: 'known', name: 'Known' }],
      programmes: [
        programme({ id: 'a', dimension: 'government', agency: 'ghost', partners: ['known', 'nobody'] }),
        programme({ id: 'b', elements: ['no-such-element'] }),
        programme({ id: 'c', start: '2023-02-30' }),
      ],
      quickWins: [
        quickWin({ id: 'q1', agency: 'ghost', programme: 'nowhere' }),
        quickWin({
          id: 'q2',
          kpi: { name: 'Waktu', unit: 'jam', baseline: 10, target: 20, direction: 'decrease' },
        }),
        quickWin({ id: 'q3', kpi: { name: 'Titik', unit: 'titik', baseline: 0, target: 50, actual: 20 } }),
      ],
    });

  it('gives the same model and issues as the copy of a page’s document, for every fixture', () => {
    for (const [name, document] of [
      ...Object.entries(documents),
      ['corrected', corrected()],
      ['hostile text', hostileTextDocument()],
      ['hostile URLs', hostileUrlDocument()],
      ['hostile quick wins', hostileQuickWinsDocument()],
      ['300 quick wins', manyQuickWinsDocument(300)],
      ['300 programmes', manyProgrammesDocument(300)],
    ] as const) {
      const text = JSON.stringify(document);
      const copied = validateDocument(JSON.parse(text));
      const kept = validateDocument(ownDocument(JSON.parse(text)));
      expect(kept.issues, name).to.deep.equal(copied.issues);
      // Deeply equal; a kept item's keys are in the order its JSON wrote them.
      expect(kept.model?.document, name).to.deep.equal(copied.model?.document);
    }
  });

  it('shares what lies inside its valid items, corrects them on copies, and never changes the document', () => {
    const raw = ownDocument(JSON.parse(JSON.stringify(corrected()))) as Json;
    const before = JSON.stringify(raw);
    const model = modelOf(validateDocument(raw)).document;
    expect(JSON.stringify(raw), 'the document as parsed').to.equal(before);
    const rawProgrammes = raw['programmes'] as Json[];
    const rawQuickWins = raw['quickWins'] as Json[];
    // Each item's top level is copied, for the checks to correct; what lies deeper is shared.
    expect(model.programmes?.[0]).to.not.equal(rawProgrammes[0]);
    expect(model.programmes?.[0]?.name).to.equal(rawProgrammes[0]?.['name']);
    expect(model.quickWins?.[2]?.kpi).to.equal(rawQuickWins[2]?.['kpi']);
    // Corrected in the model: the alias read as its id, unknown references gone.
    expect(model.programmes?.[0]).to.include({ dimension: 'governance' }).and.not.have.property('agency');
    expect(model.programmes?.[0]?.partners).to.deep.equal(['known']);
    expect(model.quickWins?.[1]?.kpi).to.not.have.property('direction');
    expect(model.quickWins?.[0]).to.not.have.property('agency');
    expect(ids(model.programmes)).to.deep.equal(['a', 'b']);
  });

  it('reads a document the page derives from a loaded one on its own terms, shown first or not', () => {
    const withGhost = (document: Json): Json => ({
      ...document,
      agencies: [...(document['agencies'] as Json[]), { id: 'ghost', name: 'Ghost' }],
    });
    const text = JSON.stringify(corrected());
    const unseen = validateDocument(withGhost(ownDocument(JSON.parse(text)) as Json));
    const loaded = ownDocument(JSON.parse(text)) as Json;
    validateDocument(loaded);
    const derived = validateDocument(withGhost(loaded));
    expect(lines(derived.issues)).to.deep.equal(lines(unseen.issues));
    expect(modelOf(derived).document).to.deep.equal(modelOf(unseen).document);
    // The agency the page added is known to the derived document; the direction is still wrong.
    expect(modelOf(derived).document.programmes?.[0]).to.include({ agency: 'ghost' });
    expect(modelOf(derived).document.quickWins?.[0]).to.include({ agency: 'ghost' });
    expect(lines(derived.issues)).to.include('quickWins[1].kpi.direction direction warning field-dropped');
  });

  it('reports the same issues under another base URL, from the one check of each section', () => {
    const raw = ownDocument(JSON.parse(JSON.stringify(corrected())));
    const first = validateDocument(raw, { baseUrl: 'https://kota.example/data.json' });
    const second = validateDocument(raw, { baseUrl: 'https://mirror.example/data.json' });
    expect(lines(first.issues)).to.have.length(7);
    expect(lines(second.issues)).to.deep.equal(lines(first.issues));
    expect(modelOf(second).baseUrl).to.equal('https://mirror.example/data.json');
    expect(modelOf(second).document.programmes).to.deep.equal(modelOf(first).document.programmes);
  });

  it('copies a document the page gives: a change the page makes in it later does not reach the model', () => {
    const given = manyQuickWinsDocument(5);
    const first = modelOf(validateDocument(given)).document.quickWins?.[0];
    const quickWin = (given['quickWins'] as Json[])[0] as Json;
    expect(first).to.not.equal(quickWin);
    const name = first?.name;
    quickWin['name'] = SCRIPT_PAYLOAD;
    ((quickWin['kpi'] as Json)['history'] as Json[]).push({ date: 'soon', value: -1 });
    const again = modelOf(validateDocument(given)).document.quickWins?.[0];
    expect(again?.name).to.deep.equal(name);
    expect(again?.kpi?.history?.some((entry) => entry.date === 'soon')).to.equal(false);
  });

  it('keeps what it loads from a URL and what it reads from inline JSON', async () => {
    clearLoaderCache();
    const { json } = await loadDocument('/public/data/bekasi.json');
    const loaded = modelOf(validateDocument(json)).document;
    const parsed = json as { quickWins: Json[]; programmes: Json[] };
    // Shared, not rebuilt: what lies inside an item is the parsed document's own.
    expect(loaded.quickWins?.[0]?.name).to.be.an('object').and.equal(parsed.quickWins[0]?.['name']);
    expect(loaded.programmes?.[0]?.name).to.be.an('object').and.equal(parsed.programmes[0]?.['name']);

    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(manyQuickWinsDocument(3));
    const inline = stateFromInlineScript(script).document as { quickWins: Json[] };
    expect(modelOf(validateDocument(inline)).document.quickWins?.[2]?.kpi)
      .to.be.an('object')
      .and.equal(inline.quickWins[2]?.['kpi']);
  });

  it('reads a document of its own that the page has frozen as it reads a copy', () => {
    // A page may freeze what loadDocument gave it (immer does): validation must not write to it,
    // not even a value it already holds.
    for (const [name, document] of [
      ...Object.entries(documents),
      ['corrected', corrected()],
      ['hostile quick wins', hostileQuickWinsDocument()],
      ['300 programmes', manyProgrammesDocument(300)],
    ] as const) {
      const text = JSON.stringify(document);
      const copied = validateDocument(JSON.parse(text));
      const frozen = validateDocument(deepFreeze(ownDocument(JSON.parse(text))));
      expect(lines(frozen.issues), name).to.deep.equal(lines(copied.issues));
      expect(frozen.model?.document, name).to.deep.equal(copied.model?.document);
    }
  });

  it('adds nothing to a document of its own on a page whose scripts gave Object.prototype a field', () => {
    const proto = Object.prototype as Record<string, unknown>;
    Object.defineProperty(proto, 'url', {
      value: 'https://example.org/',
      configurable: true,
      writable: true,
    });
    try {
      const raw = ownDocument(JSON.parse(JSON.stringify(corrected()))) as { programmes: Json[] };
      validateDocument(raw);
      expect(raw.programmes.map((item) => Object.hasOwn(item, 'url'))).to.deep.equal([false, false, false]);
    } finally {
      delete proto['url'];
    }
  });

  it('marks only objects: a parsed number or null is returned as it is and refused as usual', () => {
    for (const text of ['3', 'null', '"text"', 'true']) {
      const parsed: unknown = ownDocument(JSON.parse(text));
      expect(parsed, text).to.equal(JSON.parse(text));
      expect(lines(validateDocument(parsed).issues), text).to.deep.equal([' not-object error rejected']);
    }
  });
});
