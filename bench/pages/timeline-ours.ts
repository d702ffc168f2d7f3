/**
 * `<bekasi-timeline>` in the timeline scenarios: the generated programmes as a property, one lane
 * per agency, the chart layout; then zoom in, zoom out and pan with its own toolbar buttons.
 */
import '../../src/bekasi-timeline.js';
import type { BekasiTimeline } from '../../src/bekasi-timeline.js';
import { defineBench, stage, timeWork } from './harness.js';
import { loadTimelineData } from './timeline-data.js';

/** Lit's documented way to wait until no further update is pending (updated() may request one). */
async function settled(element: BekasiTimeline): Promise<void> {
  while (!(await element.updateComplete)) {
    // Another update was requested while this one finished: wait for it too.
  }
}

defineBench(async () => {
  const { document: data } = await loadTimelineData();
  let timeline: BekasiTimeline | undefined;

  /** Clicks a toolbar button by its accessible name (the page is in Indonesian), then settles. */
  const click = async (label: string): Promise<void> => {
    const element = timeline as BekasiTimeline;
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>(
      `.toolbar button[aria-label="${label}"]`,
    );
    if (!button) throw new Error(`<bekasi-timeline> has no toolbar button "${label}"`);
    button.click();
    await settled(element);
  };

  return {
    firstRender: () =>
      timeWork('firstRender', async () => {
        const element = document.createElement('bekasi-timeline');
        element.setAttribute('group-by', 'agency');
        element.setAttribute('layout', 'chart');
        element.data = data;
        stage().append(element);
        await settled(element);
        timeline = element;
      }),
    zoomIn: () => timeWork('zoomIn', () => click('Perbesar')),
    zoomOut: () => timeWork('zoomOut', () => click('Perkecil')),
    pan: () => timeWork('pan', () => click('Lebih akhir')),
  };
});
