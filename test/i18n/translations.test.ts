import '../setup.js';
import { expect } from '@open-wc/testing';
import type { DataIssue, IssueCode, IssueOutcome } from '../../src/data/issues.js';
import { validateDocument } from '../../src/data/validate.js';
import { bannerStrings } from '../../src/components/banner/banner.strings.js';
import { quickWinsStrings } from '../../src/components/quick-wins/quick-wins.strings.js';
import { scorecardStrings } from '../../src/components/scorecard/scorecard.strings.js';
import { timelineStrings } from '../../src/components/timeline/timeline.strings.js';
import {
  componentStrings,
  en,
  fill,
  formatIssue,
  id,
  onTranslationsChanged,
  registerTranslation,
  shownLanguage,
  textDirection,
  translationFor,
  type Translation,
} from '../../src/i18n/index.js';
import { SCRIPT_PAYLOAD, fixture as copyOf } from '../fixtures/index.js';
import { ar } from '../fixtures/translations/ar.js';
import { gaps, GAPS_CODE } from '../fixtures/translations/gaps.js';

// Every IssueCode, checked by the compiler: adding a code to issues.ts without adding it here
// fails `tsc`, so the test below always covers all of them.
const ISSUE_CODES: Record<IssueCode, true> = {
  'not-json': true,
  'not-object': true,
  'schema-version': true,
  'unsupported-version': true,
  'missing-section': true,
  'empty-section': true,
  type: true,
  required: true,
  text: true,
  'too-long': true,
  'too-many': true,
  'empty-text': true,
  'language-tag': true,
  date: true,
  timestamp: true,
  url: true,
  color: true,
  id: true,
  number: true,
  integer: true,
  positive: true,
  'non-negative': true,
  percentage: true,
  year: true,
  status: true,
  health: true,
  direction: true,
  boolean: true,
  currency: true,
  list: true,
  scale: true,
  'dimensions-count': true,
  'end-before-start': true,
  'duplicate-id': true,
  'unknown-dimension': true,
  'unknown-element': true,
  'unknown-agency': true,
  'unknown-programme': true,
  'score-range': true,
  invalid: true,
};
const codes = Object.keys(ISSUE_CODES) as IssueCode[];

const OUTCOMES: Record<IssueOutcome, true> = {
  rejected: true,
  'item-dropped': true,
  'field-dropped': true,
  'reference-dropped': true,
};
const outcomes = Object.keys(OUTCOMES) as IssueOutcome[];

type LoadErrorKey = keyof Translation['loadError'];
const LOAD_ERRORS: Record<LoadErrorKey, true> = {
  network: true,
  refused: true,
  timeout: true,
  http: true,
  'not-json': true,
  'html-instead-of-json': true,
  'too-large': true,
  aborted: true,
  'no-data': true,
};
const loadErrors = Object.keys(LOAD_ERRORS) as LoadErrorKey[];

/** Every parameter any message may use. */
const sampleParams = {
  value: '"2023-13"',
  found: '2.0',
  supported: '1.x',
  expected: 'Object',
  limit: 500,
  min: 0,
  max: 4,
  detail: 'Unexpected token } in JSON at position 42',
  url: 'https://data.example.org/bekasi.json',
  status: 503,
};

/** No "undefined", "NaN", "[object Object]" or empty placeholder leaked into a sentence. */
function expectWellFormed(text: string, label: string): void {
  expect(text, label).to.be.a('string');
  expect(text.trim().length, label).to.be.greaterThan(0);
  expect(text, label).to.not.match(/undefined|NaN|\[object Object\]|\$\{|\bnull\b/);
}

const builtIn: [string, Translation][] = [
  ['id', id],
  ['en', en],
];

for (const [name, translation] of builtIn) {
  describe(`translation "${name}"`, () => {
    it('has its own code and name', () => {
      expect(translation.$code).to.equal(name);
      expectWellFormed(translation.$name, '$name');
    });

    it('has a non-empty sentence for every issue code, with and without params', () => {
      for (const code of codes) {
        const template = translation.issue[code];
        expect(template, code).to.be.a('string');
        expectWellFormed(fill(template, sampleParams), code);
        expect(fill(template, {}), `${code} without params`).to.be.a('string').and.not.equal('');
        // Only placeholders the validator fills.
        for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
          expect(
            ['limit', 'min', 'max', 'found', 'supported', 'expected', 'detail', 'value'],
            code,
          ).to.include(name);
        }
      }
    });

    it('uses the facts a message is about', () => {
      const say = (code: IssueCode) => fill(translation.issue[code], sampleParams);
      expect(say('unsupported-version')).to.contain('2.0').and.contain('1.x');
      expect(say('score-range')).to.contain('0').and.contain('4');
      expect(say('too-long')).to.contain('500');
      expect(say('too-many')).to.contain('500');
      // The parser's own words are English and quote the JSON: a citizen's message leaves them out.
      expect(say('not-json')).to.not.contain('position 42');
      expect(fill(translation.found, sampleParams)).to.contain('"2023-13"');
    });

    it('has a non-empty sentence for every outcome', () => {
      for (const outcome of outcomes) {
        expectWellFormed(fill(translation.outcome[outcome], { item: 'evaluations[0]' }), outcome);
        for (const [, name] of translation.outcome[outcome].matchAll(/\{(\w+)\}/g)) {
          expect(['item'], outcome).to.include(name);
        }
      }
      // The sentence for a dropped item names it.
      expect(fill(translation.outcome['item-dropped'], { item: 'evaluations[0]' })).to.contain(
        'evaluations[0]',
      );
    });

    it('has a non-empty sentence for every load error', () => {
      for (const key of loadErrors) {
        expect(translation.loadError[key], key).to.be.a('string');
        expectWellFormed(fill(translation.loadError[key], sampleParams), key);
      }
      expect(fill(translation.loadError.http, sampleParams)).to.contain('503').and.contain(sampleParams.url);
      expect(fill(translation.loadError.network, sampleParams)).to.contain(sampleParams.url);
    });

    it('has every other string', () => {
      for (const key of ['loading', 'retry', 'errorTitle', 'dataUpdated'] as const) {
        expectWellFormed(translation[key], key);
      }
      expect(fill(translation.staleData, { age: '5 menit yang lalu' })).to.contain('5 menit yang lalu');
      expect(fill(translation.dataAsOf, { date: '1 November 2026' })).to.contain('1 November 2026');
    });

    it('has the components’ strings, each well formed', () => {
      const language = name as 'id' | 'en';
      for (const strings of [bannerStrings[language], scorecardStrings[language]]) {
        for (const [key, template] of Object.entries(strings)) {
          expectWellFormed(
            fill(template, { city: 'Kota Bekasi', year: 2024, score: '3,60', max: '4,00' }),
            key,
          );
        }
      }
      expect(componentStrings(name, 'banner', bannerStrings)).to.equal(bannerStrings[language]);
      expect(componentStrings(`${name}-XX`, 'scorecard', scorecardStrings)).to.equal(
        scorecardStrings[language],
      );
    });
  });
}

describe('the two built-in translations', () => {
  it('differ (the English one is not the Indonesian one copied)', () => {
    for (const code of codes) {
      expect(fill(en.issue[code], sampleParams), code).to.not.equal(fill(id.issue[code], sampleParams));
    }
    expect(en.loading).to.not.equal(id.loading);
    expect(bannerStrings.en.strategy).to.not.equal(bannerStrings.id.strategy);
  });
});

/** Every string of `reference` by its path (`quickWins.sorts.-due`), nested objects flattened. */
function stringsOf(reference: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(reference)) {
    if (typeof value === 'string') found.set(prefix + key, value);
    else if (value && typeof value === 'object') {
      for (const [path, text] of stringsOf(value as object, `${prefix}${key}.`)) found.set(path, text);
    }
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();

describe('the sample Arabic translation (tests and Storybook)', () => {
  const english = stringsOf({
    ...en,
    banner: bannerStrings.en,
    scorecard: scorecardStrings.en,
    quickWins: quickWinsStrings.en,
    timeline: timelineStrings.en,
  });
  const arabic = stringsOf(ar);

  it('says it runs right to left', () => {
    expect([ar.$code, ar.$dir, textDirection(ar)]).to.deep.equal(['ar', 'rtl', 'rtl']);
  });

  it('has every string the English has, and no other, each with the same placeholders', () => {
    expect([...arabic.keys()].filter((path) => path !== '$dir').sort()).to.deep.equal(
      [...english.keys()].sort(),
    );
    for (const [path, text] of english) {
      if (path === '$code' || path === '$name') continue;
      const translated = arabic.get(path) ?? '';
      expectWellFormed(translated, path);
      expect(placeholders(translated), path).to.deep.equal(placeholders(text));
      // Written in Arabic, not left in English (a word or two of JSON may stay as it is).
      if (/[a-z]/i.test(text.replace(/\{\w+\}/g, ''))) expect(translated, path).to.match(/[\u0600-\u06ff]/);
    }
  });

  it('is used, once registered, for every component’s strings', () => {
    registerTranslation(ar);
    expect(translationFor('ar-EG')).to.deep.equal(ar);
    expect(componentStrings('ar', 'quickWins', quickWinsStrings)).to.equal(ar.quickWins);
    expect(componentStrings('ar', 'timeline', timelineStrings)).to.equal(ar.timeline);
  });
});

describe('fill', () => {
  it('fills placeholders and leaves nothing of a missing one', () => {
    expect(fill('{a} and {b}', { a: 1 })).to.equal('1 and ');
    expect(fill('no placeholders', { a: 1 })).to.equal('no placeholders');
    expect(fill('{a}', { a: '<b>' })).to.equal('<b>');
  });

  it('writes numbers in a language only when given one, so years stay as they are', () => {
    expect(fill('{a} in {year}', { a: 10000, year: 2022 })).to.equal('10000 in 2022');
    expect(fill('{a}, {b}', { a: 10000, b: 0.5 }, 'id')).to.equal('10.000, 0,5');
    expect(fill('{a}, {b}', { a: 10000, b: 0.5 }, 'en')).to.equal('10,000, 0.5');
    // A malformed language tag from a registered translation falls back instead of throwing.
    expect(fill('{a}', { a: 10000 }, 'not a tag!')).to.equal('10.000');
  });
});

describe('componentStrings', () => {
  it('takes a registered translation’s component strings, else the built-in ones', () => {
    const su = {
      ...id,
      $code: 'su',
      $name: 'Basa Sunda',
      banner: { ...bannerStrings.id, strategy: 'Strategi (su)' },
    };
    registerTranslation(su);
    expect(componentStrings('su', 'banner', bannerStrings).strategy).to.equal('Strategi (su)');
    // No scorecard strings in it: the built-in Indonesian ones.
    expect(componentStrings('su', 'scorecard', scorecardStrings)).to.equal(scorecardStrings.id);
    expect(componentStrings('fr', 'banner', bannerStrings)).to.equal(bannerStrings.id);
  });

  it('lays a registered group over the built-in strings, once: the same object on every render', () => {
    registerTranslation(gaps);
    const tracker = componentStrings(GAPS_CODE, 'quickWins', quickWinsStrings);
    expect(tracker.heading).to.equal('Quick wins');
    expect(tracker.status).to.deep.equal({ ...quickWinsStrings.id.status, completed: 'Voltooid' });
    expect(tracker.health).to.deep.equal(quickWinsStrings.id.health);
    expect(tracker.summary).to.equal(quickWinsStrings.id.summary);
    // Views are cached by their strings: a new object on each render would derive them again.
    expect(componentStrings(GAPS_CODE, 'quickWins', quickWinsStrings)).to.equal(tracker);
    const timeline = componentStrings(GAPS_CODE, 'timeline', timelineStrings);
    expect(timeline.status).to.deep.equal(timelineStrings.id.status);
    expect(timeline.groups).to.deep.equal({ ...timelineStrings.id.groups, agency: 'Dienst' });
    const scorecard = componentStrings(GAPS_CODE, 'scorecard', scorecardStrings);
    expect([scorecard.overall, scorecard.up]).to.deep.equal(['Totaalscore', scorecardStrings.id.up]);
    expect(componentStrings(GAPS_CODE, 'banner', bannerStrings).dimensions).to.equal(
      bannerStrings.id.dimensions,
    );
  });
});

describe('translationFor', () => {
  it('finds the exact tag, case-insensitively', () => {
    expect(translationFor('en')).to.equal(en);
    expect(translationFor('EN')).to.equal(en);
    expect(translationFor('id')).to.equal(id);
  });

  it('falls back to the base language', () => {
    expect(translationFor('en-GB')).to.equal(en);
    expect(translationFor('en-US')).to.equal(en);
    expect(translationFor('id-ID')).to.equal(id);
  });

  it('falls back to Indonesian for anything unknown', () => {
    expect(translationFor('fr')).to.equal(id);
    expect(translationFor('zz-Latn')).to.equal(id);
    expect(translationFor('')).to.equal(id);
    expect(translationFor('not a language')).to.equal(id);
  });
});

describe('shownLanguage', () => {
  it('keeps a language with a translation, region and all, for writing its numbers and dates', () => {
    expect(shownLanguage('en-GB')).to.equal('en-GB');
    expect(shownLanguage('EN')).to.equal('EN');
    expect(shownLanguage('id-ID')).to.equal('id-ID');
  });

  it('drops a broken region from a known language, since Intl takes only well-formed tags', () => {
    expect(shownLanguage('id-')).to.equal('id');
    expect(shownLanguage('en-!')).to.equal('en');
    expect(shownLanguage('en-GB-')).to.equal('en');
    expect(shownLanguage('-')).to.equal('id');
  });

  it('shows Indonesian, and says so, for a language without a translation', () => {
    for (const tag of ['fr', 'he', 'jv', 'zz-Latn', '', 'not a language']) {
      expect(shownLanguage(tag), tag).to.equal('id');
    }
  });
});

describe('textDirection', () => {
  const as = (code: string, dir?: 'ltr' | 'rtl'): Translation => ({ ...id, $code: code, $dir: dir });

  it('runs the built-in languages left to right', () => {
    expect(textDirection(id)).to.equal('ltr');
    expect(textDirection(en)).to.equal('ltr');
  });

  it('runs a translation that says nothing left to right, whatever its language', () => {
    expect(textDirection(as('he'))).to.equal('ltr');
  });

  it('takes the direction a translation declares', () => {
    expect(textDirection(as('ar', 'ltr'))).to.equal('ltr');
    expect(textDirection(as('x-pseudo', 'rtl'))).to.equal('rtl');
  });
});

describe('registerTranslation', () => {
  it('adds a language and tells the listeners, until they unsubscribe', () => {
    const javanese: Translation = { ...id, $code: 'jv', $name: 'Basa Jawa', loading: 'Ngemot data…' };
    let calls = 0;
    let seen: Translation | undefined;
    const stop = onTranslationsChanged(() => {
      calls += 1;
      seen = translationFor('jv');
    });
    expect(translationFor('jv')).to.equal(id);

    registerTranslation(javanese);
    expect(calls).to.equal(1);
    expect(seen, 'registered before listeners run').to.deep.equal(javanese);
    expect(translationFor('jv')).to.deep.equal(javanese);
    expect(translationFor('JV-Latn')).to.equal(translationFor('jv'));
    expect(translationFor('jv').loading).to.equal('Ngemot data…');

    stop();
    registerTranslation({ ...javanese, loading: 'Ngemot…' });
    expect(calls).to.equal(1);
    expect(translationFor('jv').loading).to.equal('Ngemot…');
  });

  it('registers several at once with one notification, keyed in lower case', () => {
    let calls = 0;
    const stop = onTranslationsChanged(() => (calls += 1));
    registerTranslation({ ...en, $code: 'en-AU' }, { ...en, $code: 'SU' });
    stop();
    expect(calls).to.equal(1);
    expect(translationFor('en-au').$code).to.equal('en-AU');
    expect(translationFor('su').$code).to.equal('SU');
    // A regional variant wins over its base language; the base itself is unchanged.
    expect(translationFor('en')).to.equal(en);
  });

  it('leaves out, with a warning, a translation that does not say its language, and registers the rest', () => {
    const warned: unknown[][] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      // A page's JSON without "$code", a null from a failed fetch: neither has a language.
      const nameless = JSON.parse('{"$name": "Basa Sunda", "loading": "Ngamuat…"}') as Translation;
      registerTranslation(nameless, null as unknown as Translation, { ...en, $code: 'en-NZ' });
    } finally {
      console.warn = warn;
    }
    expect(warned).to.have.length(2);
    expect(String(warned[0]![0])).to.equal('registerTranslation: no "$code", left out:');
    expect(translationFor('en-NZ').$code).to.equal('en-NZ');
  });

  it('takes what a page’s translation leaves out, or gives of the wrong type, from the Indonesian', () => {
    const before = JSON.stringify(gaps);
    registerTranslation(gaps);
    const registered = translationFor(GAPS_CODE);
    expect(registered.$code).to.equal(GAPS_CODE);
    expect(registered.loading).to.equal('Slimme-stadgegevens laden…');
    // Left out: from the Indonesian.
    expect(registered.staleData).to.equal(id.staleData);
    // A number for a string, a string for a group, null for a group: from the Indonesian.
    expect(registered.retry).to.equal(id.retry);
    expect(registered.loadError).to.deep.equal(id.loadError);
    expect(registered.issue).to.deep.equal(id.issue);
    // Every message can be written, with nothing left as undefined.
    const issue: DataIssue = {
      path: 'evaluations[0].year',
      code: 'year',
      severity: 'error',
      outcome: 'item-dropped',
      item: 'evaluations[0]',
    };
    expect(formatIssue(issue, registered)).to.equal(formatIssue(issue, id));
    // The page's own object is left as it was.
    expect(JSON.stringify(gaps)).to.equal(before);
  });

  it('fills a regional variant’s gaps from its base language’s translation', () => {
    registerTranslation({
      $code: 'en-NZ',
      $name: 'English (New Zealand)',
      retry: 'Have another go',
    } as Translation);
    const registered = translationFor('en-NZ');
    expect(registered.retry).to.equal('Have another go');
    expect(registered.loading).to.equal(en.loading);
    expect(componentStrings('en-NZ', 'scorecard', scorecardStrings)).to.equal(scorecardStrings.en);
  });

  it('uses a whole translation as given, frozen or not', () => {
    const scorecard = Object.freeze({ ...ar.scorecard! });
    const whole = Object.freeze({ ...ar, $code: 'ar-EG', scorecard });
    registerTranslation(whole, Object.freeze({ ...gaps, $code: 'nl-BE' }));
    expect(translationFor('ar-EG')).to.deep.equal(whole);
    expect(componentStrings('ar-EG', 'scorecard', scorecardStrings)).to.equal(scorecard);
    // A frozen translation with gaps is merged into a copy.
    expect(componentStrings('nl-BE', 'quickWins', quickWinsStrings).summary).to.equal(
      quickWinsStrings.id.summary,
    );
  });

  it('each listener unsubscribes on its own', () => {
    let a = 0;
    let b = 0;
    const stopA = onTranslationsChanged(() => (a += 1));
    const stopB = onTranslationsChanged(() => (b += 1));
    stopA();
    registerTranslation({ ...id, $code: 'ms' });
    stopB();
    registerTranslation({ ...id, $code: 'ms' });
    expect([a, b]).to.deep.equal([0, 1]);
  });
});

describe('formatIssue', () => {
  const issue: DataIssue = {
    code: 'date',
    path: 'programmes[3].start',
    severity: 'warning',
    outcome: 'item-dropped',
    item: 'programmes[3]',
    section: 'programmes',
    value: '"2023-13"',
  };

  it('puts the path first and the outcome sentence last', () => {
    for (const translation of [id, en]) {
      const text = formatIssue(issue, translation);
      expect(text.startsWith('programmes[3].start: '), text).to.equal(true);
      expect(text.endsWith(fill(translation.outcome['item-dropped'], issue)), text).to.equal(true);
      expect(text).to.contain(translation.issue.date);
    }
    expect(formatIssue(issue, en)).to.equal(
      'programmes[3].start: must be a date like "2023", "2023-09" or "2023-09-30" (found "2023-13"). programmes[3] was left out.',
    );
  });

  it('names the item left out, not only the value found deep inside it', () => {
    const deep: DataIssue = {
      ...issue,
      path: 'evaluations[0].sources[0].date',
      item: 'evaluations[0]',
      section: 'evaluations',
      value: '"2024-13"',
    };
    expect(formatIssue(deep, id)).to.equal(
      'evaluations[0].sources[0].date: harus berupa tanggal seperti "2023", "2023-09", atau "2023-09-30" (ditemukan "2024-13"). Butir evaluations[0] tidak ditampilkan.',
    );
    expect(formatIssue(deep, en)).to.equal(
      'evaluations[0].sources[0].date: must be a date like "2023", "2023-09" or "2023-09-30" (found "2024-13"). evaluations[0] was left out.',
    );
  });

  it('names the path as the item of an issue built without one', () => {
    const withoutItem: DataIssue = { ...issue };
    delete withoutItem.item;
    expect(formatIssue(withoutItem, id)).to.match(/\. Butir programmes\[3\]\.start tidak ditampilkan\.$/);
    expect(formatIssue(withoutItem, en)).to.match(/\. programmes\[3\]\.start was left out\.$/);
  });

  it('says how to write a number, for a score written as text with a decimal comma', () => {
    const { issues } = validateDocument({
      schemaVersion: '1.0',
      evaluations: [{ year: 2024, overall: { score: '3,31' } }],
    });
    expect(issues.map((each) => `${each.path} ${each.code} ${each.item}`)).to.deep.equal([
      'evaluations[0].overall.score number evaluations[0]',
    ]);
    const [number] = issues as [DataIssue];
    expect(formatIssue(number, id)).to.equal(
      'evaluations[0].overall.score: harus berupa angka JSON tanpa tanda kutip, seperti 75 atau 3.31: titik untuk desimal, bukan koma (ditemukan "3,31"). Butir evaluations[0] tidak ditampilkan.',
    );
    expect(formatIssue(number, en)).to.equal(
      'evaluations[0].overall.score: must be a JSON number without quotes, like 75 or 3.31: a point for decimals, not a comma (found "3,31"). evaluations[0] was left out.',
    );
  });

  it('names the whole document when there is no path', () => {
    const text = formatIssue(
      { code: 'not-object', path: '', severity: 'error', outcome: 'rejected', value: '42' },
      en,
    );
    expect(text).to.equal('JSON: is not a JSON object (found 42). The data cannot be shown.');
  });

  it('passes the params through', () => {
    const text = formatIssue(
      {
        code: 'unsupported-version',
        path: 'schemaVersion',
        severity: 'error',
        outcome: 'rejected',
        params: { found: '2.0', supported: '1.x' },
      },
      id,
    );
    expect(text).to.equal(
      'schemaVersion: memakai format data versi 2.0; pustaka ini membaca versi 1.x. Data tidak dapat ditampilkan.',
    );
  });

  it('writes a limit and a scale’s bounds as the reader writes numbers; the value found as given', () => {
    const tooLong: DataIssue = {
      code: 'too-long',
      path: 'programmes[0].summary',
      severity: 'warning',
      outcome: 'field-dropped',
      params: { limit: 10000 },
    };
    expect(formatIssue(tooLong, id)).to.include('(paling banyak 10.000 karakter)');
    expect(formatIssue(tooLong, en)).to.include('(at most 10,000 characters)');
    const outOfScale: DataIssue = {
      code: 'score-range',
      path: 'evaluations[0].overall',
      severity: 'error',
      outcome: 'item-dropped',
      params: { min: 0.5, max: 1000 },
      value: '1500.25',
    };
    expect(formatIssue(outOfScale, id)).to.include('di luar skala 0,5–1.000 (ditemukan 1500.25)');
    expect(formatIssue(outOfScale, en)).to.include('outside the scale 0.5–1,000 (found 1500.25)');
  });

  it('formats every issue of the partial fixture in both languages', () => {
    const { issues } = validateDocument(copyOf('partial'));
    expect(issues.length).to.be.greaterThan(0);
    for (const translation of [id, en]) {
      for (const each of issues) {
        const text = formatIssue(each, translation);
        expectWellFormed(text, each.path);
        expect(text.startsWith(`${each.path}: `)).to.equal(true);
        expect(text.endsWith(fill(translation.outcome[each.outcome], each))).to.equal(true);
        if (each.outcome === 'item-dropped') {
          // The item left out holds the value at the issue's path.
          expect(each.item, each.path).to.be.a('string');
          expect(each.path.startsWith(each.item as string), each.path).to.equal(true);
          expect(text, each.path).to.contain(` ${each.item as string} `);
        }
      }
    }
  });

  it('is plain text: markup in a value stays as written and never becomes elements', () => {
    const hostile: DataIssue = {
      ...issue,
      code: 'url',
      path: 'city.links[0].href',
      outcome: 'field-dropped',
      value: SCRIPT_PAYLOAD,
    };
    const text = formatIssue(hostile, en);
    // Not escaped (escaping is the renderer's job, and it renders text): the raw characters remain.
    expect(text).to.contain(SCRIPT_PAYLOAD);
    expect(text).to.not.contain('&lt;');
    const box = document.createElement('p');
    box.textContent = text;
    expect(box.children).to.have.length(0);
    expect(box.textContent).to.equal(text);
    expect((window as unknown as { __bekasiPwned?: boolean }).__bekasiPwned).to.equal(undefined);
  });
});

// Checked by `npm run typecheck`, never called: a new language must be whole, so that TypeScript
// names the strings it misses; only a built-in one takes a few words.
export function typesOfRegisterTranslation(): void {
  // @ts-expect-error A new language with a few words only.
  registerTranslation({ $code: 'fr', $name: 'Français', loading: 'Chargement…' });
  registerTranslation({ $code: 'en', loadError: { timeout: 'Too slow: {url}.' } });
}

// Last in this file: it replaces the built-in Indonesian, which the tests above compare with.
describe('changing a few words of a built-in language', () => {
  after(() => registerTranslation(id));

  it('keeps every other string of it (the docs’ example)', () => {
    // As the docs write it, with no cast: TypeScript takes a few words of a built-in language.
    registerTranslation({ $code: 'id', $name: 'Bahasa Indonesia', loading: 'Sebentar…' });
    expect(translationFor('id').loading).to.equal('Sebentar…');
    expect(translationFor('id').loadError).to.deep.equal(id.loadError);
    expect(translationFor('fr').retry, 'a language without a translation').to.equal(id.retry);
    expect(componentStrings('id', 'timeline', timelineStrings)).to.equal(timelineStrings.id);
  });
});

describe('fill', () => {
  it('picks the word that agrees with a count: the first form for 1, the second otherwise', () => {
    const template = '{count} {count|quick win|quick wins}';
    expect(fill(template, { count: 1 }, 'en')).to.equal('1 quick win');
    expect(fill(template, { count: 0 }, 'en')).to.equal('0 quick wins');
    expect(fill(template, { count: 10000 }, 'en')).to.equal('10,000 quick wins');
    expect(fill('{shown} of {total} {total|programme|programmes}', { shown: 1, total: 1 })).to.equal(
      '1 of 1 programme',
    );
    // A form may be empty, and a count missing reads as "other".
    expect(fill('{n} day{n||s}', { n: 1 })).to.equal('1 day');
    expect(fill('{n} day{n||s}', {})).to.equal(' days');
  });
});
