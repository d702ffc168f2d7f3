// A page that loads one component's CDN file before `cdn/data.js` (the files may come in any
// order): the component inside a <bekasi-data> that is not defined yet. Only the timeline is
// imported here, so `bekasi-data` stays undefined until the test imports it, and the timeline is
// the first component this page connects (missing-provider.test.ts covers a provider that never
// comes).
import '../setup.js';
import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/bekasi-timeline.js';
import type { BekasiTimeline } from '../../src/components/timeline/timeline.js';
import { $, shownState, waitForState } from './helpers.js';

describe('a component whose <bekasi-data> is defined after it', () => {
  it('says it is loading, then shows the provided document', async () => {
    const wrapper = await render<HTMLElement>(
      html`<bekasi-data src="/public/data/bekasi.json"><bekasi-timeline></bekasi-timeline></bekasi-data>`,
    );
    const timeline = wrapper.querySelector<BekasiTimeline>('bekasi-timeline')!;
    await timeline.updateComplete;
    expect(customElements.get('bekasi-data')).to.equal(undefined);
    expect(shownState(timeline)).to.equal('loading');
    await expect(timeline).to.be.accessible();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shownState(timeline)).to.equal('loading');
    await import('../../src/bekasi-data.js');
    await waitForState(timeline, 'ready');
    expect($(timeline, '[part="summary"]')?.textContent?.trim()).to.match(/^\d+ program:/);
    await expect(timeline).to.be.accessible();
    wrapper.remove();
  });
});
