/** `<bekasi-scorecard>` in the scorecard scenario: data as a property, 2023 as the comparison. */
import '../../src/bekasi-scorecard.js';
import type { BekasiScorecard } from '../../src/bekasi-scorecard.js';
import { defineBench, stage, timeWork } from './harness.js';
import { documentWithScores, loadScorecardData } from './scorecard-data.js';

/** Lit's documented way to wait until no further update is pending (updated() may request one). */
async function settled(element: BekasiScorecard): Promise<void> {
  while (!(await element.updateComplete)) {
    // Another update was requested while this one finished: wait for it too.
  }
}

defineBench(async () => {
  const data = await loadScorecardData();
  // New document objects, as a refresh would bring them; made before any timing.
  const documents = data.updates.map((scores) => documentWithScores(data, scores));
  const another = documentWithScores(data, data.initial);
  let scorecard: BekasiScorecard | undefined;

  const create = async (document_: object): Promise<BekasiScorecard> => {
    const element = document.createElement('bekasi-scorecard');
    element.data = document_;
    element.compare = String(data.compareYear);
    stage().append(element);
    await settled(element);
    return element;
  };

  return {
    firstRender: () =>
      timeWork('firstRender', async () => {
        scorecard = await create(data.document);
      }),
    updates: () =>
      timeWork('updates', async () => {
        const element = scorecard as BekasiScorecard;
        for (const next of documents) {
          element.data = next;
          await settled(element);
        }
      }),
    secondRender: () => timeWork('secondRender', () => create(another)),
  };
});
