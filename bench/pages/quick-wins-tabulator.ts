/**
 * Tabulator 6.5.3 in the quick-wins scenario: the same 10,000 quick wins as flat rows (flattened
 * before timing, in the shown language, with progress precomputed: Tabulator gets its input
 * ready-made), virtual DOM rendering in a 600 px high table, a progress-bar column.
 */
import { kpiProgress, localize } from '../../src/data/derive.js';
import type { QuickWin } from '../../src/data/schema.js';
import { Tabulator } from './lib-tabulator.js';
import { defineBench, stage, timeWork } from './harness.js';
import { loadQuickWinsData } from './quick-wins-data.js';

defineBench(async () => {
  const { scenario, document: data } = await loadQuickWinsData();
  const style = document.createElement('style');
  style.textContent = scenario.tabulatorCss;
  document.head.append(style);
  const agencies = new Map(
    (data['agencies'] as { id: string; abbr: string }[]).map((agency) => [agency.id, agency.abbr]),
  );
  const rows = (data['quickWins'] as QuickWin[]).map((quickWin) => ({
    id: quickWin.id,
    name: localize(quickWin.name, 'id'),
    dimension: quickWin.dimension,
    agency: quickWin.agency ? agencies.get(quickWin.agency) : '',
    status: quickWin.status,
    health: quickWin.health ?? '',
    due: quickWin.due ?? '',
    actual: quickWin.kpi?.actual,
    target: quickWin.kpi?.target,
    progress: quickWin.progress ?? (quickWin.kpi ? kpiProgress(quickWin.kpi) : undefined),
  }));
  // Tabulator has no typings in this repository; the page uses a small part of its API.
  let table: { setFilter(field: string, type: string, value: string): void; clearFilter(all: boolean): void };

  /** A table of the 10,000 rows; resolves once Tabulator says it is built. */
  const create = () =>
    new Promise<typeof table>((resolve) => {
      const box = document.createElement('div');
      stage().append(box);
      const created = new Tabulator(box, {
        data: rows,
        height: 600,
        layout: 'fitColumns',
        initialSort: [{ column: 'due', dir: 'asc' }],
        columns: [
          { title: 'Nama', field: 'name', widthGrow: 3 },
          { title: 'Dimensi', field: 'dimension' },
          { title: 'Perangkat daerah', field: 'agency' },
          { title: 'Status', field: 'status' },
          { title: 'Kondisi', field: 'health' },
          { title: 'Tenggat', field: 'due' },
          { title: 'Capaian', field: 'actual', hozAlign: 'right' },
          { title: 'Target', field: 'target', hozAlign: 'right' },
          { title: 'Kemajuan', field: 'progress', formatter: 'progress' },
        ],
      });
      created.on('tableBuilt', () => resolve(created));
    });

  return {
    firstRender: () =>
      timeWork('firstRender', async () => {
        table = await create();
      }),
    filter: () => timeWork('filter', () => table.setFilter('status', '=', scenario.filter.status)),
    clearFilter: () => timeWork('clearFilter', () => table.clearFilter(true)),
    secondRender: () => timeWork('secondRender', create),
  };
});
