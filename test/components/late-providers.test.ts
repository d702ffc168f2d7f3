// Two <bekasi-data> defined after the components inside them, on a page of their own (as in
// late-provider.test.ts): the first to be defined takes only its own component, the other keeps
// waiting for its own, and a component that connects twice while waiting is answered once.
import '../setup.js';
import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/bekasi-timeline.js';
import type { BekasiTimeline } from '../../src/components/timeline/timeline.js';
import { shownState, waitForState } from './helpers.js';

describe('components whose <bekasi-data> providers are defined after them', () => {
  it('are each given their own provider’s document', async () => {
    const wrapper = await render<HTMLElement>(
      html`<div>
        <bekasi-data src="/public/data/bekasi.json"><bekasi-timeline></bekasi-timeline></bekasi-data>
        <bekasi-data src="/public/data/no-such-file.json"><bekasi-timeline></bekasi-timeline></bekasi-data>
      </div>`,
    );
    const [found, missing] = [...wrapper.querySelectorAll<BekasiTimeline>('bekasi-timeline')] as [
      BekasiTimeline,
      BekasiTimeline,
    ];
    // Moved while it waits: it asks again, and is still answered once.
    const provider = missing.parentElement!;
    missing.remove();
    provider.append(missing);
    await Promise.all([found.updateComplete, missing.updateComplete]);
    expect(customElements.get('bekasi-data')).to.equal(undefined);
    expect([shownState(found), shownState(missing)]).to.deep.equal(['loading', 'loading']);
    const events: string[] = [];
    wrapper.addEventListener('bekasi-load', () => events.push('load'));
    wrapper.addEventListener('bekasi-error', (event) => events.push(event.detail.code));
    await import('../../src/bekasi-data.js');
    await waitForState(found, 'ready');
    await waitForState(missing, 'error');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Its own provider's failure (404), not "no data": the first provider did not leave it alone.
    expect(events.sort()).to.deep.equal(['http', 'load']);
    wrapper.remove();
  });
});
