import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineStoryDataState } from './support/data-state-provider.js';
import { DEMO_URL, doc, manyQuickWinsDocument } from './support/fixtures.js';
import {
  type BaseArgs,
  baseArgs,
  dataArgTypes,
  inState,
  LOADING_STATE,
  STALE,
  TIMED_OUT,
  todayArgType,
  todayOf,
} from './support/shared.js';

defineStoryDataState();

/** The tracker's args, named as a page writes them: attributes by their attribute name. */
interface QuickWinsArgs extends BaseArgs {
  layout?: 'cards' | 'table';
  status?: string;
  health?: string;
  dimension?: string;
  agency?: string;
  q?: string;
  sort?: string;
  expanded?: boolean;
  'heading-level'?: number;
  /** The `today` property, as the date control's timestamp. */
  today?: number;
  'page-size'?: number;
  /** The manifest also lists these under their property names; hidden from the table. */
  headingLevel?: never;
  pageSize?: never;
  onBekasiQuickwinSelect?: (event: Event) => void;
}

/** One `<bekasi-quick-wins>` from args; `fallback` is its light-DOM content. */
function quickWins(args: QuickWinsArgs, fallback: unknown = nothing): TemplateResult {
  return html`<bekasi-quick-wins
    ${baseArgs(args)}
    layout=${ifDefined(args.layout)}
    status=${ifDefined(args.status || undefined)}
    health=${ifDefined(args.health || undefined)}
    dimension=${ifDefined(args.dimension || undefined)}
    agency=${ifDefined(args.agency || undefined)}
    q=${ifDefined(args.q || undefined)}
    sort=${ifDefined(args.sort || undefined)}
    ?expanded=${args.expanded}
    heading-level=${ifDefined(args['heading-level'])}
    page-size=${ifDefined(args['page-size'])}
    .today=${todayOf(args.today)}
    @bekasi-quickwin-select=${args.onBekasiQuickwinSelect}
    >${fallback}</bekasi-quick-wins
  >`;
}

/** The Bekasi document with extra quick wins: every status and health value, and the data gaps. */
function everyState(): Record<string, unknown> {
  const copy = doc('bekasi') as { quickWins: Record<string, unknown>[] };
  copy.quickWins.push(
    {
      id: 'halte-pintar',
      name: { id: 'Halte bus pintar di 20 titik', en: 'Smart bus stops at 20 sites' },
      dimension: 'living',
      agency: 'dishub',
      status: 'planned',
      start: '2027-01',
      due: '2027-12',
      kpi: { name: { id: 'Halte terpasang', en: 'Stops installed' }, baseline: 0, target: 20 },
    },
    {
      id: 'sekolah-daring',
      name: { id: 'Sekolah terhubung internet', en: 'Connected schools' },
      dimension: 'society',
      agency: 'disdik',
      status: 'on_hold',
      health: 'at_risk',
      due: '2026-03',
      progress: 40,
    },
    {
      id: 'kartu-parkir',
      name: { id: 'Kartu parkir elektronik', en: 'Electronic parking card' },
      dimension: 'economy',
      agency: 'dishub',
      status: 'cancelled',
      due: '2024-06',
    },
  );
  return copy;
}

/**
 * Quick wins with long Indonesian names and descriptions, and agencies shown by their full names
 * (no abbreviations): text wraps, nothing overflows.
 */
function longNames(): Record<string, unknown> {
  const copy = doc('bekasi') as {
    quickWins: Record<string, unknown>[];
    agencies: Record<string, unknown>[];
  };
  for (const quickWin of copy.quickWins) {
    quickWin['name'] =
      'Percepatan Penyelenggaraan Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik di Lingkungan Pemerintah Kota Bekasi';
    quickWin['description'] =
      'Penyederhanaan prosedur, integrasi sistem informasi antarperangkat daerah, dan peningkatan kapasitas sumber daya manusia penyelenggara pelayanan perizinan dan nonperizinan.';
  }
  for (const agency of copy.agencies) delete agency['abbr'];
  return copy;
}

/** The demo's quick wins, each with a status the format does not know. */
function everyStatusUnknown(): Record<string, unknown> {
  const copy = doc('bekasi') as { quickWins: Record<string, unknown>[] };
  for (const quickWin of copy.quickWins) quickWin['status'] = 'done-ish';
  return copy;
}

/** Only the quick wins with these ids, from `everyState()`. */
function onlyQuickWins(ids: readonly string[]): Record<string, unknown> {
  const copy = everyState() as { quickWins: { id: string }[] };
  copy.quickWins = copy.quickWins.filter((quickWin) => ids.includes(quickWin.id));
  return copy;
}

const bekasi = doc('bekasi') as {
  agencies: { id: string }[];
  quickWins: { dimension: string }[];
};

const many = manyQuickWinsDocument(10_000);

const meta = {
  title: 'Components/Quick wins',
  component: 'bekasi-quick-wins',
  tags: ['autodocs'],
  render: (args) => quickWins(args),
  args: {
    layout: 'cards',
    sort: 'due',
    expanded: false,
    'heading-level': 2,
    'page-size': 12,
    strict: false,
    data: doc('bekasi'),
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['cards', 'table'] },
    status: {
      control: 'select',
      options: ['', 'planned', 'in_progress', 'completed', 'on_hold', 'cancelled'],
    },
    health: { control: 'select', options: ['', 'on_track', 'at_risk', 'off_track'] },
    // The ids the Bekasi document uses, so a designer need not know them.
    dimension: {
      control: 'select',
      options: ['', ...new Set(bekasi.quickWins.map((item) => item.dimension))],
    },
    agency: { control: 'select', options: ['', ...bekasi.agencies.map((agency) => agency.id)] },
    q: { control: 'text' },
    sort: { control: 'select', options: ['due', '-due', 'progress', '-progress', 'name', '-name'] },
    expanded: { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'page-size': { control: { type: 'number', min: 1, max: 50, step: 1 } },
    today: todayArgType,
    ...dataArgTypes,
    headingLevel: { table: { disable: true } },
    pageSize: { table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Quick Win tracker: a summary with counts per status and health, the share completed and the ' +
          'number overdue; then each quick win with its dimension, agency, status and health, due date, KPI ' +
          'progress (direction aware) and history. Search, filters and sort are attributes, so a page can preset ' +
          'them; "Unduh CSV" downloads the current view. Fed from the same fixtures as the tests.',
      },
    },
  },
} satisfies Meta<QuickWinsArgs>;

export default meta;
type Story = StoryObj<QuickWinsArgs>;

/** Kota Bekasi's six quick wins as cards, soonest due first. */
export const Default: Story = {};

/** `layout="table"`: one row per quick win; a row opens into its details. */
export const Table: Story = { args: { layout: 'table' } };

/** `expanded`: every card shows its description, start date and evidence. */
export const Expanded: Story = { args: { expanded: true } };

/** The table with every row opened: each details row spans the whole table. */
export const TableExpanded: Story = { args: { layout: 'table', expanded: true } };

/** Every status (planned, in progress, completed, on hold, cancelled) and every health value, each with an icon and words. */
export const AllStatuses: Story = { args: { data: everyState() } };

/** The same in the table layout. */
export const AllStatusesTable: Story = { args: { data: everyState(), layout: 'table' } };

/** `status="in_progress"`: a filter preset by the page. */
export const FilterStatus: Story = { args: { status: 'in_progress' } };

/** `health="off_track"`. */
export const FilterHealth: Story = { args: { health: 'off_track' } };

/** `dimension="living"` (an id or an alias). */
export const FilterDimension: Story = { args: { dimension: 'living' } };

/** `agency="dinkes"`. */
export const FilterAgency: Story = { args: { agency: 'dinkes' } };

/** `q="wi-fi"`: search in the shown language (name, description, agency, dimension, KPI). */
export const Search: Story = { args: { q: 'wi-fi' } };

/** `sort="-progress"`: most progress first. */
export const SortByProgress: Story = { args: { sort: '-progress' } };

/** A filter that matches nothing: the message says so, and "Hapus filter" clears it. */
export const NothingMatches: Story = { args: { q: 'jembatan layang' } };

/**
 * KPIs that must decrease (permit time, health-centre wait): "makin rendah makin baik", progress
 * measured from baseline down to target.
 */
export const DecreasingKpis: Story = { args: { q: 'rata-rata', expanded: true } };

/**
 * Missing KPI data: the event calendar has no KPI but a stated progress; the smart bus stops have a
 * KPI without an actual value; the parking card has neither. Gaps show "—", read as "tidak ada data".
 */
export const MissingKpi: Story = {
  args: { data: onlyQuickWins(['kalender-event', 'halte-pintar', 'kartu-parkir']), expanded: true },
};

/**
 * Values at the edges: 996 permits of 1,000 shows 99 %, never 100 %; a target equal to its baseline
 * (keep every service online) is met, 100 %; the summary says "(50 %)" for one of two completed.
 */
export const EdgeValues: Story = {
  args: {
    expanded: true,
    data: {
      schemaVersion: '1.0',
      quickWins: [
        {
          id: 'izin-hampir',
          name: { id: 'Izin usaha terbit tepat waktu', en: 'Business permits issued on time' },
          dimension: 'economy',
          status: 'in_progress',
          health: 'on_track',
          kpi: { name: { id: 'Izin terbit', en: 'Permits issued' }, baseline: 0, target: 1000, actual: 996 },
        },
        {
          id: 'layanan-daring',
          name: { id: 'Layanan daring selalu tersedia', en: 'Online services always available' },
          dimension: 'governance',
          status: 'completed',
          health: 'on_track',
          kpi: {
            name: { id: 'Ketersediaan', en: 'Availability' },
            unit: '%',
            direction: 'increase',
            baseline: 100,
            target: 100,
            actual: 100,
          },
        },
      ],
    },
  },
};

/** Realistically long Indonesian names and descriptions, agencies by full name: text wraps, nothing overflows. */
export const LongNames: Story = { args: { data: longNames() } };

/** `lang="en"`: English, the element's own language (a `lang="en"` on the page around it does the same). The toolbar's Language button switches this story too. */
export const English: Story = { args: { lang: 'en' } };

/** `theme="dark"`, on a dark page. The Theme toolbar button switches this story too, as every story. */
export const Dark: Story = { args: { expanded: true, theme: 'dark' } };

/** 10,000 quick wins: 12 per page, so the DOM stays small; filters and sort stay within a frame. */
export const TenThousand: Story = { args: { data: many } };

/** 10,000 quick wins in the table layout. */
export const TenThousandTable: Story = { args: { data: many, layout: 'table' } };

/** In a 320 px container. */
export const Narrow320: Story = {
  render: (args) => html`<div style="width: 320px">${quickWins(args)}</div>`,
};

/** The table in a 320 px container: the table scrolls in its own box, the page does not. */
export const Narrow320Table: Story = {
  args: { layout: 'table' },
  render: (args) => html`<div style="width: 320px">${quickWins(args)}</div>`,
};

/** A document with no quick wins yet. */
export const Empty: Story = { args: { data: { ...doc('bekasi'), quickWins: [] } } };

/** Loading: the space is reserved, so nothing jumps when the data arrives. */
export const Loading: Story = inState(LOADING_STATE, quickWins);

/** The endpoint did not answer in time: what and where, in the page's language, with "Coba lagi". */
export const LoadFailure: Story = inState(
  TIMED_OUT,
  quickWins,
  html`<p><a href="https://www.bekasikota.go.id">Situs resmi Pemerintah Kota Bekasi</a></p>`,
);

/**
 * A refresh failed: the quick wins fetched three hours ago stay, with a note that they may be out
 * of date and a way to try again (the `notice` part).
 */
export const StaleData: Story = inState(STALE, quickWins);

/**
 * Bad items are left out and reported (a console warning, the `bekasi-load` event's issues); the
 * valid rest shows.
 */
export const PartialData: Story = { args: { data: doc('partial') } };

/** `strict`: any problem in the data is an error, for teams checking their endpoint. */
export const StrictWithPartialData: Story = { args: { data: doc('partial'), strict: true } };

/** A document without a `quickWins` section is an error for this component. */
export const MissingSection: Story = { args: { data: doc('minimal') } };

/**
 * Every quick win left out (here each has a status the format does not know): an error naming the
 * section, not "no quick wins yet", which would hide that the data is broken.
 */
export const EveryItemLeftOut: Story = { args: { data: everyStatusUnknown() } };

/** The one-tag embed: `src` fetches the document (here `/data/bekasi.json`, served by Storybook). */
export const FromSrc: Story = { args: { data: undefined, src: DEMO_URL } };
