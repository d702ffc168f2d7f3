/**
 * Attributes are outside input too: a CMS template, a copied snippet or a hostile page sets
 * them. Every attribute of every component, given values no page should give, must leave the
 * component rendering its data: no uncaught error, no error state, nothing executed, and the DOM
 * still bounded.
 */
import '../setup.js';
import { expect } from '@open-wc/testing';
import '../../src/bekasi-banner.js';
import type { BekasiData } from '../../src/bekasi-data.js';
import '../../src/bekasi-data.js';
import '../../src/bekasi-quick-wins.js';
import '../../src/bekasi-scorecard.js';
import '../../src/bekasi-timeline.js';
import { deepCount } from '../../bench/pages/harness.js';
import { fixture, manyQuickWinsDocument, SCRIPT_PAYLOAD } from '../fixtures/index.js';
import type { BekasiElement } from '../../src/core/base-element.js';
import { mounted, waitForState } from './helpers.js';

const SCRIPT_URL = 'javascript:window.__bekasiPwned=1';

const HOSTILE = [
  '',
  ' ',
  '-1',
  '0',
  '1e400',
  'Infinity',
  'NaN',
  '9999999999',
  '2023-13-45',
  '__proto__',
  'constructor',
  SCRIPT_PAYLOAD,
  '\u0000',
  'x'.repeat(5000),
  // A known language with a broken tag after it: Intl throws on these.
  'id-',
  'en-!',
];

/** Each component's own attributes (the shared `src`, `refresh` … are tested with the loader). */
const ATTRIBUTES: Record<string, string[]> = {
  'bekasi-banner': ['variant', 'heading-level', 'theme', 'show-score', 'lang'],
  'bekasi-scorecard': ['variant', 'year', 'compare', 'dimension', 'heading-level', 'theme', 'lang'],
  'bekasi-timeline': [
    'group-by',
    'dimension',
    'agency',
    'status',
    'search',
    'from',
    'to',
    'layout',
    'heading-level',
    'theme',
    'lang',
  ],
  'bekasi-quick-wins': [
    'status',
    'health',
    'dimension',
    'agency',
    'q',
    'sort',
    'layout',
    'heading-level',
    'page-size',
    'theme',
    'lang',
  ],
};

describe('hostile attribute values', () => {
  for (const [tag, names] of Object.entries(ATTRIBUTES)) {
    it(`<${tag}> keeps rendering its data, whatever its attributes say`, async () => {
      // Enough quick wins that an unbounded page size would show in the DOM count.
      const { element } = await mounted(
        tag,
        tag === 'bekasi-quick-wins' ? manyQuickWinsDocument(300) : fixture('bekasi'),
      );
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      const problems: string[] = [];
      try {
        for (const name of names) {
          for (const value of HOSTILE) {
            element.setAttribute(name, value);
            await element.updateComplete;
            const root = element.shadowRoot!;
            const shown = `${name}="${value.slice(0, 12)}"`;
            if (!root.querySelector('[part="base"]')) problems.push(`${shown}: nothing rendered`);
            if (root.querySelector('[part="error"]')) problems.push(`${shown}: error state`);
            if (deepCount(root) > 2000) problems.push(`${shown}: ${deepCount(root)} elements`);
            element.removeAttribute(name);
            await element.updateComplete;
          }
        }
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(problems).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      expect((window as { __bekasiPwned?: unknown }).__bekasiPwned).to.equal(undefined);
      await expect(element).to.be.accessible();
    });
  }
});

describe('a known language under a broken tag', () => {
  // `lang="id-"` (a CMS template with an empty region) names Indonesian, which is registered,
  // but no Intl constructor takes it: searching and sorting by name must not throw.
  for (const [tag, attributes, shown] of [
    ['bekasi-quick-wins', { q: 'izin', sort: 'name', layout: 'table' }, 'Menampilkan 1 dari 6 quick win'],
    ['bekasi-timeline', { search: 'izin', layout: 'list' }, '1 dari 24 program'],
    ['bekasi-scorecard', {}, 'Skor keseluruhan'],
  ] as const) {
    for (const lang of ['id-', 'en-!', 'id-x']) {
      it(`<${tag} lang="${lang}"> shows its data in that language`, async () => {
        const { element } = await mounted(tag, fixture('bekasi'), { ...attributes, lang });
        const text = element.shadowRoot!.textContent ?? '';
        const english = lang.startsWith('en');
        if (!english) expect(text).to.include(shown);
        else expect(text).not.to.include(shown);
        // Marked with a tag a screen reader can use: the language it shows, well formed.
        const marked = element.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang') ?? '';
        expect(() => Intl.getCanonicalLocales(marked)).not.to.throw();
        expect(marked.split('-')[0]).to.equal(english ? 'en' : 'id');
        await expect(element).to.be.accessible();
      });
    }
  }
});

describe('<bekasi-data> under hostile attribute values', () => {
  it('keeps providing its document, whatever its refresh, timeout and retries say', async () => {
    const provider = document.createElement('bekasi-data') as BekasiData;
    provider.setAttribute('src', `/__test__/smart-city?id=hostile-data-${Math.random()}`);
    const scorecard = document.createElement('bekasi-scorecard') as BekasiElement;
    provider.append(scorecard);
    document.body.append(provider);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await waitForState(scorecard, 'ready');
      for (const name of ['refresh', 'timeout', 'retries']) {
        for (const value of HOSTILE) {
          provider.setAttribute(name, value);
          await provider.updateComplete;
          await scorecard.updateComplete;
          const shown = `${name}="${value.slice(0, 12)}"`;
          expect(scorecard.shadowRoot!.querySelector('[part="scorecard"]'), shown).to.not.equal(null);
          provider.removeAttribute(name);
        }
      }
      expect(errors).to.deep.equal([]);
      expect((window as { __bekasiPwned?: unknown }).__bekasiPwned).to.equal(undefined);
      await expect(scorecard).to.be.accessible();
    } finally {
      window.removeEventListener('error', onError);
      provider.remove();
    }
  });

  it('refuses a src that is no web address, and its component says so', async () => {
    const provider = document.createElement('bekasi-data');
    provider.setAttribute('src', SCRIPT_URL);
    const scorecard = document.createElement('bekasi-scorecard') as BekasiElement;
    provider.append(scorecard);
    document.body.append(provider);
    try {
      await waitForState(scorecard, 'error');
      expect(scorecard.shadowRoot!.textContent).to.include('tidak diizinkan');
      expect((window as { __bekasiPwned?: unknown }).__bekasiPwned).to.equal(undefined);
      await expect(scorecard).to.be.accessible();
    } finally {
      provider.remove();
    }
  });
});
