import '../setup.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { observeLanguageChanges, resolveLanguage } from '../../src/core/language.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => Promise<void> | void) => void;
declare const beforeEach: (hook: () => void) => void;
declare const afterEach: (hook: () => void) => void;

/** Lets the MutationObserver deliver its records. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A host with an open shadow root that holds `inner`; returns the host and the inner element. */
function shadowHost(inner = '<span class="inner"></span>'): { host: HTMLElement; inner: Element } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = inner;
  return { host, inner: root.querySelector('.inner') as Element };
}

describe('resolveLanguage', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    fixtureCleanup();
  });

  it("uses the element's own lang", async () => {
    const element = await fixture<HTMLElement>(html`<div lang="fr"><span lang="en-GB"></span></div>`);
    expect(resolveLanguage(element.querySelector('span') as Element)).to.equal('en-GB');
    expect(resolveLanguage(element)).to.equal('fr');
  });

  it('uses the closest ancestor with lang', async () => {
    const element = await fixture<HTMLElement>(
      html`<div lang="id">
        <section lang="en">
          <p><b></b></p>
        </section>
      </div>`,
    );
    expect(resolveLanguage(element.querySelector('b') as Element)).to.equal('en');
  });

  it('crosses shadow root boundaries', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><div class="between"></div></div>`);
    const { host, inner } = shadowHost();
    wrapper.querySelector('.between')?.append(host);
    expect(resolveLanguage(inner)).to.equal('en');
  });

  it('crosses nested shadow roots', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="jv"></div>`);
    const outer = shadowHost('<div class="inner"></div>');
    const nested = shadowHost();
    outer.inner.append(nested.host);
    wrapper.append(outer.host);
    expect(resolveLanguage(nested.inner)).to.equal('jv');
  });

  it('a lang inside the shadow root wins over the one outside', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const { host, inner } = shadowHost('<div lang="id"><span class="inner"></span></div>');
    wrapper.append(host);
    expect(resolveLanguage(inner)).to.equal('id');
  });

  it('falls back to <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const element = await fixture<HTMLElement>(html`<div><span></span></div>`);
    expect(resolveLanguage(element.querySelector('span') as Element)).to.equal('en');
    const { host, inner } = shadowHost();
    element.append(host);
    expect(resolveLanguage(inner)).to.equal('en');
  });

  it('reads a locale written with an underscore, as PHP templates print it, as a language tag', async () => {
    const element = await fixture<HTMLElement>(html`<div lang="en_US"><span></span></div>`);
    expect(resolveLanguage(element.querySelector('span') as Element)).to.equal('en-US');
    element.setAttribute('lang', 'zh_Hant_TW');
    expect(resolveLanguage(element)).to.equal('zh-Hant-TW');
  });

  it("defaults to 'id'", async () => {
    const element = await fixture<HTMLElement>(html`<div><span></span></div>`);
    expect(resolveLanguage(element.querySelector('span') as Element)).to.equal('id');
    expect(resolveLanguage(document.createElement('div')), 'a detached element').to.equal('id');
    const { inner } = shadowHost();
    expect(resolveLanguage(inner), 'inside a detached host').to.equal('id');
  });
});

describe('observeLanguageChanges', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    fixtureCleanup();
  });

  it('fires on a lang change anywhere in the document and stops after unsubscribing', async () => {
    const element = await fixture<HTMLElement>(
      html`<div>
        <p><span></span></p>
      </div>`,
    );
    let calls = 0;
    const stop = observeLanguageChanges(element, () => (calls += 1));

    element.querySelector('span')?.setAttribute('lang', 'en');
    await settle();
    expect(calls, 'a deep element').to.equal(1);

    document.documentElement.setAttribute('lang', 'en');
    await settle();
    expect(calls, '<html lang>').to.equal(2);

    element.removeAttribute('lang');
    element.setAttribute('lang', 'fr');
    await settle();
    expect(calls, 'one batch of records, at least one call').to.be.at.least(3);
    const before = calls;

    stop();
    element.setAttribute('lang', 'id');
    document.documentElement.setAttribute('lang', 'id');
    await settle();
    expect(calls, 'after unsubscribing').to.equal(before);
  });

  it('ignores changes to other attributes', async () => {
    const element = await fixture<HTMLElement>(html`<div></div>`);
    let calls = 0;
    const stop = observeLanguageChanges(element, () => (calls += 1));
    element.setAttribute('title', 'x');
    element.setAttribute('dir', 'rtl');
    await settle();
    stop();
    expect(calls).to.equal(0);
  });

  it('each listener unsubscribes on its own', async () => {
    const element = await fixture<HTMLElement>(html`<div></div>`);
    let first = 0;
    let second = 0;
    const stopFirst = observeLanguageChanges(element, () => (first += 1));
    const stopSecond = observeLanguageChanges(element, () => (second += 1));
    stopFirst();
    element.setAttribute('lang', 'en');
    await settle();
    expect([first, second]).to.deep.equal([0, 1]);
    stopSecond();
    element.setAttribute('lang', 'id');
    await settle();
    expect([first, second]).to.deep.equal([0, 1]);
  });

  it('observes again after every listener had left', async () => {
    const element = await fixture<HTMLElement>(html`<div></div>`);
    observeLanguageChanges(element, () => undefined)();
    let calls = 0;
    const stop = observeLanguageChanges(element, () => (calls += 1));
    element.setAttribute('lang', 'en');
    await settle();
    stop();
    expect(calls).to.equal(1);
  });

  // resolveLanguage() reads lang across shadow roots, so a lang switched on an element inside a
  // shadow root changes what a component nested there speaks; it must be told.
  it('fires on a lang change inside an open shadow root', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const { host, inner } = shadowHost('<div class="inner"></div>');
    wrapper.append(host);
    let calls = 0;
    const stop = observeLanguageChanges(inner, () => (calls += 1));
    inner.setAttribute('lang', 'en');
    await settle();
    stop();
    expect(calls).to.equal(1);
  });
});
