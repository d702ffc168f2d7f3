/**
 * The retry button, wherever the document comes from. A retry that succeeds takes its button away
 * with the error: whoever pressed it must not be left with the focus on the page's body; it goes
 * to the component's heading, in every component and whether the component loads its own `src` or
 * a `<bekasi-data>` loads for it. A retry that fails again must end its try and say so, inside a
 * `<bekasi-data>` as on its own.
 */
import '../setup.js';
import { expect } from '@open-wc/testing';
import '../../src/bekasi-banner.js';
import type { BekasiData } from '../../src/bekasi-data.js';
import '../../src/bekasi-data.js';
import '../../src/bekasi-quick-wins.js';
import '../../src/bekasi-scorecard.js';
import '../../src/bekasi-timeline.js';
import type { BekasiElement } from '../../src/core/base-element.js';
import { $, recordAnnouncements, waitForState } from './helpers.js';
import { waitUntil } from '@open-wc/testing';

const TAGS = ['bekasi-banner', 'bekasi-scorecard', 'bekasi-quick-wins', 'bekasi-timeline'] as const;

/** The test server fails the first load of document `id` with 500, then serves it. */
async function failingOnce(id: string): Promise<string> {
  await fetch(`/__test__/breaknext?target=${id}&count=1`);
  return `/__test__/smart-city?id=${id}`;
}

/** Presses the error's retry button from the keyboard's point of view: focused, then activated. */
async function retry(element: BekasiElement): Promise<void> {
  await waitForState(element, 'error');
  await expect(element).to.be.accessible();
  const button = $<HTMLButtonElement>(element, '[part="error"] button')!;
  button.focus();
  button.click();
  await waitForState(element, 'ready');
  await element.updateComplete;
}

/** The component's own heading: the first in its shadow root (the city's name, or the title). */
function expectFocusOnHeading(element: BekasiElement): void {
  const heading = $<HTMLElement>(element, '[role="heading"]')!;
  expect(heading.textContent?.trim(), 'a heading with words').to.not.equal('');
  expect(element.shadowRoot!.activeElement, `<${element.localName}>'s heading has the focus`).to.equal(
    heading,
  );
  expect(heading.tabIndex, 'out of the Tab order').to.equal(-1);
}

describe('focus after a retry that succeeds', () => {
  for (const tag of TAGS) {
    it(`<${tag}> from its own src`, async () => {
      const element = document.createElement(tag) as BekasiElement;
      element.retries = 0;
      element.src = await failingOnce(`focus-${tag}-${Math.random()}`);
      document.body.append(element);
      try {
        await retry(element);
        expectFocusOnHeading(element);
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });
  }

  it('<bekasi-scorecard> inside a <bekasi-data> that failed', async () => {
    const provider = document.createElement('bekasi-data');
    provider.setAttribute('retries', '0');
    provider.setAttribute('src', await failingOnce(`focus-provider-${Math.random()}`));
    const element = document.createElement('bekasi-scorecard');
    provider.append(element);
    document.body.append(provider);
    try {
      await retry(element);
      expectFocusOnHeading(element);
      await expect(element).to.be.accessible();
    } finally {
      provider.remove();
    }
  });
});

describe('a retry that fails again, inside a <bekasi-data>', () => {
  const hits = async (id: string) =>
    ((await (await fetch(`/__test__/hits?id=${id}`)).json()) as { hits: number }).hits;

  for (const where of ['error', 'notice'] as const) {
    it(`ends its try, says so, and can be tried again (${where === 'error' ? 'the error' : 'the note beside older data'})`, async () => {
      const id = `provider-retry-${where}-${Math.random()}`;
      const provider = document.createElement('bekasi-data');
      provider.setAttribute('retries', '0');
      provider.setAttribute('src', `/__test__/smart-city?id=${id}`);
      const element = document.createElement('bekasi-timeline') as BekasiElement;
      provider.append(element);
      if (where === 'error') await fetch(`/__test__/breaknext?target=${id}&count=5`);
      document.body.append(provider);
      try {
        if (where === 'notice') {
          await waitForState(element, 'ready');
          await fetch(`/__test__/breaknext?target=${id}&count=5`);
          provider.reload();
          await waitUntil(() => $(element, '[part="notice"] button'), 'the note beside older data');
        } else {
          await waitForState(element, 'error');
        }
        const before = await hits(id);
        const button = () => $<HTMLButtonElement>(element, `[part="${where}"] button`)!;
        const heard = recordAnnouncements(element);
        button().click();
        await waitUntil(() => heard.said.length > 0, 'the failure should be said again', { timeout: 5000 });
        heard.stop();
        expect(heard.said[0]).to.match(/^Server menjawab 500 untuk /);
        expect(button().textContent).to.equal('Coba lagi');
        expect(button().getAttribute('aria-disabled')).to.equal('false');
        await expect(element).to.be.accessible();
        // And it can be pressed again: another request.
        button().click();
        await waitUntil(async () => (await hits(id)) === before + 2, 'a second retry should load again');
      } finally {
        provider.remove();
      }
    });
  }
});

describe('one failed source feeding several components', () => {
  const hits = async (id: string) =>
    ((await (await fetch(`/__test__/hits?id=${id}`)).json()) as { hits: number }).hits;

  /** A `<bekasi-data>` on the test server's document `id`, with every component inside it. */
  function providerOf(id: string, route = 'smart-city'): { provider: BekasiData; elements: BekasiElement[] } {
    const provider = document.createElement('bekasi-data') as BekasiData;
    provider.setAttribute('retries', '0');
    provider.setAttribute('src', `/__test__/${route}?id=${id}`);
    const elements = TAGS.map((tag) => document.createElement(tag) as BekasiElement);
    provider.append(...elements);
    return { provider, elements };
  }

  /**
   * Components of `tags` given one document object by the page, once each shows its error: the
   * text of each one's alert ('' for none).
   */
  async function alertsGiven(tags: readonly string[], data: object): Promise<string[]> {
    const elements = tags.map((tag) => Object.assign(document.createElement(tag), { data }) as BekasiElement);
    const wrapper = document.createElement('div');
    wrapper.append(...elements);
    document.body.append(wrapper);
    try {
      for (const element of elements) await waitForState(element, 'error');
      return elements.map((element) => $(element, '[role="alert"]')?.textContent ?? '');
    } finally {
      wrapper.remove();
    }
  }

  it('says a failed refresh once: for all the components it feeds, and for all the refreshes that fail', async () => {
    const id = `shared-stale-${Math.random()}`;
    const { provider, elements } = providerOf(id);
    // The first is hidden: it must leave the saying to one that is shown.
    elements[0]!.hidden = true;
    document.body.append(provider);
    let heard: ReturnType<typeof recordAnnouncements>[] = [];
    try {
      for (const element of elements) await waitForState(element, 'ready');
      heard = elements.map((element) => recordAnnouncements(element));
      const said = () => heard.flatMap((each) => each.said);
      await fetch(`/__test__/breaknext?target=${id}&count=10`);
      // Three refreshes fail in a row, as `refresh="60"` would during an outage.
      for (let refresh = 0; refresh < 3; refresh += 1) {
        const before = await hits(id);
        provider.reload();
        await waitUntil(async () => (await hits(id)) > before, `refresh ${refresh} answered`);
        for (const element of elements)
          await waitUntil(() => $(element, '[part="notice"]'), `<${element.localName}>'s notice`);
        // Time for another component, or this refresh, to speak, if one were to.
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      // In each, the note sits after the component's heading, inside its region: a reader
      // moving by headings or regions meets it with what it is about.
      for (const element of elements) {
        const notice = $(element, '[part="notice"]')!;
        const heading = $(element, '[role="heading"]')!;
        expect(
          heading.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING,
          element.localName,
        ).to.not.equal(0);
        expect(notice.closest('[role="region"]'), element.localName).to.not.equal(null);
      }
      expect(said()).to.have.length(1);
      expect(heard[1]!.said[0], 'said by a component shown (the scorecard draws first of those)').to.match(
        /^Data tidak dapat diperbarui; menampilkan data dari .+\.$/,
      );
      for (const element of elements) await expect(element).to.be.accessible();

      // A retry that fails again is said by the component it was pressed in, and by no other.
      $<HTMLButtonElement>(elements[2]!, '[part="notice"] button')!.click();
      await waitUntil(() => heard[2]!.said.length > 0, 'the failed retry should be said');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(said()).to.have.length(2);
      expect(heard[2]!.said[0]).to.match(/^Server menjawab 500 untuk /);
    } finally {
      for (const each of heard) each.stop();
      provider.remove();
    }
  });

  it('alerts a failed load once, from one component shown, under a heading in each', async () => {
    const id = `shared-error-${Math.random()}`;
    await fetch(`/__test__/breaknext?target=${id}&count=10`);
    const { provider, elements } = providerOf(id);
    // Laid out but unseen (as in a tab hidden with `visibility`): it must not take the alert, and
    // must hold none that would speak when it is shown.
    elements[0]!.style.visibility = 'hidden';
    for (const element of elements) element.headingLevel = 3;
    document.body.append(provider);
    const alerting = () =>
      elements
        .filter((element) => element.isConnected && $(element, '[role="alert"]'))
        .map((element) => element.localName);
    try {
      for (const element of elements) await waitForState(element, 'error');
      expect(alerting()).to.deep.equal(['bekasi-scorecard']);
      for (const element of elements) {
        // Shown in each, alert or not: the words, the retry, and a heading to find them by.
        const error = $(element, '[part="error"]')!;
        expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.match(
          /^Data kota cerdas tidak dapat ditampilkan Server menjawab 500 untuk .+ Coba lagi$/,
        );
        const heading = error.querySelector('[role="heading"]')!;
        expect(heading.textContent).to.equal('Data kota cerdas tidak dapat ditampilkan');
        expect(heading.getAttribute('aria-level')).to.equal('3');
        await expect(element).to.be.accessible();
      }

      // The component that alerted is removed; the next render of the others (here, in English)
      // moves the alert to the first of them shown.
      elements[1]!.remove();
      provider.lang = 'en';
      for (const element of elements.slice(2)) {
        await waitUntil(() => $(element, '[part="error"]')?.textContent?.includes('could not be shown'));
      }
      expect(alerting()).to.deep.equal(['bekasi-quick-wins']);
    } finally {
      provider.remove();
    }
  });
  // Not JSON at all, and JSON that is no smart-city document: each component shows the same
  // words, so one says them.
  for (const [route, words] of [
    ['malformed', /bukan JSON yang sah/],
    ['json', /schemaVersion/],
  ] as const) {
    it(`alerts a document it cannot use once, from one component shown (${route})`, async () => {
      const { provider, elements } = providerOf(`shared-unusable-${route}-${Math.random()}`, route);
      elements[0]!.style.visibility = 'hidden';
      document.body.append(provider);
      try {
        for (const element of elements) await waitForState(element, 'error');
        const alerting = elements.filter((element) => $(element, '[role="alert"]'));
        expect(alerting.map((element) => element.localName)).to.deep.equal(['bekasi-scorecard']);
        for (const element of elements) {
          expect($(element, '[part="error"]')!.textContent).to.match(words);
          await expect(element).to.be.accessible();
        }
      } finally {
        provider.remove();
      }
    });
  }

  it('alerts once when a page gives several components one document they cannot use', async () => {
    const alerts = await alertsGiven(TAGS, { schemaVersion: '9.0', city: { name: 'Kota Contoh' } });
    expect(alerts.filter(Boolean)).to.have.length(1);
  });

  it('alerts each component that lists errors of its own beside a shared one', async () => {
    // Both block on the agencies (a section both use); each also lists its own section's error.
    const broken = {
      schemaVersion: '1.0',
      city: { name: 'Kota Contoh' },
      agencies: 'x',
      programmes: 'y',
      quickWins: 'z',
    };
    const alerts = await alertsGiven(['bekasi-timeline', 'bekasi-quick-wins'], broken);
    expect(alerts[0]).to.include('programmes');
    expect(alerts[1]).to.include('quickWins');
  });

  it('alerts each component that lacks its own section: their words differ', async () => {
    // A document without evaluations or quick wins: the scorecard and the tracker each miss their
    // own section, and each says which.
    const partial = { schemaVersion: '1.0', city: { name: 'Kota Contoh' } };
    const alerts = await alertsGiven(['bekasi-scorecard', 'bekasi-quick-wins'], partial);
    expect(alerts[0]).to.include('evaluations');
    expect(alerts[1]).to.include('quickWins');
  });

  it('alerts once when components of one kind lack the same section', async () => {
    // Two scorecards (as a page with a compact one in its sidebar has) and no evaluations: the
    // same words twice would say nothing new.
    const partial = { schemaVersion: '1.0', city: { name: 'Kota Contoh' } };
    const alerts = await alertsGiven(['bekasi-scorecard', 'bekasi-scorecard', 'bekasi-timeline'], partial);
    expect(alerts.filter((alert) => alert.includes('evaluations'))).to.have.length(1);
    // The timeline lacks another section, and says so.
    expect(alerts[2]).to.include('programmes');
  });
});
