import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineStoryDataState } from './support/data-state-provider.js';
import { DEMO_URL, doc, manyProgrammesDocument } from './support/fixtures.js';
import {
  type BaseArgs,
  baseArgs,
  dataArgTypes,
  inState,
  LOADING_STATE,
  renderedComponent,
  STALE,
  TIMED_OUT,
  todayArgType,
  todayOf,
} from './support/shared.js';

defineStoryDataState();

/** The timeline's args, named as a page writes them: attributes by their attribute name. */
interface TimelineArgs extends BaseArgs {
  'group-by'?: 'dimension' | 'agency' | 'status';
  dimension?: string;
  agency?: string;
  status?: string;
  search?: string;
  from?: string;
  to?: string;
  layout?: 'auto' | 'chart' | 'list';
  'heading-level'?: number;
  /** The `today` property, as the date control's timestamp. */
  today?: number;
  /** The manifest also lists these under their property names; hidden from the table. */
  groupBy?: never;
  headingLevel?: never;
  onBekasiProgrammeSelect?: (event: Event) => void;
}

/** One `<bekasi-timeline>` from args; `fallback` is its light-DOM content. */
function timeline(args: TimelineArgs, fallback: unknown = nothing): TemplateResult {
  return html`<bekasi-timeline
    ${baseArgs(args)}
    group-by=${ifDefined(args['group-by'])}
    dimension=${ifDefined(args.dimension || undefined)}
    agency=${ifDefined(args.agency || undefined)}
    status=${ifDefined(args.status || undefined)}
    search=${ifDefined(args.search || undefined)}
    from=${ifDefined(args.from || undefined)}
    to=${ifDefined(args.to || undefined)}
    layout=${ifDefined(args.layout)}
    heading-level=${ifDefined(args['heading-level'])}
    .today=${todayOf(args.today)}
    @bekasi-programme-select=${args.onBekasiProgrammeSelect}
    >${fallback}</bekasi-timeline
  >`;
}

/** The light-DOM fallback a page can put inside: shown before the script runs and beside an error. */
const fallbackLink = html`<p>
  Program kota cerdas Kota Bekasi:
  <a href="https://www.bekasikota.go.id">situs resmi pemerintah kota</a>
</p>`;

/**
 * 10,000 generated programmes over 20 agencies, 2010–2035: the same document as the tests and the
 * benchmark. Built on first use and kept out of the args, so the Controls panel stays light.
 */
let stress: Record<string, unknown> | undefined;
const stressDocument = () => (stress ??= manyProgrammesDocument(10_000, 20));

const meta = {
  title: 'Components/Timeline',
  component: 'bekasi-timeline',
  tags: ['autodocs'],
  render: (args) => timeline(args),
  args: {
    'group-by': 'dimension',
    layout: 'auto',
    'heading-level': 2,
    strict: false,
    data: doc('bekasi'),
  },
  argTypes: {
    'group-by': { control: 'inline-radio', options: ['dimension', 'agency', 'status'] },
    dimension: { control: 'text' },
    agency: { control: 'text' },
    status: {
      control: 'select',
      options: ['', 'planned', 'in_progress', 'completed', 'on_hold', 'cancelled'],
    },
    search: { control: 'text' },
    from: { control: 'text' },
    to: { control: 'text' },
    layout: { control: 'inline-radio', options: ['auto', 'chart', 'list'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    today: todayArgType,
    ...dataArgTypes,
    // The same API under its property names: the attribute rows above already cover them.
    groupBy: { table: { disable: true } },
    headingLevel: { table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A city’s programmes over the years: one bar per programme, in lanes by dimension, agency or ' +
          'status, with its progress, milestones, Quick Win and overdue flags, and a line for today. Zoom and ' +
          'pan with the buttons, Ctrl/⌘ + wheel, dragging, pinching or the keyboard; a bar opens its details. ' +
          'The list view is the default below 600 px and one toggle away everywhere else. On the CDN as ' +
          '`cdn/timeline.js`, or import `@bekasi/elements/timeline`. Every story is fed from the same fixtures as the tests; ' +
          'the **Language** and **Theme** toolbar buttons switch every story.',
      },
    },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** Kota Bekasi's 24 programmes in lanes by dimension, the whole plan in view, with a line for today. */
export const Default: Story = {};

/**
 * A programme's details, opened as a reader opens them (a click on its bar, or Enter): a dialog
 * with the summary, dimension, lead agency, partners, dates, status and health, progress, budget,
 * milestones (reached or not) and sources of Patriot Operation Center. Escape or "Tutup" closes it,
 * and the focus goes back to the bar.
 */
export const DetailsOpen: Story = {
  args: { layout: 'chart' },
  play: async ({ canvasElement }) => {
    const element = await renderedComponent(canvasElement, 'bekasi-timeline');
    element?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="bar"][tabindex="0"]')?.click();
    await element?.updateComplete;
  },
  // Its own page only: on the docs page the dialog would not open (play functions do not run there)
  // and the story would repeat Default.
  tags: ['!autodocs'],
};

/** `group-by="agency"`: a lane per lead agency, in the data's order; programmes without one come last. */
export const ByAgency: Story = { args: { 'group-by': 'agency' } };

/**
 * `group-by="status"`: what is running, planned, on hold, completed or cancelled, each told by its
 * bar's shape too: planned dotted, on hold a double outline, cancelled struck through. "Pasar
 * digital" is on hold and overdue: its double outline is red and hatched.
 */
export const ByStatus: Story = { args: { 'group-by': 'status' } };

/** `from="2016" to="2028"`: a wide window over the whole plan, one tick per year. */
export const WholePlan: Story = { args: { from: '2016', to: '2028' } };

/**
 * `from="2024-07" to="2025-12"`: a year and a half, one tick per quarter (January shows the year).
 * Programmes that run on past either edge are open there, cut square; one with no end date fades
 * out instead.
 */
export const Quarters: Story = { args: { from: '2024-07', to: '2025-12' } };

/**
 * `from="2025" to="2025"`: zoomed in to one year, January to December, with month ticks. Programmes
 * that run past either edge are open at the edge.
 */
export const OneYear: Story = { args: { from: '2025', to: '2025' } };

/**
 * `from="2025-03" to="2025-08"`: between two Januaries, so no tick is a year. The first names its
 * year ("Mar 2025"), and the chart's accessible name gives the window to the month.
 */
export const BetweenTwoJanuaries: Story = { args: { from: '2025-03', to: '2025-08' } };

/** `dimension="economy"` (an id or an alias): only that dimension's programmes. */
export const FilterDimension: Story = { args: { dimension: 'economy' } };

/** `dimension="government"`, an alias: the filter bar shows the dimension it stands for. */
export const FilterDimensionAlias: Story = { args: { dimension: 'government' } };

/** `agency="dishub"`: the programmes the Transport Office leads or partners in. */
export const FilterAgency: Story = { args: { agency: 'dishub', 'group-by': 'agency' } };

/** `status="in_progress"`: only running programmes, with the overdue ones flagged. */
export const FilterStatus: Story = { args: { status: 'in_progress' } };

/** `search="pintar"`: programmes whose name, in the shown language, holds each word, ignoring case and accents. */
export const Search: Story = { args: { search: 'pintar' } };

/** A search that matches nothing: the message says so, and "Hapus filter" clears it. */
export const NothingMatches: Story = { args: { search: 'jembatan layang' } };

/**
 * `layout="list"`: the chart's text alternative, by lane and start date, with dates, status,
 * health, progress ("Kemajuan 80%"), milestones reached, agency and flags in words. The default
 * below 600 px.
 */
export const List: Story = { args: { layout: 'list' } };

/** `layout="auto"` in a 360 px container (a phone): the list, without asking. */
export const Narrow360: Story = {
  render: (args) => html`<div style="width: 360px">${timeline(args)}</div>`,
};

/**
 * The chart asked for in a 320 px container: a long lane name takes two lines, and a flag with no
 * room beside the name is left out whole (the bar's shape and star still show it; a screen
 * reader hears it in the row's name), never cut to "! Terlaml".
 */
export const NarrowChart320: Story = {
  render: (args) => html`<div style="width: 320px">${timeline(args)}</div>`,
  args: { layout: 'chart' },
};

/** `lang="en"`: English, the element's own language (a `lang="en"` on the page around it does the same). The toolbar's Language button switches this story too. */
export const English: Story = { args: { lang: 'en' } };

/** `theme="dark"`, on a dark page. The Theme toolbar button switches this story too, as every story. */
export const Dark: Story = { args: { theme: 'dark' } };

/** The list view in the dark theme. */
export const DarkList: Story = { args: { layout: 'list', theme: 'dark' } };

/** Another city on Boyd Cohen's Smart City Wheel, in English: its own dimensions are its lanes. */
export const CohenFramework: Story = { args: { data: doc('cohen'), lang: 'en' } };

/**
 * 10,000 programmes in 20 agency lanes (`group-by="agency"`): only the rows in view are drawn, so
 * the page stays under 2,000 elements however far it scrolls or zooms.
 */
export const TenThousand: Story = {
  render: (args) => timeline({ ...args, data: stressDocument() }),
  args: { 'group-by': 'agency' },
  parameters: { controls: { exclude: ['data'] } },
  // Its own page only: the component's docs page already renders every other story at once.
  tags: ['!autodocs'],
};

/** The same 10,000 in the list view: rows beyond 150 are windowed, and ↑/↓ move focus through them. */
export const TenThousandList: Story = {
  render: (args) => timeline({ ...args, data: stressDocument() }),
  args: { 'group-by': 'agency', layout: 'list' },
  parameters: { controls: { exclude: ['data'] } },
  tags: ['!autodocs'],
};

/**
 * Realistically long Indonesian names of programmes and agencies: cut with an ellipsis beside the
 * bars (the full name is the bar's accessible name and the details' title), nothing overflows.
 */
export const LongNames: Story = { args: { data: doc('longNames') } };

/** The long names in the list view, where they wrap in full. */
export const LongNamesList: Story = { args: { data: doc('longNames'), layout: 'list' } };

/** A document with `programmes: []`: the timeline says there is nothing to show yet. */
export const Empty: Story = { args: { data: { ...doc('bekasi'), programmes: [] } } };

/**
 * Partial data: programmes with a 13th month, an end before the start or an unknown dimension are
 * left out and reported (console and `bekasi-load`'s `issues`); the rest is drawn.
 */
export const PartialData: Story = { args: { data: doc('partial') } };

/** A document without a `programmes` section is an error for this component, and says which section. */
export const MissingSection: Story = { args: { data: doc('minimal') } };

/** Loading: the space is reserved, so nothing jumps when the data arrives. */
export const Loading: Story = inState(LOADING_STATE, timeline);

/**
 * Loading, in the height the page keeps for its own document: `--bekasi-loading-height`, set on
 * the element (here `bekasi-timeline { --bekasi-loading-height: 20em; }`), not on an ancestor.
 */
export const LoadingInThePagesHeight: Story = {
  ...inState(LOADING_STATE, timeline),
  decorators: [
    (story) =>
      html`<style>
          .page-sets-height bekasi-timeline {
            --bekasi-loading-height: 20em;
          }
        </style>
        <div class="page-sets-height">${story()}</div>`,
  ],
};

/**
 * The endpoint did not answer in time. The message says what and where, in the page's language;
 * "Coba lagi" reloads; the light-DOM fallback shows beside it.
 */
export const LoadFailure: Story = inState(TIMED_OUT, timeline, fallbackLink);

/** The one-tag embed: `src` fetches the document (here `/data/bekasi.json`, served by Storybook). */
export const FromSrc: Story = { args: { data: undefined, src: DEMO_URL } };

/**
 * A refresh failed three hours after the document was fetched: the timeline keeps showing it, with
 * a note that it may be out of date, how old it is, and a way to try again (the `notice` part).
 */
export const StaleData: Story = inState(STALE, timeline);
