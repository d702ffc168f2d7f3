/**
 * Attributes are outside input too: a CMS template, a copied snippet or a hostile page sets
 * them. Every attribute of every component, given values no page should give, must leave the
 * component rendering its data: no uncaught error, no error state, nothing executed, and the DOM
 * still bounded.
 */
import '../setup.js';
import { expect } from '@open-wc/testing';
import '../../src/bekasi-banner.js';
import '../../src/bekasi-quick-wins.js';
import '../../src/bekasi-scorecard.js';
import '../../src/bekasi-timeline.js';
import { deepCount } from '../../bench/pages/harness.js';
import { fixture, manyQuickWinsDocument, SCRIPT_PAYLOAD } from '../fixtures/index.js';
import { mounted } from './helpers.js';

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
