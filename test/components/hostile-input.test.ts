// Bad input met across the components (the rule: a clear message, nothing broken): data from a
// framework's reactive state, empty names, a page's odd language tag, a document without a
// version, a translation with an odd direction. Each case here once went wrong.
import '../setup.js';
import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BekasiElement } from '../../src/core/base-element.js';
import type { BekasiLoadDetail } from '../../src/core/events.js';
import { registerTranslation, translationFor } from '../../src/i18n/index.js';
import { fixture } from '../fixtures/index.js';
import { $, nextEvent, shadowText, shownState, waitForState } from './helpers.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => Promise<void>) => void;

interface VueVendor {
  reactive<T extends object>(value: T): T;
}
// Served by test/server/vendor-plugin.mjs, not a package import: hence the cast.
const vuePath = '/__vendor__/vue.js';
const { reactive } = (await import(vuePath)) as VueVendor;

/** A component with `data` and attributes, once it shows `state`. */
async function mount(
  tag: string,
  data: unknown,
  attributes: Record<string, string>,
  state: 'ready' | 'error' = 'ready',
): Promise<BekasiElement> {
  const wrapper = await render<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const element = document.createElement(tag) as BekasiElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data;
  wrapper.append(element);
  await waitForState(element, state);
  return element;
}

describe('bad input, across the components', () => {
  for (const tag of ['bekasi-banner', 'bekasi-scorecard', 'bekasi-timeline', 'bekasi-quick-wins']) {
    it(`<${tag}> shows a Vue-reactive document with an unsafe link, leaving the link out`, async () => {
      // `partial` has items whose unsafe URL or colour is dropped on its own: the copy made to
      // drop it once refused the Proxy Vue wraps the document in, and took the whole document.
      const element = await mount(tag, reactive(fixture('partial') as object), { lang: 'en' });
      expect(shownState(element)).to.equal('ready');
      await expect(element).to.be.accessible();
    });
  }

  it('leaves out a quick win whose name is empty, instead of a button without a name', async () => {
    const document = fixture('bekasi') as { quickWins: { name: unknown }[] };
    document.quickWins[0]!.name = { id: '', en: '' };
    const loaded = nextEvent<BekasiLoadDetail>(window, 'bekasi-load');
    const element = await mount('bekasi-quick-wins', document, { lang: 'en' });
    const { detail } = await loaded;
    expect(detail.issues.map((issue) => `${issue.path} ${issue.code}`)).to.include(
      'quickWins[0].name.id empty-text',
    );
    expect(detail.document.quickWins).to.have.length(5);
    await expect(element).to.be.accessible();
  });

  it('drops an empty optional text on its own, and refuses a city without a name', async () => {
    const element = await mount(
      'bekasi-banner',
      { schemaVersion: '1.0', city: { name: '' } },
      { lang: 'en' },
      'error',
    );
    expect(shadowText(element)).to.include('city.name: has no text');
    await expect(element).to.be.accessible();
    const tagline = await mount(
      'bekasi-banner',
      { schemaVersion: '1.0', city: { name: 'Kota Bekasi', tagline: '' } },
      { lang: 'id' },
    );
    expect($(tagline, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
  });

  it('writes English numbers for a page whose language is a server locale ("en_US.UTF-8")', async () => {
    const element = await mount('bekasi-scorecard', fixture('bekasi'), { lang: 'en_US.UTF-8' });
    expect(shadowText(element)).to.include('Overall score');
    expect(shadowText(element)).to.include('3.60');
    expect(shadowText(element)).not.to.include('3,60');
  });

  for (const lang of ['id', 'en']) {
    it(`quotes nothing for a missing schemaVersion, not "undefined" (${lang})`, async () => {
      const element = await mount('bekasi-scorecard', { evaluations: [] }, { lang }, 'error');
      expect(shadowText(element)).to.include('schemaVersion');
      expect(shadowText(element)).not.to.include('undefined');
    });
  }

  it('quotes a value with a right-to-left override as an escape, so the message keeps its order', async () => {
    const element = await mount(
      'bekasi-banner',
      { schemaVersion: '\u202e1.0 sulp' },
      { lang: 'en' },
      'error',
    );
    const text = shadowText(element);
    expect(text).to.include('(found "\\u202e1.0 sulp")');
    expect(text).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
    await expect(element).to.be.accessible();
  });

  it('shortens a long quoted value between characters, never inside an emoji', async () => {
    // 57 letters and the quote mark: the cut at 59 UTF-16 units fell between the emoji's halves.
    const version = `${'a'.repeat(57)}\u{1f3d9}${'b'.repeat(20)}`;
    const element = await mount('bekasi-banner', { schemaVersion: version }, { lang: 'en' }, 'error');
    const text = shadowText(element);
    expect(text).to.include(`(found "${'a'.repeat(57)}\u{1f3d9}…)`);
    expect(text).not.to.match(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  // Every item of the section left out: the data is broken, not a city with none yet.
  const emptied: [string, string, string, (document: Record<string, { length: number }[]>) => void][] = [
    [
      'bekasi-scorecard',
      'evaluations',
      'Belum ada',
      (document) => document.evaluations!.forEach((item) => Object.assign(item, { year: 'kemarin' })),
    ],
    [
      'bekasi-timeline',
      'programmes',
      'Belum ada',
      (document) => document.programmes!.forEach((item) => Object.assign(item, { dimension: 'mars' })),
    ],
    [
      'bekasi-quick-wins',
      'quickWins',
      'Belum ada',
      (document) => document.quickWins!.forEach((item) => Object.assign(item, { status: 'done-ish' })),
    ],
  ];
  for (const [tag, section, emptyWords, breakEvery] of emptied) {
    it(`<${tag}> shows an error, not "no data yet", when every item of ${section} is left out`, async () => {
      const document = fixture('bekasi') as Record<string, { length: number }[]>;
      breakEvery(document);
      const element = await mount(tag, document, { lang: 'id' }, 'error');
      expect(shadowText(element)).to.include(`${section}: tidak memiliki butir yang dapat dipakai`);
      expect(shadowText(element)).not.to.include(emptyWords);
      await expect(element).to.be.accessible();
      const english = await mount(tag, document, { lang: 'en' }, 'error');
      expect(shadowText(english)).to.include(`${section}: has no usable item`);
      // An empty list is a city with none yet: no error.
      const none = await mount(tag, { ...fixture('bekasi'), [section]: [] }, { lang: 'en' });
      expect(shownState(none)).to.equal('ready');
      await expect(none).to.be.accessible();
    });
  }

  it('runs left to right with a translation whose $dir is neither rtl nor ltr, on a right-to-left page', async () => {
    registerTranslation({ ...translationFor('en'), $code: 'qx', $name: 'QX', $dir: 'sideways' as 'ltr' });
    const wrapper = await render<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const element = document.createElement('bekasi-banner') as BekasiElement;
    element.setAttribute('lang', 'qx');
    element.data = fixture('minimal');
    wrapper.append(element);
    await waitForState(element, 'ready');
    expect(getComputedStyle($(element, '[part="base"]')!).direction).to.equal('ltr');
  });
});
