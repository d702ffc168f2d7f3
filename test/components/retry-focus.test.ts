/**
 * A retry that succeeds takes its button away with the error. Whoever pressed it must not be left
 * with the focus on the page's body: it goes to the component's heading, in every component and
 * whether the component loads its own `src` or a `<bekasi-data>` loads for it.
 */
import '../setup.js';
import { expect } from '@open-wc/testing';
import '../../src/bekasi-banner.js';
import '../../src/bekasi-data.js';
import '../../src/bekasi-quick-wins.js';
import '../../src/bekasi-scorecard.js';
import '../../src/bekasi-timeline.js';
import type { BekasiElement } from '../../src/core/base-element.js';
import { $, waitForState } from './helpers.js';

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
