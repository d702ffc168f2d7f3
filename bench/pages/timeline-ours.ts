/**
 * `<bekasi-timeline>` in the timeline scenarios: the generated programmes as a property, one lane
 * per agency, the chart layout; then zoom in, zoom out and pan with its own toolbar buttons.
 */
import '../../src/bekasi-timeline.js';
import type { BekasiTimeline } from '../../src/bekasi-timeline.js';
import { validateDocument } from '../../src/data/validate.js';
import { defineBench, documentSource, stage, timeWork } from './harness.js';
import { loadTimelineData } from './timeline-data.js';

/** Lit's documented way to wait until no further update is pending (updated() may request one). */
async function settled(element: BekasiTimeline): Promise<void> {
  while (!(await element.updateComplete)) {
    // Another update was requested while this one finished: wait for it too.
  }
}

defineBench(async () => {
  const { document: data } = await loadTimelineData();
  const giveDocument = documentSource(data);
  // Validation results are kept per document object: a copy is a document never seen before.
  const copy = structuredClone(data);
  let timeline: BekasiTimeline | undefined;

  /** Clicks a toolbar button by its accessible name (the page is in Indonesian), then settles. */
  const click = async (label: string): Promise<void> => {
    const element = timeline as BekasiTimeline;
    // Named by `title` since the icon buttons dropped `aria-label` (read twice); a revision from
    // before that, built by bench/ab.mjs, still names them by `aria-label`.
    const button = [
      ...(element.shadowRoot?.querySelectorAll<HTMLButtonElement>('.toolbar button') ?? []),
    ].find((each) => (each.getAttribute('aria-label') ?? each.title) === label);
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
        giveDocument(element);
        stage().append(element);
        await settled(element);
        timeline = element;
      }),
    zoomIn: () => timeWork('zoomIn', () => click('Perbesar')),
    zoomOut: () => timeWork('zoomOut', () => click('Perkecil')),
    pan: () => timeWork('pan', () => click('Lebih akhir')),
    // design.md's "validate a 10,000-programme document" on its own: every section, as the
    // command line does, in this page after the timeline's code has run once.
    validate: () => {
      const start = performance.now();
      const { issues } = validateDocument(copy);
      if (issues.length > 0) throw new Error(`The bench document has ${issues.length} issues`);
      return { validate: performance.now() - start };
    },
  };
});
