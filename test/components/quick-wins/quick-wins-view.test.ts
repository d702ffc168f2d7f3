import '../../setup.js';
import { expect } from '@open-wc/testing';
import {
  filterRows,
  measurements,
  quickWinRows,
  sortRows,
  sparkline,
  summarise,
  type QuickWinRow,
} from '../../../src/components/quick-wins/quick-wins-view.js';
import { validateDocument, type SmartCityModel } from '../../../src/data/validate.js';
import { fixture } from '../../fixtures/index.js';

const TODAY = new Date(2026, 10, 1); // 1 November 2026

function model(document: unknown): SmartCityModel {
  const result = validateDocument(document);
  if (!result.model) throw new Error('invalid fixture');
  return result.model;
}

/** A document of the given quick wins over the built-in framework. */
function withQuickWins(...quickWins: object[]): SmartCityModel {
  return model({
    schemaVersion: '1.0',
    agencies: [{ id: 'dinkes', abbr: 'Dinkes', name: 'Dinas Kesehatan' }],
    quickWins: quickWins.map((item, index) => ({
      id: `q${index}`,
      name: `Quick win ${index}`,
      dimension: 'governance',
      status: 'in_progress',
      ...item,
    })),
  });
}

const progressOf = (kpi: object, extra: object = {}) =>
  quickWinRows(withQuickWins({ kpi: { name: 'KPI', ...kpi }, ...extra }), 'id', TODAY)[0]?.progress;

const ids = (rows: readonly QuickWinRow[]) => rows.map((row) => row.quickWin.id);

describe('quick wins view', () => {
  describe('progress, direction aware', () => {
    it('measures an increasing KPI from baseline towards target', () => {
      expect(progressOf({ baseline: 0, target: 1000, actual: 968 })).to.be.closeTo(96.8, 1e-9);
      expect(
        progressOf({ baseline: 1200, target: 10000, actual: 8420, direction: 'increase' }),
      ).to.be.closeTo(82.045, 0.001);
    });

    it('measures a decreasing KPI: done when it falls to its target', () => {
      // 14 working days → 5, target 3: 9 of 11 days removed.
      expect(progressOf({ baseline: 14, target: 3, actual: 5, direction: 'decrease' })).to.be.closeTo(
        81.818,
        0.001,
      );
      expect(progressOf({ baseline: 95, target: 30, actual: 30, direction: 'decrease' })).to.equal(100);
    });

    it('caps an actual beyond the target at 100 and one behind the baseline at 0', () => {
      expect(progressOf({ baseline: 0, target: 10, actual: 15 })).to.equal(100);
      expect(progressOf({ baseline: 95, target: 30, actual: 20, direction: 'decrease' })).to.equal(100);
      expect(progressOf({ baseline: 10, target: 20, actual: 5 })).to.equal(0);
      expect(progressOf({ baseline: 95, target: 30, actual: 120, direction: 'decrease' })).to.equal(0);
    });

    it('has no progress without an actual value; a kept target is met or not', () => {
      expect(progressOf({ baseline: 0, target: 10 })).to.equal(undefined);
      expect(progressOf({ baseline: 5, target: 5, actual: 5 })).to.equal(100);
      expect(progressOf({ baseline: 5, target: 5, actual: 4 })).to.equal(0);
    });

    it('measures a KPI whose direction its target contradicts from baseline to target (the validator drops the direction)', () => {
      expect(progressOf({ baseline: 0, target: 10, actual: 5, direction: 'decrease' })).to.equal(50);
      expect(progressOf({ baseline: 10, target: 0, actual: 8, direction: 'increase' })).to.equal(20);
    });

    it('prefers the stated progress, and has none without KPI or progress', () => {
      expect(progressOf({ baseline: 0, target: 10, actual: 5 }, { progress: 70 })).to.equal(70);
      expect(quickWinRows(withQuickWins({}), 'id', TODAY)[0]?.progress).to.equal(undefined);
    });

    it('drops a quick win whose KPI lacks its baseline or target, and reports it', () => {
      const result = validateDocument({
        schemaVersion: '1.0',
        quickWins: [
          { id: 'a', name: 'A', dimension: 'economy', status: 'planned', kpi: { name: 'K', target: 5 } },
          { id: 'b', name: 'B', dimension: 'economy', status: 'planned', kpi: { name: 'K', baseline: 5 } },
          { id: 'c', name: 'C', dimension: 'economy', status: 'planned' },
        ],
      });
      expect(result.model?.document.quickWins?.map((item) => item.id)).to.deep.equal(['c']);
      expect(result.issues.map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal([
        'quickWins[0].kpi.baseline required',
        'quickWins[1].kpi.target required',
      ]);
    });
  });

  describe('overdue', () => {
    it('is overdue when the due period has passed and it is not completed or cancelled', () => {
      const rows = quickWinRows(
        withQuickWins(
          { due: '2026-10' },
          { due: '2026-10', status: 'completed' },
          { due: '2026-10', status: 'cancelled' },
          { due: '2026-10', status: 'on_hold' },
          { due: '2026-11' },
          {},
        ),
        'id',
        TODAY,
      );
      expect(rows.map((row) => row.overdue)).to.deep.equal([true, false, false, true, false, false]);
    });

    it('reads a partial due date as the end of its period', () => {
      const [row] = quickWinRows(withQuickWins({ due: '2023-09' }), 'id', new Date(2023, 8, 30, 23, 59));
      expect(row?.overdue).to.equal(false);
      expect(row?.due).to.equal(new Date(2023, 9, 1).getTime() - 1);
      const [later] = quickWinRows(withQuickWins({ due: '2023-09' }), 'id', new Date(2023, 9, 1));
      expect(later?.overdue).to.equal(true);
      const [year] = quickWinRows(withQuickWins({ due: '2023' }), 'id', new Date(2023, 11, 31, 12));
      expect(year?.overdue).to.equal(false);
    });
  });

  describe('filters, search and sort', () => {
    const bekasi = () => quickWinRows(model(fixture('bekasi')), 'id', TODAY);

    it('filters by status, health, dimension and agency, each and together', () => {
      const rows = bekasi();
      expect(ids(filterRows(rows, { status: 'completed' }, 'id'))).to.deep.equal([
        'kalender-event',
        'antrean-puskesmas',
        'wifi-publik',
      ]);
      expect(ids(filterRows(rows, { health: 'at_risk' }, 'id'))).to.deep.equal(['qris-umkm']);
      expect(ids(filterRows(rows, { dimension: 'living' }, 'id'))).to.deep.equal(['antrean-puskesmas']);
      expect(ids(filterRows(rows, { agency: 'dpmptsp' }, 'id'))).to.deep.equal(['izin-sla']);
      expect(ids(filterRows(rows, { status: 'in_progress', health: 'on_track' }, 'id'))).to.deep.equal([
        'sensor-udara-sungai',
      ]);
      expect(filterRows(rows, { status: 'completed', dimension: 'economy' }, 'id')).to.deep.equal([]);
      expect(filterRows(rows, {}, 'id')).to.have.length(6);
    });

    it('searches name, description, agency and KPI in the shown language, case-insensitively', () => {
      const model_ = model(fixture('bekasi'));
      const id = quickWinRows(model_, 'id', TODAY);
      const en = quickWinRows(model_, 'en', TODAY);
      expect(ids(filterRows(id, { q: 'ANTREAN' }, 'id'))).to.deep.equal(['antrean-puskesmas']);
      // The Indonesian word is not searched when the tracker speaks English.
      expect(filterRows(en, { q: 'antrean' }, 'en')).to.deep.equal([]);
      expect(ids(filterRows(en, { q: 'health centre' }, 'en'))).to.deep.equal(['antrean-puskesmas']);
      expect(ids(filterRows(id, { q: '  dinkes ' }, 'id'))).to.deep.equal(['antrean-puskesmas']);
      expect(ids(filterRows(en, { q: 'working days' }, 'en'))).to.deep.equal(['izin-sla']);
    });

    it('sorts by due date, progress and name, either way, gaps last', () => {
      const rows = quickWinRows(
        withQuickWins(
          { name: 'Beta', due: '2025-06', progress: 50 },
          { name: 'alfa', due: '2024', progress: 10 },
          { name: 'Gamma' },
          { name: 'Ćelik', due: '2024-03', progress: 90 },
        ),
        'id',
        TODAY,
      );
      expect(ids(sortRows(rows, 'due', 'id'))).to.deep.equal(['q3', 'q1', 'q0', 'q2']);
      expect(ids(sortRows(rows, '-due', 'id'))).to.deep.equal(['q0', 'q1', 'q3', 'q2']);
      expect(ids(sortRows(rows, 'progress', 'id'))).to.deep.equal(['q1', 'q0', 'q3', 'q2']);
      expect(ids(sortRows(rows, '-progress', 'id'))).to.deep.equal(['q3', 'q0', 'q1', 'q2']);
      expect(ids(sortRows(rows, 'name', 'id'))).to.deep.equal(['q1', 'q0', 'q3', 'q2']);
      expect(ids(sortRows(rows, '-name', 'id'))).to.deep.equal(['q2', 'q3', 'q0', 'q1']);
      // The input is left as it was.
      expect(ids(rows)).to.deep.equal(['q0', 'q1', 'q2', 'q3']);
    });
  });

  it('sums up counts per status and health, share completed and overdue', () => {
    const summary = summarise(quickWinRows(model(fixture('bekasi')), 'id', TODAY));
    expect(summary).to.deep.equal({
      count: 6,
      byStatus: { planned: 0, in_progress: 3, completed: 3, on_hold: 0, cancelled: 0 },
      byHealth: { on_track: 1, at_risk: 1, off_track: 1 },
      completed: 3,
      share: 50,
      overdue: 1,
    });
    expect(summarise([]).share).to.equal(0);
  });

  it('draws a sparkline in its box, flat in the middle when nothing changes', () => {
    const even = (...values: number[]) => values.map((value, index) => ({ time: index * 1000, value }));
    expect(sparkline(even(0, 5, 10), 80, 24)).to.equal('0.0,22.0 40.0,12.0 80.0,2.0');
    expect(sparkline(even(14, 5), 80, 24)).to.equal('0.0,2.0 80.0,22.0');
    expect(sparkline(even(7, 7), 80, 24)).to.equal('0.0,12.0 80.0,12.0');
    expect(sparkline(even(7), 80, 24)).to.equal('0.0,12.0 80,12.0');
  });

  it('orders a KPI history by time, a partial date standing for its middle', () => {
    const history = measurements([
      { date: '2024-01-15', value: 3 },
      { date: '2023', value: 2 },
      { date: '2023-03', value: 1 },
    ]);
    expect(history.map((point) => point.date)).to.deep.equal(['2023-03', '2023', '2024-01-15']);
    // Mid-March 2023 to 2 July 2023 (mid-2023) is 108 of the 305 days to 15 January 2024.
    const [march, year, january] = history.map((point) => point.time) as [number, number, number];
    expect((year - march) / (january - march)).to.be.closeTo(108 / 305, 0.01);
    expect(measurements(undefined)).to.deep.equal([]);
  });

  it('places each measurement at its time, and spreads measurements of one date', () => {
    // Three measurements: then six months later, then a year and a half after that.
    const history = [
      { time: 0, value: 0 },
      { time: 6, value: 5 },
      { time: 24, value: 10 },
    ];
    expect(sparkline(history, 80, 24)).to.equal('0.0,22.0 20.0,12.0 80.0,2.0');
    const sameDay = [
      { time: 5, value: 1 },
      { time: 5, value: 3 },
    ];
    expect(sparkline(sameDay, 80, 24)).to.equal('0.0,22.0 80.0,2.0');
  });
});
