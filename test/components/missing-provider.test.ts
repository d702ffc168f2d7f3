// A component inside a <bekasi-data> whose script never loads (`cdn/data.js` missing from the
// page): it says it is loading for its `timeout`, then that there is no data, with its fallback.
// Nothing in this page defines `bekasi-data`.
import '../setup.js';
import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/bekasi-timeline.js';
import type { BekasiTimeline } from '../../src/components/timeline/timeline.js';
import { consoleMessages, shadowText, shownState, waitForState } from './helpers.js';

describe('a component whose <bekasi-data> is never defined', () => {
  it('says it is loading, not "no data", until its timeout', async () => {
    const wrapper = await render<HTMLElement>(
      html`<bekasi-data src="/public/data/bekasi.json"
        ><bekasi-timeline timeout="0.3"
          ><a href="/public/data/bekasi.json">Data (JSON)</a></bekasi-timeline
        ></bekasi-data
      >`,
    );
    const timeline = wrapper.querySelector<BekasiTimeline>('bekasi-timeline')!;
    const console_ = consoleMessages();
    console_.start();
    try {
      await timeline.updateComplete;
      expect(shownState(timeline)).to.equal('loading');
      await expect(timeline).to.be.accessible();
      await waitForState(timeline, 'error', 3000);
    } finally {
      console_.stop();
    }
    expect(shadowText(timeline)).to.include('Tidak ada data');
    // The page's message asks for a source, which this page gave: the console names what is missing.
    expect(console_.messages).to.deep.equal([
      '<bekasi-timeline>: <bekasi-data> is not defined: load cdn/data.js',
    ]);
    expect(timeline.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(timeline).to.be.accessible();
    expect(customElements.get('bekasi-data')).to.equal(undefined);
    wrapper.remove();
  });

  for (const timeout of ['0', 'soon']) {
    it(`waits the default time, not none, with timeout="${timeout}", as a load would`, async () => {
      const wrapper = await render<HTMLElement>(
        html`<bekasi-data src="/public/data/bekasi.json"
          ><bekasi-timeline timeout=${timeout}></bekasi-timeline
        ></bekasi-data>`,
      );
      const timeline = wrapper.querySelector<BekasiTimeline>('bekasi-timeline')!;
      // Long enough for a timer of 0 (or NaN, from "soon") to have fired and rendered.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await timeline.updateComplete;
      expect(shownState(timeline)).to.equal('loading');
      expect(shadowText(timeline)).not.to.include('Tidak ada data');
      await expect(timeline).to.be.accessible();
      wrapper.remove();
    });
  }
});
