import '../../setup.js';
import { expect } from '@open-wc/testing';
import {
  clampWindow,
  deriveTimelineView,
  filterSpans,
  fitWindow,
  lanesOf,
  MAX_SPAN,
  MIN_SPAN,
  moveFrom,
  panWindow,
  revealSpan,
  rowsOf,
  rowWindow,
  spansOf,
  ticksFor,
  zoomWindow,
} from '../../../src/components/timeline/timeline-view.js';
import type { Programme, Status } from '../../../src/data/schema.js';
import { validateDocument, type SmartCityModel } from '../../../src/data/validate.js';
import { fixture } from '../../fixtures/index.js';

const TODAY = new Date(2026, 10, 29);

function bekasi(): SmartCityModel {
  const { model } = validateDocument(fixture('bekasi'));
  if (!model) throw new Error('the demo document must validate');
  return model;
}

function programme(overrides: Partial<Programme> = {}): Programme {
  return { id: 'p', name: 'P', dimension: 'economy', start: '2020', status: 'in_progress', ...overrides };
}

const context = (model: SmartCityModel) => ({
  framework: model.framework,
  agencies: model.document.agencies ?? [],
  language: 'id',
  statusLabel: (status: Status) => `status:${status}`,
  noAgency: 'Tanpa perangkat daerah',
});

describe('timeline view: spans', () => {
  it('reads a partial start as its beginning and a partial end as its last moment', () => {
    const [span] = spansOf([programme({ start: '2023', end: '2023-09' })], TODAY);
    expect(new Date(span!.start)).to.deep.equal(new Date(2023, 0, 1));
    expect(new Date(span!.end!)).to.deep.equal(new Date(2023, 9, 1, 0, 0, 0, -1));
  });

  it('leaves an ongoing programme open-ended and flags what is overdue', () => {
    const [ongoing, late, done] = spansOf(
      [
        programme({ id: 'a' }),
        programme({ id: 'b', end: '2025-06', status: 'in_progress' }),
        programme({ id: 'c', end: '2025-06', status: 'completed' }),
      ],
      TODAY,
    );
    expect(ongoing!.end).to.equal(undefined);
    expect([ongoing!.overdue, late!.overdue, done!.overdue]).to.deep.equal([false, true, false]);
  });

  it('finds the extent of the shown programmes, running ongoing programmes to today', () => {
    const model = bekasi();
    const spans = spansOf(
      [
        programme({ id: 'a', start: '2016-03' }),
        programme({ id: 'b', start: '2020', end: '2021' }),
        programme({ id: 'c', start: '2012', end: '2013-05', status: 'completed' }),
      ],
      TODAY,
    );
    const extent = (filter = {}) =>
      deriveTimelineView(spans, 'dimension', filter, { ...context(model), today: TODAY }).extent;
    const [from, to] = extent()!;
    expect(new Date(from)).to.deep.equal(new Date(2012, 0, 1));
    expect(to).to.equal(TODAY.getTime());
    // Only what the filters leave counts: the completed programme's years are not shown.
    const [shownFrom, shownTo] = extent({ status: 'in_progress' })!;
    expect(new Date(shownFrom)).to.deep.equal(new Date(2016, 2, 1));
    expect(shownTo).to.equal(TODAY.getTime());
    expect(extent({ status: 'cancelled' })).to.equal(undefined);
    // Ended programmes only: the latest end, never today.
    const [, endedTo] = extent({ status: 'completed' })!;
    expect(new Date(endedTo)).to.deep.equal(new Date(2013, 5, 1, 0, 0, 0, -1));
  });
});

describe('timeline view: lanes and filters', () => {
  it('groups the demo programmes by dimension in the framework’s order, sorted by start', () => {
    const model = bekasi();
    const lanes = lanesOf(spansOf(model.document.programmes ?? [], TODAY), 'dimension', context(model));
    expect(lanes.map((lane) => lane.id)).to.deep.equal([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    for (const lane of lanes) {
      const starts = lane.spans.map((span) => span.start);
      expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    }
    const total = lanes.reduce((sum, lane) => sum + lane.spans.length, 0);
    expect(total).to.equal(model.document.programmes?.length);
  });

  it('groups by agency, with programmes without one last, and by status', () => {
    const model = bekasi();
    const spans = spansOf([programme({ id: 'x' }), programme({ id: 'y', agency: 'bappeda' })], TODAY);
    const byAgency = lanesOf(spans, 'agency', context(model));
    expect(byAgency.map((lane) => lane.id)).to.deep.equal(['bappeda', '']);
    expect(byAgency[1]!.label).to.equal('Tanpa perangkat daerah');
    const byStatus = lanesOf(
      spansOf([programme({ status: 'completed' }), programme({ status: 'planned' })], TODAY),
      'status',
      context(model),
    );
    expect(byStatus.map((lane) => lane.label)).to.deep.equal(['status:planned', 'status:completed']);
  });

  it('filters by dimension, agency (lead or partner), status and name', () => {
    const spans = spansOf(
      [
        programme({ id: 'a', name: { id: 'Wi-Fi publik', en: 'Public Wi-Fi' }, agency: 'diskominfostandi' }),
        programme({ id: 'b', name: 'Pasar digital', dimension: 'living', partners: ['diskominfostandi'] }),
        programme({ id: 'c', name: 'Sensor udara', status: 'planned' }),
      ],
      TODAY,
    );
    const ids = (filter: Parameters<typeof filterSpans>[1], language = 'id') =>
      filterSpans(spans, filter, language).map((span) => span.programme.id);
    expect(ids({ dimension: 'living' })).to.deep.equal(['b']);
    expect(ids({ agency: 'diskominfostandi' })).to.deep.equal(['a', 'b']);
    expect(ids({ status: 'planned' })).to.deep.equal(['c']);
    expect(ids({ query: 'wi-fi' })).to.deep.equal(['a']);
    expect(ids({ query: 'public' }, 'en')).to.deep.equal(['a']);
    expect(ids({ query: '   ' })).to.deep.equal(['a', 'b', 'c']);
    expect(ids({ query: '<script>' })).to.deep.equal([]);
  });
});

describe('timeline view: window and axis', () => {
  it('picks years, quarters or months for the ticks as the zoom changes', () => {
    const from = new Date(2016, 0).getTime();
    const to = new Date(2026, 0).getTime();
    const wide = ticksFor(from, to, 1000);
    expect(wide.every((tick) => tick.unit === 'year')).to.equal(true);
    expect(new Date(wide[0]!.time).getFullYear()).to.equal(2016);
    const year = ticksFor(new Date(2024, 0).getTime(), new Date(2025, 0).getTime(), 400);
    expect(year.map((tick) => new Date(tick.time).getMonth())).to.deep.equal([0, 3, 6, 9, 0]);
    expect(year.every((tick) => tick.unit === 'quarter')).to.equal(true);
    const months = ticksFor(new Date(2024, 0).getTime(), new Date(2024, 6).getTime(), 1200);
    expect(months.map((tick) => tick.unit)).to.include('month');
    expect(months).to.have.length(7);
  });

  it('thins years out on a narrow axis over decades, never crowding the labels', () => {
    const [from, to] = [new Date(1950, 0).getTime(), new Date(2050, 0).getTime()];
    const ticks = ticksFor(from, to, 320);
    expect(ticks.length).to.be.greaterThan(1);
    // About 48 px between lines (calendar months vary a little): a label takes 40 (TICK_LABEL at 16 px).
    const gaps = ticks.slice(1).map((tick, index) => ((tick.time - ticks[index]!.time) / (to - from)) * 320);
    expect(Math.min(...gaps)).to.be.above(40);
  });

  it('shows the months of a one-year window on an ordinary chart, 600 px wide', () => {
    const ticks = ticksFor(new Date(2025, 0).getTime(), new Date(2026, 0).getTime() - 1, 600);
    expect(ticks.map((tick) => tick.unit)).to.deep.equal(Array(12).fill('month'));
  });

  it('handles 10,000 programmes: spans, lanes, filter, rows and their window', () => {
    const model = bekasi();
    const dimensions = model.framework.dimensions.map((dimension) => dimension.id);
    const many = Array.from({ length: 10_000 }, (_, index) =>
      programme({
        id: `p${index}`,
        name: `Program ${index}`,
        dimension: dimensions[index % dimensions.length]!,
        start: `${2010 + (index % 15)}-${String((index % 12) + 1).padStart(2, '0')}`,
        end: index % 5 === 0 ? undefined : `${2026 + (index % 6)}`,
      }),
    );
    const spans = spansOf(many, TODAY);
    const lanes = lanesOf(spans, 'dimension', context(model));
    expect(lanes.reduce((sum, lane) => sum + lane.spans.length, 0)).to.equal(10_000);
    // Each word anywhere in the name: "Program 999", "Program 1999" … "Program 9999", "Program 9990" … 9998.
    expect(filterSpans(spans, { query: 'program 999' }, 'id').length).to.equal(19);
    const rows = rowsOf(lanes);
    expect(rows.length).to.equal(10_000 + lanes.length);
    expect(rowWindow(rows.length, 36, 36 * 5_000, 480)).to.deep.equal([4994, 5020]);
  });
});

describe('timeline view: rows, windows and moves', () => {
  const lanes = () => {
    const model = bekasi();
    return lanesOf(spansOf(model.document.programmes ?? [], TODAY), 'dimension', context(model));
  };

  it('flattens lanes into header and programme rows', () => {
    const rows = rowsOf(lanes());
    expect(rows[0]).to.include({ kind: 'lane', laneIndex: 0 });
    expect(rows[1]).to.include({ kind: 'programme', laneIndex: 0, indexInLane: 0 });
    expect(rows.filter((row) => row.kind === 'lane')).to.have.length(6);
    expect(rows).to.have.length(30);
  });

  it('windows rows by scroll position with overscan, clamped to the list', () => {
    // At the top, no overscan above it, and no more below than anywhere else: 6 rows fewer to
    // draw in the first frame.
    expect(rowWindow(10_000, 36, 0, 360, 6)).to.deep.equal([0, 16]);
    expect(rowWindow(10_000, 36, 36 * 3, 360, 6)).to.deep.equal([0, 19]);
    expect(rowWindow(10_000, 36, 36 * 9_995, 360, 6)).to.deep.equal([9984, 10_000]);
    // A list shorter than the view is drawn whole; a scroll position above the top (an elastic
    // overscroll) draws the top.
    expect(rowWindow(5, 36, 0, 360, 6)).to.deep.equal([0, 5]);
    expect(rowWindow(10_000, 36, -50, 360, 6)).to.deep.equal([0, 14]);
    expect(rowWindow(10_000, 36, 36 * 5000, 360, 6)).to.deep.equal([4994, 5016]);
    expect(rowWindow(12, 36, 36 * 100, 360, 6)).to.deep.equal([0, 12]);
    expect(rowWindow(0, 36, 0, 360)).to.deep.equal([0, 0]);
  });

  it('moves left and right within a lane, up and down to the nearest start, and stops at edges', () => {
    const all = lanes();
    const name = (place: { laneIndex: number; indexInLane: number } | undefined) =>
      place && all[place.laneIndex]!.spans[place.indexInLane]!.programme.id;
    expect(name(moveFrom(all, { laneIndex: 0, indexInLane: 0 }, 'next'))).to.equal('pengaduan-terpadu');
    expect(moveFrom(all, { laneIndex: 0, indexInLane: 0 }, 'previous')).to.equal(undefined);
    expect(moveFrom(all, { laneIndex: 0, indexInLane: 0 }, 'up')).to.equal(undefined);
    expect(name(moveFrom(all, { laneIndex: 0, indexInLane: 3 }, 'first'))).to.equal('poc');
    expect(name(moveFrom(all, { laneIndex: 0, indexInLane: 0 }, 'last'))).to.equal('perizinan-daring');
    // perizinan-daring starts 2021-06; in the next lane (branding) the nearest start is 2022-04.
    expect(name(moveFrom(all, { laneIndex: 0, indexInLane: 3 }, 'down'))).to.equal('wajah-kota');
    expect(moveFrom(all, { laneIndex: 9, indexInLane: 0 }, 'next')).to.equal(undefined);
  });

  it('zooms around an anchor within bounds, pans, fits and reveals', () => {
    const year = 365.25 * 24 * 3600 * 1000;
    const window = [0, 10 * year] as const;
    const zoomed = zoomWindow(window, 0.5, 2 * year);
    expect(zoomed[1] - zoomed[0]).to.be.closeTo(5 * year, 1);
    // The anchor keeps its place: a fifth of the way in, before and after.
    expect((2 * year - zoomed[0]) / (zoomed[1] - zoomed[0])).to.be.closeTo(0.2, 1e-9);
    expect(zoomWindow(window, 1e-9)[1] - zoomWindow(window, 1e-9)[0]).to.equal(MIN_SPAN);
    expect(zoomWindow(window, 1e9)[1] - zoomWindow(window, 1e9)[0]).to.equal(MAX_SPAN);
    expect(panWindow(window, 0.5)).to.deep.equal([5 * year, 15 * year]);
    const [from, to] = fitWindow([year, 2 * year], 0);
    expect(from).to.be.below(year);
    expect(to).to.be.above(2 * year);
    expect(fitWindow(undefined, 5 * year)[0]).to.be.below(5 * year);
    const span = { programme: programme(), start: 20 * year, end: 21 * year, overdue: false };
    expect(revealSpan(window, span)[0]).to.equal(19 * year);
    expect(revealSpan([19 * year, 25 * year], span)).to.deep.equal([19 * year, 25 * year]);
  });

  it('keeps a window within half a window of the data', () => {
    const extent: [number, number] = [10, 20];
    // Inside, or overlapping by half or more: left as it is.
    expect(clampWindow([12, 18], extent)).to.deep.equal([12, 18]);
    expect(clampWindow([15, 25], extent)).to.deep.equal([15, 25]);
    // Further out: moved back until its middle is on the data's edge.
    expect(clampWindow([30, 40], extent)).to.deep.equal([15, 25]);
    expect(clampWindow([-10, 0], extent)).to.deep.equal([5, 15]);
    // Wider than the data (zoomed out): its middle stays over the data.
    expect(clampWindow([-100, 0], extent)).to.deep.equal([-40, 60]);
    expect(clampWindow([30, 40], undefined)).to.deep.equal([30, 40]);
  });

  it('never moves a window against the way it was asked to go', () => {
    const extent: [number, number] = [10, 20];
    // The page set [0, 4], far before the data: a step earlier stays, one later goes later.
    expect(clampWindow([-1, 3], extent, [0, 4])).to.deep.equal([0, 4]);
    expect(clampWindow([1, 5], extent, [0, 4])).to.deep.equal([1, 5]);
    // Past the end, a step later stays; inside, as before.
    expect(clampWindow([41, 45], extent, [40, 44])).to.deep.equal([40, 44]);
    expect(clampWindow([30, 40], extent, [12, 18])).to.deep.equal([15, 25]);
  });

  it('derives counts of shown, running and overdue programmes for the summary', () => {
    const model = bekasi();
    const spans = spansOf(model.document.programmes ?? [], TODAY);
    const view = deriveTimelineView(
      spans,
      'status',
      { status: 'in_progress' },
      { ...context(model), today: TODAY },
    );
    expect(view.total).to.equal(24);
    expect(view.shown).to.equal(view.running);
    expect(view.lanes.map((lane) => lane.id)).to.deep.equal(['in_progress']);
    const programmeRows = view.rows.flatMap((row, index) =>
      row.kind === 'programme' ? [[row, index] as const] : [],
    );
    expect(programmeRows).to.have.length(view.shown);
    for (const [row, index] of programmeRows) expect(view.rowOf(row.span.programme)).to.equal(index);
    const hidden = model.document.programmes?.find((each) => each.status !== 'in_progress') as Programme;
    expect(view.rowOf(hidden)).to.equal(undefined);
    expect(view.overdue).to.be.greaterThan(0);
  });
});
