// <bekasi-data> providers defined after the components inside them, on a page of their own (as in
// late-provider.test.ts): the first to be defined takes only its own components, another keeps
// waiting for its own, a component moved while it waits is still given its provider's document,
// and a provider defined inside another takes its components from the outer one.
import '../setup.js';
import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/bekasi-timeline.js';
import type { BekasiTimeline } from '../../src/components/timeline/timeline.js';
import { shownState, waitForState } from './helpers.js';

describe('components whose <bekasi-data> providers are defined after them', () => {
  it('are each given the document of the provider closest to them', async () => {
    const wrapper = await render<HTMLElement>(
      html`<div>
        <bekasi-data src="/public/data/bekasi.json"><bekasi-timeline></bekasi-timeline></bekasi-data>
        <bekasi-data src="/public/data/no-such-file.json"><bekasi-timeline></bekasi-timeline></bekasi-data>
        <bekasi-data src="/public/data/bekasi.json">
          <bekasi-data src="/public/data/no-such-file.json"><bekasi-timeline></bekasi-timeline></bekasi-data>
        </bekasi-data>
      </div>`,
    );
    const [found, missing, inner] = [...wrapper.querySelectorAll<BekasiTimeline>('bekasi-timeline')] as [
      BekasiTimeline,
      BekasiTimeline,
      BekasiTimeline,
    ];
    // Moved while it waits: it asks again, and ends with its provider's outcome.
    const provider = missing.parentElement!;
    missing.remove();
    provider.append(missing);
    await Promise.all([found.updateComplete, missing.updateComplete, inner.updateComplete]);
    expect(customElements.get('bekasi-data')).to.equal(undefined);
    expect([found, missing, inner].map(shownState)).to.deep.equal(['loading', 'loading', 'loading']);
    const events = new Map<BekasiTimeline, string[]>([found, missing, inner].map((each) => [each, []]));
    wrapper.addEventListener('bekasi-load', (event) =>
      events.get(event.target as BekasiTimeline)?.push('load'),
    );
    wrapper.addEventListener('bekasi-error', (event) =>
      events.get(event.target as BekasiTimeline)?.push(event.detail.code),
    );
    await import('../../src/bekasi-data.js');
    await waitForState(found, 'ready');
    await waitForState(missing, 'error');
    await waitForState(inner, 'error');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Each ends with its own provider's outcome: a 404, not "no data" (the first provider defined
    // did not leave the others waiting for nothing) nor the outer document (the inner provider took
    // over). The inner one is answered first by the outer provider before its first update: it
    // says "loading" then, not "no data", so no error is fired or alerted on the way.
    expect([found, missing, inner].map((each) => events.get(each))).to.deep.equal([
      ['load'],
      ['http'],
      ['http'],
    ]);
    wrapper.remove();
  });
});
