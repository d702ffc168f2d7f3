/** `<bekasi-quick-wins>` in the quick-wins scenario: 10,000 quick wins as a property, cards layout. */
import '../../src/bekasi-quick-wins.js';
import type { BekasiQuickWins } from '../../src/bekasi-quick-wins.js';
import { defineBench, documentSource, stage, timeWork } from './harness.js';
import { loadQuickWinsData } from './quick-wins-data.js';

/** Lit's documented way to wait until no further update is pending (updated() may request one). */
async function settled(element: BekasiQuickWins): Promise<void> {
  while (!(await element.updateComplete)) {
    // Another update was requested while this one finished: wait for it too.
  }
}

defineBench(async () => {
  const { scenario, document: data } = await loadQuickWinsData();
  const giveDocument = documentSource(data);
  let element: BekasiQuickWins | undefined;
  return {
    firstRender: () =>
      timeWork('firstRender', async () => {
        element = document.createElement('bekasi-quick-wins');
        giveDocument(element);
        stage().append(element);
        await settled(element);
      }),
    filter: () =>
      timeWork('filter', async () => {
        const tracker = element as BekasiQuickWins;
        tracker.status = scenario.filter.status;
        await settled(tracker);
      }),
    clearFilter: () =>
      timeWork('clearFilter', async () => {
        const tracker = element as BekasiQuickWins;
        tracker.status = undefined;
        await settled(tracker);
      }),
    // The same document object again: its validation is remembered, so this is the tracker's
    // rendering alone (rows, sort, summary, cards) in a warm page, as Tabulator's is.
    secondRender: () =>
      timeWork('secondRender', async () => {
        const another = document.createElement('bekasi-quick-wins');
        another.data = data;
        stage().append(another);
        await settled(another);
      }),
  };
});
