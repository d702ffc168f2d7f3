// The CDN file holds the modules in import order, and gzip finds more to share in some orders:
// Lit's templates (which `repeat` brings) first, then the data layer, then this order of the rest
// (searched again in round twenty-seven: 32 B less than the order before).
import { repeat } from 'lit/directives/repeat.js';
import {
  agenciesSection,
  citySection,
  programmesSection,
  type SectionRule,
  type SmartCityModel,
} from '../../data/validate.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dimensionColor } from '../../core/dimension-color.js';
import { BekasiElement } from '../../core/base-element.js';
import { nameChoice, namedChoices, searchField, segmented, selectField } from '../../core/controls.js';
import { cssProperties } from '../../core/css-properties.js';
import { formatCurrency, formatPartialDate, formatPercent, formatTick } from '../../core/format.js';
import { resolveUrl } from '../../core/url.js';
import { dateSpan, isOverdue, localize } from '../../data/derive.js';
import type { Agency, Programme, Section, Status } from '../../data/schema.js';
import { componentStrings, fill } from '../../i18n/index.js';
import { isolate } from '../../core/text.js';
import { controls } from '../../styles/controls.js';
import { marks } from '../../styles/marks.js';
import {
  clampWindow,
  deriveTimelineView,
  FULL_ROWS,
  fitWindow,
  moveFrom,
  panWindow,
  revealSpan,
  rowWindow,
  spansOf,
  STATUS_ORDER,
  ticksFor,
  zoomWindow,
  type GroupBy,
  type Lane,
  type Move,
  type ProgrammeSpan,
  type TimelineRow,
  type TimelineView,
  type TimeWindow,
} from './timeline-view.js';
import { timelineStrings, type TimelineStrings } from './timeline.strings.js';
import { timelineStyles } from './timeline.styles.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { mark } from '../../core/status.js';
import { emit } from '../../core/events.js';
import { sourceItem } from '../../core/sources.js';
import { isShortcut } from '../../core/keys.js';

export type TimelineLayout = 'auto' | 'chart' | 'list';
export type { GroupBy };

/** `bekasi-programme-select`: a reader opened a programme's details. */
export interface BekasiProgrammeSelectDetail {
  /** The programme's id. */
  programme: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bekasi-programme-select': CustomEvent<BekasiProgrammeSelectDetail>;
  }
}

const GROUPS: readonly GroupBy[] = ['dimension', 'agency', 'status'];
/** The filters, as attributes and in the filter bar. */
const FILTERS = ['dimension', 'agency', 'status', 'search'] as const;
type Filter = (typeof FILTERS)[number];
type ProgrammeRow = Extract<TimelineRow, { kind: 'programme' }>;
/** The document's agencies by id, and the ids its programmes name as lead or partner. */
type AgencyIndex = {
  model: SmartCityModel;
  byId: Map<string | undefined, Agency>;
  named: Set<string | undefined>;
};
/**
 * Row heights in em (36 and 64 px at 16 px), so which rows are in view is arithmetic. Mirrored in
 * the styles; in px they follow the component's text size (`textSize`).
 */
const CHART_ROW = 2.25;
const LIST_ROW = 4;
/**
 * Rows drawn this far (in rows) beyond the scroller's edges are drawn with their time track
 * hidden: a zoom then lays out and paints only the tracks in sight or nearly. Scrolling re-renders
 * before the next frame, and the rows in between cover a fast scroll by the browser.
 */
const TRACKS_AHEAD = 3;
/** Room (em) a tick's label takes to the right of its line: "2028" in bold, or a month. */
const TICK_LABEL = 2.5;
/** Room (em) the first tick takes when it names its year as well: "Mar 2015". */
const YEAR_TICK_LABEL = 4.5;
/** Below this width (em: 600 px at 16 px) `layout="auto"` shows the list. */
const NARROW = 37.5;

const ZOOM_KEYS: Record<string, number> = { '+': 0.5, '=': 0.5, '-': 2, _: 2 };
const MOVE_KEYS: Record<string, Move> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};

/**
 * A city's programmes over the years: bars on a time axis in lanes by dimension, agency or status,
 * with progress, milestones, quick wins, overdue flags and a today line. Zoom and pan by buttons,
 * wheel (with Ctrl or ⌘), drag, pinch and keyboard; filters and search; a details panel; and a
 * list view that is the default on narrow screens and the chart's text alternative. Beyond 150
 * rows, only the rows in view are drawn, so 10,000 programmes stay fast; all of them while the
 * page prints.
 *
 * @summary The programme timeline: what runs when, who leads it, how far along, what is late.
 *
 * @slot - Fallback content, shown before the script loads and beside the error message.
 *
 * @csspart base - The wrapper around every state.
 * @csspart timeline - The timeline itself, once ready.
 * @csspart summary - The sentence that sums the programmes up.
 * @csspart filters - The search field and filters.
 * @csspart toolbar - The view switch and the zoom and pan buttons.
 * @csspart chart - The chart: axis and programme rows.
 * @csspart bar - Each programme's bar.
 * @csspart list - The list view.
 * @csspart details - The details dialog.
 * @csspart empty - The message when no programme is shown.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart notice - The note shown when a refresh failed and older data is shown.
 *
 * @cssprop --bekasi-color-primary - Buttons, and bars of a dimension without a colour (defaults to the city's `colors.primary`).
 * @cssprop --bekasi-color-danger - The overdue flag (always with an icon and words).
 * @cssprop --bekasi-color-surface - Background.
 * @cssprop --bekasi-color-text - Text colour.
 * @cssprop --bekasi-color-text-muted - Secondary text.
 * @cssprop --bekasi-color-border - Borders and grid lines.
 * @cssprop --bekasi-color-focus - Focus ring.
 * @cssprop --bekasi-font-family - Font family.
 * @cssprop --bekasi-radius - Corner radius.
 * @cssprop --bekasi-space - Base spacing.
 * @cssprop --bekasi-color-chart - The today line (defaults to the primary colour, lightened in dark mode).
 * @cssprop --bekasi-color-link - Links (defaults to the primary colour, lightened in dark mode).
 * @cssprop --bekasi-color-on-primary - Text on the pressed view button.
 * @cssprop --bekasi-color-surface-alt - Second background: hovered buttons, the loading state and notices.
 * @cssprop --bekasi-color-warning - The edge of the note shown when a refresh failed and older data stays.
 * @cssprop --bekasi-font-size - Base font size, by default the reader's (`medium`), not the page root's; every length inside scales with it.
 * @cssprop --bekasi-loading-height - Height kept while the document loads, so the page below does not jump. Defaults to the layout's height with Bekasi's document in a 1,000 px column.
 * @cssprop --bekasi-dimension-<id> - Colour of one dimension's bars, e.g. `--bekasi-dimension-economy`.
 *
 * @fires {CustomEvent<BekasiLoadDetail>} bekasi-load - The document was loaded and validated. `detail: { document, issues }`.
 * @fires {CustomEvent<BekasiErrorDetail>} bekasi-error - The timeline shows its error state. `detail: { code, message, path?, url?, status?, issue?, failure? }`.
 * @fires {CustomEvent<BekasiProgrammeSelectDetail>} bekasi-programme-select - A reader opened a programme's details. `detail: { programme }`.
 */
export class BekasiTimeline extends BekasiElement {
  static override styles = [...BekasiElement.styles, controls, marks, timelineStyles];

  static override properties: PropertyDeclarations = {
    groupBy: { attribute: 'group-by', reflect: true },
    dimension: { reflect: true },
    agency: { reflect: true },
    status: { reflect: true },
    search: { reflect: true },
    from: {},
    to: {},
    layout: { reflect: true },
    today: { attribute: false },
    timeWindow: { state: true },
    focused: { state: true },
    opened: { state: true },
    scrolled: { state: true },
    narrow: { state: true },
    trackWidth: { state: true },
    textSize: { state: true },
  };

  /** Lanes by `dimension` (the framework's order), `agency` or `status`. */
  groupBy: GroupBy = 'dimension';

  /** Show only this dimension's programmes (its id or alias). */
  dimension?: string;

  /** Show only the programmes this agency leads or partners in (its id). */
  agency?: string;

  /** Show only programmes with this status: `planned`, `in_progress`, `completed`, `on_hold`, `cancelled`. */
  status?: string;

  /**
   * Show only programmes whose name (in the shown language) holds each word of this text, in any
   * order, ignoring case and accents.
   */
  search?: string;

  /** Start of the visible window, a date such as `2020` or `2020-06`; the earliest start when not set. */
  from?: string;

  /** End of the visible window, a date such as `2026` or `2026-12`; the latest end when not set. */
  to?: string;

  /** `chart`, `list`, or `auto`: the list below 600 px wide (37.5 em), else the chart. */
  layout: TimelineLayout = 'auto';

  /**
   * The day overdue and the today line are measured against: now, unless set (for archived
   * reports, tests). A `Date`, or what `Date` reads ("2026-11-01", a time in ms), as a framework
   * may set it.
   */
  today?: Date | string | number;

  /** The visible time window; undefined until the data is in. @internal */
  private timeWindow: TimeWindow | undefined;
  /** The programme with the keyboard's tab stop. @internal */
  private focused: Programme | undefined;
  /** The programme whose details are open. @internal */
  private opened: Programme | undefined;
  /** The row of the programme with the tab stop, as last drawn. @internal */
  #tabStop: number | undefined;
  /** Whether a programme's row had focus before this render. @internal */
  #rowFocused: boolean | undefined;
  /** While the page prints: every row is drawn, so a long timeline reaches the paper whole. */
  #printing = false;
  /** Printing has just ended. @internal */
  #printed: boolean | undefined;
  /** The scroller's height as last read (px). @internal */
  #viewport = 0;
  /** @internal */
  private scrolled = 0;
  /** The layout whose scroller `scrolled` was read from; false while none is drawn. @internal */
  #scrolledIn: string | false | undefined;
  /** @internal */
  private narrow = false;
  /** Pixel width of the time axis, for tick spacing and drag distances. @internal */
  private trackWidth = 600;
  /** The component's text size in px (an em), read when its size changes. @internal */
  private textSize = 16;

  /** @internal */
  #strings: TimelineStrings = timelineStrings.id;
  /** Programmes placed in time, once a document and a day (which of them are overdue turns with the date). */
  #spansCache: { model: SmartCityModel; day: string; spans: ProgrammeSpan[] } | undefined;
  #viewCache: { key: unknown[]; view: TimelineView } | undefined;
  /** The window the data and `from`/`to` call for, to tell when "fit" should be recomputed. */
  #windowKey: unknown[] = [];
  /** The programmes' extent the window was fitted to: until the reader moves it, it follows the filters. */
  #fittedTo: unknown;
  /** The reader zoomed, panned or moved focus off the window: a filter then keeps the window. */
  #readerMoved: boolean | undefined;
  readonly #pointers = new Map<number, { x: number }>();
  #gesture:
    | { kind: 'drag'; x: number; y: number; window: TimeWindow; moved: boolean }
    | { kind: 'pinch'; distance: number; window: TimeWindow }
    | undefined;
  #suppressClick: boolean | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #observedTrack: Element | undefined;

  protected override get requiredSections(): readonly Section[] {
    return ['programmes'];
  }

  protected override get usedSections(): readonly Section[] {
    return ['framework', 'agencies', 'programmes'];
  }

  protected override get sectionRules(): readonly SectionRule[] {
    return [citySection, agenciesSection, programmesSection];
  }

  readonly #onPrint = (event: Event): void => {
    this.#printing = event.type === 'beforeprint';
    this.#printed = !this.#printing;
    this.requestUpdate();
    // The page is laid out for paper as soon as `beforeprint` returns: draw now, not in a microtask.
    this.performUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
    this.#resizeObserver = new ResizeObserver((entries) => {
      // Applied in the next frame: switching to the list changes sizes again within this one.
      const widths = entries.map((entry) => [entry.target, entry.contentRect.width] as const);
      requestAnimationFrame(() => {
        for (const [target, width] of widths) {
          if (target === this) {
            const root = this.renderRoot.querySelector('.root');
            if (root) this.textSize = parseFloat(getComputedStyle(root).fontSize);
            this.narrow = width > 0 && width < NARROW * this.textSize;
          } else if (width > 0) this.trackWidth = width;
        }
      });
    });
    this.#resizeObserver.observe(this);
    // Moved in the page, it keeps its drawn track and may not update again: watch the track now.
    this.#observedTrack = this.renderRoot.querySelector('.axis__track') ?? undefined;
    if (this.#observedTrack) this.#resizeObserver.observe(this.#observedTrack);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#strings = componentStrings(this.language, 'timeline', timelineStrings);
    this.#rowFocused = Boolean(this.renderRoot.querySelector('[data-row]:focus'));
    // New data brings new objects: open details show the programme of the same id as it now is,
    // and close when it is gone, the focus going back to the timeline's tab stop. They close too,
    // and stay closed, while the timeline shows loading or an error: kept open, they came back with
    // the next document that has the programme, modal and taking the focus, unasked. That state has
    // no row to take the focus back; where it goes then is the base element's to say.
    if (this.opened) {
      const { id } = this.opened;
      const programme =
        this.view.kind === 'ready' && this.view.model.document.programmes?.find((each) => each.id === id);
      if (programme) this.opened = programme;
      else this.#onDetailsClosed();
    }
    // `scrolled` is where the drawn scroller is scrolled to. The chart and the list each draw their
    // own, as does the ready state after loading or an error: a new one starts at its top, and so
    // do the rows drawn in it (a position kept from the old one drew rows far below what it shows).
    // Not carried over: the list's rows are taller, and a view the reader switched to opens at its
    // top, where its first lane's heading is, as after a filter; the tab stop's row is drawn anyway.
    // A filter, the reader's or the page's, shows its first rows too: the same scroller goes back
    // to its top, and one drawn after a filter that left nothing starts there.
    const scroller = this.view.kind === 'ready' && this.#shownLayout;
    if (scroller !== this.#scrolledIn || FILTERS.some((name) => changed.has(name))) {
      this.scrolled = 0;
      this.renderRoot.querySelector('.scroller')?.scrollTo({ top: 0 });
    }
    this.#scrolledIn = scroller;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const track = this.renderRoot.querySelector('.axis__track') ?? undefined;
    if (track !== this.#observedTrack) {
      if (this.#observedTrack) this.#resizeObserver?.unobserve(this.#observedTrack);
      if (track) this.#resizeObserver?.observe(track);
      this.#observedTrack = track;
    }
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    // Rows are drawn by their place: when the focused programme moved (new data, a filter the page
    // set) its row is another element, and focus follows it there, or to the first programme
    // when it is gone, rather than stay on whatever programme took its place.
    if (this.#rowFocused)
      this.renderRoot
        .querySelector<HTMLElement>(`[data-row="${this.#tabStop}"]:not(:focus)`)
        ?.focus({ preventScroll: true });
  }

  // ── Derived view ──────────────────────────────────────────────────────────────────────────

  #now(): Date {
    // Through Date: a framework may hand over the attribute's text ("2026-11-01") or a number.
    return new Date(this.today ?? Date.now());
  }

  #agencies: AgencyIndex | undefined;

  /** The document's agencies by id, and those its programmes name, made once a document. */
  #agencyIndex(model: SmartCityModel): AgencyIndex {
    if (this.#agencies?.model !== model) {
      const named = new Set<string | undefined>();
      // A loop, not a flatMap: an array per programme took 9 ms for 10,000 run cold, the loop 0.7.
      for (const { agency, partners } of model.document.programmes ?? []) {
        named.add(agency);
        if (partners) for (const partner of partners) named.add(partner);
      }
      this.#agencies = {
        model,
        byId: new Map((model.document.agencies ?? []).map((agency) => [agency.id, agency])),
        named,
      };
    }
    return this.#agencies;
  }

  /** An agency by id: list rows and details look one up per programme. None for no id. */
  #agencyOf(model: SmartCityModel, id: string | undefined): Agency | undefined {
    return this.#agencyIndex(model).byId.get(id);
  }

  /** The derived view of the shown data; none while loading or after an error. */
  get #readyView(): TimelineView | undefined {
    return this.view.kind === 'ready' ? this.#viewFor(this.view.model) : undefined;
  }

  #viewFor(model: SmartCityModel): TimelineView {
    const groupBy = GROUPS.includes(this.groupBy) ? this.groupBy : 'dimension';
    const dimension = this.#dimensionId(model);
    const status = STATUS_ORDER.includes(this.status as Status) ? (this.status as Status) : undefined;
    const today = this.#now();
    const day = today.toDateString();
    if (this.#spansCache?.model !== model || this.#spansCache.day !== day) {
      this.#spansCache = { model, day, spans: spansOf(model.document.programmes ?? [], today) };
    }
    const spans = this.#spansCache.spans;
    const agency = this.#agencyId(model);
    const key = [spans, groupBy, dimension, agency, status, this.search, this.language, this.#strings];
    if (this.#viewCache && key.every((value, index) => value === this.#viewCache?.key[index])) {
      return this.#viewCache.view;
    }
    const view = deriveTimelineView(
      spans,
      groupBy,
      { dimension, agency, status, query: this.search },
      {
        framework: model.framework,
        agencies: model.document.agencies ?? [],
        language: this.language,
        statusLabel: (value) => this.#strings.status[value],
        noAgency: this.#strings.noAgency,
        today,
      },
    );
    this.#viewCache = { key, view };
    return view;
  }

  /**
   * The `dimension` filter as the framework's id: a page may give an alias (`government`). One the
   * framework does not know is ignored, as an unknown `status` is: it hid every programme while
   * the select showed "Semua".
   */
  #dimensionId(model: SmartCityModel): string | undefined {
    return this.dimension && model.framework.dimensionByKey.get(this.dimension)?.id;
  }

  /**
   * The `agency` filter, if the document lists that agency (the validator drops a programme's
   * reference to any other), else ignored like an unknown dimension. The attribute keeps the
   * page's value.
   */
  #agencyId(model: SmartCityModel): string | undefined {
    return this.#agencyOf(model, this.agency)?.id;
  }

  /** The window to show: the reader's zoom and pan, else `from`/`to`, else every programme. */
  #windowFor(model: SmartCityModel, view: TimelineView): TimeWindow {
    // A document loaded again from its address (a refresh) is the same timeline, and the reader's
    // zoom and pan stay; other data starts again from the whole.
    const key = [model.baseUrl ?? model, this.from, this.to];
    const same = this.timeWindow && key.every((value, index) => value === this.#windowKey[index]);
    if (same && (this.#readerMoved || this.#fittedTo === view.extent)) return this.timeWindow as TimeWindow;
    if (!same) this.#readerMoved = false;
    this.#windowKey = key;
    this.#fittedTo = view.extent;
    const fitted = fitWindow(view.extent, this.#now().getTime());
    const from = timeOf(this.from, 'start');
    const to = timeOf(this.to, 'end');
    const window: TimeWindow = [from ?? fitted[0], to ?? fitted[1]];
    this.timeWindow = window[1] > window[0] ? zoomWindow(window, 1) : fitted;
    return this.timeWindow;
  }

  get #shownLayout(): 'chart' | 'list' {
    if (this.layout === 'chart' || this.layout === 'list') return this.layout;
    return this.narrow ? 'list' : 'chart';
  }

  // ── Render ────────────────────────────────────────────────────────────────────────────────

  protected override renderReady(model: SmartCityModel): TemplateResult {
    const view = this.#viewFor(model);
    const window = this.#windowFor(model, view);
    const layout = this.#shownLayout;
    const strings = this.#strings;
    return html`<div class="panel" part="timeline" role="region" aria-labelledby="title">
      <div>
        <div class="title" id="title" role="heading" aria-level=${this.level()}>${strings.heading}</div>
        <p part="summary">${fill(strings.summary, { ...view, count: view.shown }, this.language)}</p>
      </div>
      ${this.renderNotice()} ${view.total === 0 ? nothing : this.#renderFilters(model)}
      ${
        view.total === 0
          ? nothing
          : html`<div class="toolbar" part="toolbar">
              ${segmented(
                strings.view,
                (['chart', 'list'] as const).map((each) => [each, strings[each]] as const),
                layout,
                (value) => (this.layout = value as TimelineLayout),
              )}
              ${
                // Not a named group: the buttons name themselves, and its name was the view button's,
                // "Bagan". Nothing to zoom when nothing matches.
                layout === 'chart' && view.shown
                  ? html`<div class="zoom">
                      ${iconButton('‹', strings.earlier, () => this.#pan(-0.25))}
                      ${iconButton('−', strings.zoomOut, () => this.#zoom(2))}
                      ${iconButton('+', strings.zoomIn, () => this.#zoom(0.5))}
                      ${iconButton('›', strings.later, () => this.#pan(0.25))}
                      <button type="button" @click=${() => this.fit()}>${strings.fitAll}</button>
                    </div>`
                  : nothing
              }
              <p class="count">${fill(strings.count, view, this.language)}</p>
            </div>`
      }
      ${
        view.shown === 0
          ? html`<p part="empty">${view.total === 0 ? strings.noProgrammes : strings.noMatch}</p>`
          : layout === 'chart'
            ? this.#renderChart(model, view, window)
            : this.#renderList(model, view)
      }
      ${this.opened ? this.#renderDetails(model, this.opened) : nothing}
    </div>`;
  }

  #renderFilters(model: SmartCityModel): TemplateResult {
    const strings = this.#strings;
    const agencyId = this.#agencyId(model);
    const { byId, named } = this.#agencyIndex(model);
    const filter = (name: Filter) => (value: string) => {
      this[name] = value || undefined;
      void this.updateComplete.then(() => this.#announceCount());
    };
    return html`<div class="filters" part="filters">
      ${searchField(strings.search, this.search, filter('search'))}
      ${selectField(
        strings.dimension,
        this.#dimensionId(model),
        model.framework.dimensions.map((dimension) =>
          nameChoice(dimension.id, dimension.name, this.language),
        ),
        filter('dimension'),
        strings.all,
      )}
      ${selectField(
        strings.agency,
        agencyId,
        // Only those some programme leads or partners in, and the one the filter is set to.
        namedChoices(
          [...byId.values()],
          named,
          agencyId,
          (agency) => agency.abbr ?? agency.name,
          this.language,
        ),
        filter('agency'),
        strings.all,
      )}
      ${selectField(
        strings.groups.status,
        this.status,
        STATUS_ORDER.map((status) => [status, strings.status[status]] as const),
        filter('status'),
        strings.all,
      )}
      ${selectField(
        strings.groupBy,
        this.groupBy,
        GROUPS.map((group) => [group, strings.groups[group]] as const),
        (value) => {
          this.groupBy = value as GroupBy;
          // The select says its new value; the lanes it makes are said once they are drawn
          // ("Bappeda (12), Dishub (8), …").
          void this.updateComplete.then(() => {
            const view = this.#readyView;
            if (view) this.announce(view.lanes.map((lane) => this.#laneText(lane)).join(', '));
          });
        },
      )}
      ${
        FILTERS.some((name) => this[name])
          ? html`<button
              type="button"
              class="clear"
              @click=${() => {
                for (const name of FILTERS) this[name] = undefined;
                void this.updateComplete.then(() => this.#announceCount());
                // Its button goes with the filters: focus goes to the search box, not to the page.
                this.focusAfterUpdate('input');
              }}
            >
              ${strings.clearFilters}
            </button>`
          : nothing
      }
    </div>`;
  }

  /**
   * Which rows to draw, in row order: every row up to FULL_ROWS or while the page prints, else
   * those in view plus the one holding the tab stop wherever it is. The tab stop keeps its sorted
   * place, so a screen reader meets it where it belongs, under its lane's heading. The rows are
   * drawn keyed by index, so as the window slides, a focused button stays its programme's rather
   * than showing another's. Also gives the scroller's height it read (px), so a render reads it
   * once.
   */
  #renderedRows(
    view: TimelineView,
    rowHeight: number,
  ): { all: boolean; tabStop: number | undefined; indexes: number[]; viewport: number } {
    const focusedRow = this.focused ? view.rowOf(this.focused) : undefined;
    const found = focusedRow ?? view.rows.findIndex((row) => row.kind === 'programme');
    const tabStop = (this.#tabStop = found === -1 ? undefined : found);
    const all = view.rows.length <= FULL_ROWS || this.#printing;
    // Right after printing, every row is still in the page, and reading a height would lay them
    // all out first (seconds for 10,000): the height read before printing serves once more.
    if (this.#printed) this.#printed = false;
    else this.#viewport = this.renderRoot.querySelector<HTMLElement>('.scroller')?.clientHeight ?? 0;
    const viewport = this.#viewport || rowHeight * 14;
    const [first, end] = all
      ? [0, view.rows.length]
      : rowWindow(view.rows.length, rowHeight, this.scrolled, viewport);
    const indexes: number[] = [];
    if (tabStop !== undefined && tabStop < first) indexes.push(tabStop);
    for (let index = first; index < end; index += 1) indexes.push(index);
    if (tabStop !== undefined && tabStop >= end) indexes.push(tabStop);
    return { all, tabStop, indexes, viewport };
  }

  #renderChart(model: SmartCityModel, view: TimelineView, window: TimeWindow): TemplateResult {
    const [from, to] = window;
    const at = (time: number) => (time - from) / (to - from);
    const today = this.#now().getTime();
    // Zoomed in to months or quarters, the first tick names its year too ("Mar 2015"): with no
    // January in view, no other tick would. The ticks its longer label would cover are left out,
    // as is a label that would run past the track's end rather than be cut off.
    let covered = -1;
    // Ticks are spaced for labels at 16 px: a larger text spaces them as a narrower track would.
    const ticks = ticksFor(from, to, (this.trackWidth * 16) / this.textSize).filter((tick, index) => {
      const x = at(tick.time) * this.trackWidth;
      if (x < covered || x > this.trackWidth - TICK_LABEL * this.textSize) return false;
      if (!index && tick.unit !== 'year' && new Date(tick.time).getMonth())
        covered = x + YEAR_TICK_LABEL * this.textSize;
      return true;
    });
    const chartRow = CHART_ROW * this.textSize;
    const { all, tabStop, indexes, viewport } = this.#renderedRows(view, chartRow);
    const nearFirst = Math.floor(this.scrolled / chartRow) - TRACKS_AHEAD;
    const nearEnd = Math.ceil((this.scrolled + viewport) / chartRow) + TRACKS_AHEAD;
    // The wheel on the whole chart: Ctrl + wheel over the axis zooms the timeline, not the page.
    return html`<div class="chart" part="chart" @wheel=${this.#onWheel}>
      <div class="axis" aria-hidden="true">
        <div class="axis__track">
          ${ticks.map((tick, index) => {
            const month = new Date(tick.time).getMonth();
            const text = formatTick(
              tick.time,
              tick.unit === 'year' || month === 0
                ? { year: 'numeric' }
                : index
                  ? { month: 'short' }
                  : { month: 'short', year: 'numeric' },
              this.language,
            );
            return html`<span
              class="tick ${month === 0 ? 'tick--year' : ''}"
              ${cssProperties({ '--_at': at(tick.time) })}
              >${text}</span
            >`;
          })}
          ${
            today >= from && today <= to
              ? html`<span class="today-label" ${cssProperties({ '--_at': at(today) })}
                  >${this.#strings.today}</span
                >`
              : nothing
          }
        </div>
      </div>
      <div
        class="scroller ${all ? 'scroller--all' : ''}"
        @scroll=${this.#onScroll}
        @pointerdown=${this.#onPointerDown}
        @pointermove=${this.#onPointerMove}
        @pointerup=${this.#onPointerEnd}
        @pointercancel=${this.#onPointerEnd}
        @click=${(event: Event) => this.#onRowClick(event, view)}
        @focusin=${(event: Event) => this.#onRowFocus(event, view)}
        @keydown=${(event: KeyboardEvent) => this.#onChartKey(event, view)}
      >
        <div
          class="rows"
          role="group"
          aria-label=${this.#windowLabel()}
          aria-describedby="chart-help"
          ${cssProperties({ '--_rows': view.rows.length })}
        >
          ${repeat(
            indexes,
            (index) => index,
            (index) =>
              this.#renderChartRow(
                model,
                // `#renderedRows` gives indexes of this view's rows only.
                view.rows[index] as TimelineRow,
                index,
                index === tabStop,
                at,
                index < nearFirst || index >= nearEnd,
              ),
          )}
          ${
            today >= from && today <= to
              ? html`<div class="today" aria-hidden="true" ${cssProperties({ '--_at': at(today) })}></div>`
              : nothing
          }
        </div>
      </div>
      <!-- Hidden: a screen reader hears it as the chart's description, not again after the rows. -->
      <p id="chart-help" hidden>${this.#strings.chartHelp}</p>
    </div>`;
  }

  #renderLaneHeader(row: Extract<TimelineRow, { kind: 'lane' }>, index: number): TemplateResult {
    return html`<div
      class="lane"
      role="heading"
      aria-level=${this.level(1)}
      lang=${ifDefined(row.lane.lang)}
      ${cssProperties({ '--_row': index })}
    >
      ${this.#laneText(row.lane)}
    </div>`;
  }

  #laneText(lane: Lane): string {
    // Isolated: a right-to-left name on a left-to-right page took its count to its other side.
    return fill(this.#strings.lane, { name: isolate(lane.label), count: lane.spans.length }, this.language);
  }

  #renderChartRow(
    model: SmartCityModel,
    row: TimelineRow,
    index: number,
    tabStop: boolean,
    at: (time: number) => number,
    far: boolean,
  ): unknown {
    if (row.kind === 'lane') return this.#renderLaneHeader(row, index);
    const { span } = row;
    const programme = span.programme;
    // An ongoing programme is drawn to the window's end (1), where its own end shape (not a cut)
    // says it has no end date.
    const ongoing = span.end === undefined;
    const start = at(span.start);
    const end = span.end === undefined ? 1 : at(span.end);
    const shown = start <= 1 && end >= 0;
    const left = Math.max(0, start);
    const right = Math.min(1, end);
    // Progress is a share of the whole bar, so where the fill ends stays put as the window moves:
    // for a cut bar, it is placed on the whole bar, then taken as a share of the part shown. An
    // ongoing programme's bar has no whole, so its fill is a share of what is shown.
    const progress = programme.progress;
    const filled =
      progress === undefined
        ? undefined
        : ongoing || right <= left
          ? progress / 100
          : Math.min(1, Math.max(0, (start + (progress / 100) * (end - start) - left) / (right - left)));
    // What the bar shows, as words: dates, status, health, progress, milestones.
    if (this.#describedWith?.[0] !== this.#strings || this.#describedWith[1] !== this.language) {
      this.#describedWith = [this.#strings, this.language];
      this.#descriptions = new WeakMap();
    }
    let description = this.#descriptions.get(programme);
    if (description === undefined) {
      const strings = this.#strings;
      const parts = [
        this.#dates(programme),
        strings.status[programme.status],
        programme.health && strings.health[programme.health],
        this.#progressText(programme),
        this.#milestonesText(programme),
      ];
      description = `, ${parts.filter(Boolean).join(', ')}`;
      this.#descriptions.set(programme, description);
    }
    const dimensionIndex = model.framework.dimensions.findIndex((item) => item.id === programme.dimension);
    const dimension = model.framework.dimensions[dimensionIndex];
    return html`<button
      type="button"
      class="programme${far ? ' programme--far' : ''}"
      part="bar"
      tabindex=${tabStop ? 0 : -1}
      data-row=${index}
      aria-haspopup="dialog"
      ${cssProperties({
        '--_row': index,
        '--_color': dimension ? dimensionColor(dimension, dimensionIndex) : undefined,
      })}
    >
      <span class="programme__label">
        <span class="programme__name" dir="auto">${this.localText(programme.name)}</span>
        ${this.#renderFlags(programme, span.overdue)}
      </span>
      <span class="programme__track" aria-hidden="true">
        ${
          shown
            ? html`<span
                class="bar bar--${programme.status}${span.overdue ? ' bar--overdue' : ''}${ongoing ? ' bar--ongoing' : ''}${start < 0 ? ' bar--cut-start' : ''}${!ongoing && end > 1 ? ' bar--cut-end' : ''}"
                ${cssProperties({
                  '--_start': `${left * 100}%`,
                  '--_width': `${(right - left) * 100}%`,
                  '--_progress': filled === undefined ? undefined : `${filled * 100}%`,
                })}
              ></span>`
            : nothing
        }
        ${
          shown && programme.quickWin
            ? html`<span class="quick-win" ${cssProperties({ '--_start': `${left * 100}%` })}
                >${mark('quick-win')}</span
              >`
            : nothing
        }
        ${(programme.milestones ?? []).map((milestone) => {
          // In the window: between its start (0) and its end (1).
          const x = at(dateSpan(milestone.date).start);
          return x >= 0 && x <= 1
            ? html`<span
                class="milestone ${milestone.done ? 'milestone--done' : ''}"
                ${cssProperties({ '--_at': x })}
              ></span>`
            : nothing;
        })}
      </span>
      <span class="visually-hidden">${description}</span>
    </button>`;
  }

  /**
   * Overdue and quick win, as symbols with words (never colour alone). Overdue comes first: in a
   * narrow label it is the flag that must not be cut off.
   */
  #renderFlags(programme: Programme, overdue: boolean): unknown {
    if (!programme.quickWin && !overdue) return nothing;
    // In a flex row the spaces between items are not rendered, so a button's name read "nama
    // programTerlambatQuick Win": a hidden comma keeps the words apart.
    const apart = html`<span class="visually-hidden">, </span>`;
    return html`<span class="flags">
      ${overdue ? html`${apart}<span class="flag flag--overdue"><span aria-hidden="true">!</span> ${this.#strings.overdue}</span>` : nothing}
      ${programme.quickWin ? html`${apart}<span class="flag flag--quick-win">${mark('quick-win')} ${this.#strings.quickWin}</span>` : nothing}
    </span>`;
  }

  /** Descriptions by programme, for the strings they were written with: zooming reuses them. */
  #descriptions = new WeakMap<Programme, string>();
  #describedWith: [TimelineStrings, string] | undefined;

  /** "Kemajuan 80%": labelled, as a bare "80%" in a row of facts says nothing of what it measures. */
  #progressText(programme: Programme): string {
    return programme.progress === undefined
      ? ''
      : fill(this.#strings.progress, { progress: formatPercent(programme.progress, this.language) });
  }

  #milestonesText(programme: Programme): string {
    const milestones = programme.milestones;
    if (!milestones?.length) return '';
    return fill(this.#strings.milestonesDone, {
      done: milestones.filter((milestone) => milestone.done).length,
      total: milestones.length,
    });
  }

  /** "Maret 2016 – Desember 2027", or "Maret 2016 – tanpa tanggal selesai" for an ongoing programme. */
  #dates(programme: Programme): string {
    const start = formatPartialDate(programme.start, this.language);
    const end = programme.end ? formatPartialDate(programme.end, this.language) : this.#strings.ongoing;
    return `${start} – ${end}`;
  }

  #renderList(model: SmartCityModel, view: TimelineView): TemplateResult {
    const { all, tabStop, indexes } = this.#renderedRows(view, LIST_ROW * this.textSize);
    // The rows drawn, by lane: each lane's heading, then its programmes as a list of their own, so
    // a screen reader hears "list, 4 items" for a lane of four, not the headings counted among
    // the items.
    const runs: number[][] = [];
    for (const index of indexes) (runs[(view.rows[index] as TimelineRow).laneIndex] ??= []).push(index);
    return html`<div
      class="list ${all ? '' : 'scroller'}"
      part="list"
      @scroll=${all ? undefined : this.#onScroll}
      @click=${(event: Event) => this.#onRowClick(event, view)}
      @focusin=${(event: Event) => this.#onRowFocus(event, view)}
      @keydown=${(event: KeyboardEvent) => this.#onListKey(event, view)}
    >
      <div class="list__rows" ${cssProperties({ '--_rows': all ? undefined : view.rows.length })}>
        ${runs.map((run) => {
          // In place, by lane: `runs` is indexed by lane, with a hole (drawn as nothing) for a lane
          // without a row drawn, so a lane's block never moves as the window slides, and the
          // focused row in it is never taken out of the page and put back (which blurs it).
          const first = run[0] as number;
          const row = view.rows[first] as TimelineRow;
          const items = row.kind === 'lane' ? run.slice(1) : run;
          return html`${row.kind === 'lane' ? this.#renderLaneHeader(row, first) : nothing}
          ${
            items.length
              ? html`<div role="list">
                  ${repeat(
                    items,
                    (index) => index,
                    (index) => {
                      const { span, lane, indexInLane } = view.rows[index] as ProgrammeRow;
                      const programme = span.programme;
                      const agency = this.#agencyOf(model, programme.agency);
                      // One fact after the name, if the programme has it.
                      const fact = (text: unknown) => (text ? html`<span>${text}</span>` : nothing);
                      // Its place in its lane, given: a windowed list holds a few of a lane's rows.
                      // The button is one tab stop, as in the chart (Tab leaves the list, ↑ and ↓
                      // move in it).
                      return html`<div
                        class="list__item"
                        role="listitem"
                        aria-setsize=${lane.spans.length}
                        aria-posinset=${indexInLane + 1}
                        ${cssProperties({ '--_row': index })}
                      >
                        <button
                          type="button"
                          class="list__button"
                          data-row=${index}
                          tabindex=${index === tabStop ? 0 : -1}
                          aria-haspopup="dialog"
                        >
                          <span class="list__name" dir="auto">${this.localText(programme.name)}</span>
                          <span class="list__meta">
                            <span>${this.#dates(programme)}</span>
                            ${this.#renderFlags(programme, span.overdue)}
                            <span>${mark(programme.status)} ${this.#strings.status[programme.status]}</span>
                            ${fact(programme.health && this.#strings.health[programme.health])}
                            ${fact(this.#progressText(programme))} ${fact(this.#milestonesText(programme))}
                            ${fact(agency && localize(agency.abbr ?? agency.name, this.language))}
                          </span>
                        </button>
                      </div>`;
                    },
                  )}
                </div>`
              : nothing
          }`;
        })}
      </div>
    </div>`;
  }

  #renderDetails(model: SmartCityModel, programme: Programme): TemplateResult {
    const strings = this.#strings;
    const language = this.language;
    // With its own lang when only another language's name was given (WCAG 3.1.2).
    const agencyName = (id: string) => {
      const agency = this.#agencyOf(model, id);
      return agency ? this.localText(agency.name) : id;
    };
    const leadHref = resolveUrl(this.#agencyOf(model, programme.agency)?.url, model.baseUrl);
    const dimension = model.framework.dimensionByKey.get(programme.dimension);
    const href = resolveUrl(programme.url, model.baseUrl);
    const fact = (label: string, value: unknown) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    const heading = (text: string) =>
      html`<div class="details__section" role="heading" aria-level=${this.level(2)}>${text}</div>`;
    const { agency, partners, progress, budget, milestones, sources } = programme;
    return html`<dialog
      class="details"
      part="details"
      aria-labelledby="details-title"
      @close=${this.#onDetailsClosed}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          this.closeDetails();
        }
      }}
    >
      <div class="details__head">
        <div id="details-title" class="details__title" role="heading" aria-level=${this.level(1)}>
          ${this.localText(programme.name)}
        </div>
        <button type="button" class="details__close" @click=${() => this.closeDetails()}>
          ${strings.close}
        </button>
      </div>
      ${programme.summary ? html`<p>${this.localText(programme.summary)}</p>` : nothing}
      <dl class="facts">
        ${dimension ? fact(strings.dimension, this.localText(dimension.name)) : nothing}
        ${agency ? fact(strings.lead, leadHref ? html`<a href=${leadHref}>${agencyName(agency)}</a>` : agencyName(agency)) : nothing}
        ${
          partners?.length
            ? fact(
                strings.partners,
                partners.map((id, index) => html`${index ? ', ' : ''}${agencyName(id)}`),
              )
            : nothing
        }
        ${fact(strings.dates, this.#dates(programme))}
        ${fact(
          strings.groups.status,
          html`${mark(programme.status)}
          ${strings.status[programme.status]}${programme.health ? ` · ${strings.health[programme.health]}` : ''}
          ${this.#renderFlags(programme, isOverdue(programme, this.#now()))}`,
        )}
        ${
          progress === undefined
            ? nothing
            : fact(fill(strings.progress, { progress: '' }).trim(), formatPercent(progress, language))
        }
        ${
          budget
            ? fact(
                strings.budget,
                // " (" in a string: a template would lose its leading space to the CDN build, and
                // a space alone between two `${…}` never reaches the accessibility tree.
                html`${formatCurrency(budget.amount, budget.currency, language)}${
                  budget.source ? html`${' ('}${this.localText(budget.source)})` : nothing
                }`,
              )
            : nothing
        }
      </dl>
      ${
        milestones?.length
          ? html`${heading(strings.milestones)}
              <ul>
                ${milestones.map(
                  (milestone) =>
                    html`<li>
                      ${mark(milestone.done ? 'milestone-done' : 'milestone')}
                      ${formatPartialDate(milestone.date, language)}: ${this.localText(milestone.title)}
                      (${milestone.done ? strings.done : strings.notDone})
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        sources?.length
          ? html`${heading(strings.sources)}
              <ul class="sources">
                ${sources.map((source) =>
                  sourceItem(this.localText(source.title), source, model.baseUrl, language),
                )}
              </ul>`
          : nothing
      }
      ${href ? html`<p><a href=${href}>${strings.moreInfo}</a></p>` : nothing}
    </dialog>`;
  }

  // ── Zoom and pan ──────────────────────────────────────────────────────────────────────────

  #zoom(factor: number, anchor?: number): void {
    if (this.timeWindow) this.#moveWindow(zoomWindow(this.timeWindow, factor, anchor));
  }

  #pan(share: number): void {
    if (this.timeWindow) this.#moveWindow(panWindow(this.timeWindow, share));
  }

  /** Sets the window a reader's zoom or pan asked for, kept around the shown programmes. */
  #moveWindow(window: TimeWindow): void {
    this.timeWindow = clampWindow(window, this.#readyView?.extent, this.timeWindow);
    this.#readerMoved = true;
    this.announce(this.#windowLabel(), true);
  }

  /** Shows every programme that passes the filters. */
  fit(): void {
    const view = this.#readyView;
    if (!view) return;
    this.timeWindow = fitWindow(view.extent, this.#now().getTime());
    this.#readerMoved = false;
    this.announce(this.#windowLabel(), true);
  }

  /**
   * The window's ends to the month: "Maret 2015 sampai Juni 2015", not "2015 sampai 2015". A zoom or
   * pan says it ("Linimasa program, Maret 2021 sampai Juni 2028") once keys pause.
   */
  #windowLabel(): string {
    // Drawn and said only once a window is set (`#windowFor`, a zoom, a pan, `fit`).
    const [from, to] = (this.timeWindow as TimeWindow).map((time) =>
      formatTick(time, { month: 'long', year: 'numeric' }, this.language),
    );
    return fill(this.#strings.chartLabel, { from, to });
  }

  /** The time under a pointer: where it is along the time axis, as a share of its width. */
  #timeAt(clientX: number, [from, to]: TimeWindow): number {
    const box = this.renderRoot.querySelector('.axis__track')?.getBoundingClientRect();
    return from + (box ? (clientX - box.left) / Math.max(1, box.width) : 0.5) * (to - from);
  }

  /** Ctrl/⌘ + wheel zooms at the pointer; a sideways wheel pans; a plain wheel scrolls the page. */
  #onWheel = (event: WheelEvent): void => {
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      if (this.timeWindow) {
        // A notch (100 px of delta) zooms by √2, half a + or − press: a wheel turns several notches
        // at once, and a whole button step per notch overshoots. A trackpad pinch sends many small
        // deltas, which add up to the same zoom for the same distance.
        const notches = Math.max(-1, Math.min(1, event.deltaY / 100));
        this.#zoom(Math.SQRT2 ** notches, this.#timeAt(event.clientX, this.timeWindow));
      }
    } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      this.#pan((event.deltaX || event.deltaY) / this.trackWidth);
    }
  };

  #onPointerDown = (event: PointerEvent): void => {
    // A drag's flag is for the click that may follow its release; no click follows a touch drag,
    // and a flag left set would swallow the next tap.
    this.#suppressClick = false;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.#pointers.set(event.pointerId, { x: event.clientX });
    if (!this.timeWindow) return;
    if (this.#pointers.size === 2) {
      const [a, b] = [...this.#pointers.values()] as [{ x: number }, { x: number }];
      this.#gesture = { kind: 'pinch', distance: Math.max(1, Math.abs(a.x - b.x)), window: this.timeWindow };
    } else if (this.#pointers.size === 1) {
      this.#gesture = {
        kind: 'drag',
        x: event.clientX,
        y: event.clientY,
        window: this.timeWindow,
        moved: false,
      };
    }
  };

  #onPointerMove = (event: PointerEvent): void => {
    const pointer = this.#pointers.get(event.pointerId);
    const gesture = this.#gesture;
    if (!pointer || !gesture) return;
    pointer.x = event.clientX;
    if (gesture.kind === 'drag') {
      const dx = event.clientX - gesture.x;
      // Sideways first, or not at all: a swipe more up than across scrolls the rows (the browser
      // decides so too, under `touch-action: pan-y`), and must not nudge the window on its way.
      if (!gesture.moved && Math.abs(dx) < Math.max(4, Math.abs(event.clientY - gesture.y))) return;
      if (!gesture.moved) (event.currentTarget as Element).setPointerCapture(event.pointerId);
      gesture.moved = true;
      this.#moveWindow(panWindow(gesture.window, -dx / this.trackWidth));
    } else {
      // Zoomed from the gesture's start, around the fingers' midpoint, so it never drifts.
      const [a, b] = [...this.#pointers.values()] as [{ x: number }, { x: number }];
      const distance = Math.max(1, Math.abs(a.x - b.x));
      const anchor = this.#timeAt((a.x + b.x) / 2, gesture.window);
      this.#moveWindow(zoomWindow(gesture.window, gesture.distance / distance, anchor));
    }
  };

  #onPointerEnd = (event: PointerEvent): void => {
    this.#pointers.delete(event.pointerId);
    if (this.#gesture?.kind === 'drag' && this.#gesture.moved) this.#suppressClick = true;
    this.#gesture = undefined;
  };

  #onScroll = (event: Event): void => {
    this.scrolled = (event.currentTarget as HTMLElement).scrollTop;
  };

  // ── Keyboard, selection and details ───────────────────────────────────────────────────────

  /** The programme's row an event happened in, with its index among the rows. */
  #rowAt(event: Event, view: TimelineView) {
    const index = Number((event.target as Element | null)?.closest?.('[data-row]')?.getAttribute('data-row'));
    const row = view.rows[index];
    return row?.kind === 'programme' ? { ...row, index } : undefined;
  }

  /** A programme focused by any means (Tab in the list, a click) holds the tab stop. */
  #onRowFocus(event: Event, view: TimelineView): void {
    const row = this.#rowAt(event, view);
    if (row) this.focused = row.span.programme;
  }

  #onRowClick(event: Event, view: TimelineView): void {
    if (this.#suppressClick) {
      this.#suppressClick = false;
      return;
    }
    const row = this.#rowAt(event, view);
    if (row) this.#open(row.span.programme);
  }

  #onChartKey(event: KeyboardEvent, view: TimelineView): void {
    const row = this.#rowAt(event, view);
    if (!row || isShortcut(event)) return;
    const zoom = ZOOM_KEYS[event.key];
    const move = MOVE_KEYS[event.key];
    if (zoom !== undefined) {
      event.preventDefault();
      this.#zoom(zoom, row.span.start);
    } else if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      this.#pan(event.key === 'ArrowLeft' ? -0.2 : 0.2);
    } else if (move) {
      event.preventDefault();
      const place = moveFrom(view.lanes, row, move);
      const target = place && view.lanes[place.laneIndex]?.spans[place.indexInLane];
      if (target) this.#focusProgramme(view, target, CHART_ROW * this.textSize);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#open(row.span.programme);
    }
  }

  /** Up and down move between programmes in the list, so a windowed list never runs out under focus. */
  #onListKey(event: KeyboardEvent, view: TimelineView): void {
    const row = this.#rowAt(event, view);
    if (!row || isShortcut(event) || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    for (let next = row.index + step; next >= 0 && next < view.rows.length; next += step) {
      const row = view.rows[next];
      if (row?.kind === 'programme') {
        event.preventDefault();
        this.#focusProgramme(view, row.span, LIST_ROW * this.textSize);
        return;
      }
    }
  }

  /** Moves the tab stop to a programme, brings it into view in time and on screen, and focuses it. */
  #focusProgramme(view: TimelineView, span: ProgrammeSpan, rowHeight: number): void {
    this.focused = span.programme;
    if (this.timeWindow) {
      const revealed = revealSpan(this.timeWindow, span);
      if (revealed !== this.timeWindow) this.#readerMoved = true;
      this.timeWindow = revealed;
    }
    const index = view.rowOf(span.programme) ?? 0;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller) {
      const top = index * rowHeight;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + rowHeight > scroller.scrollTop + scroller.clientHeight) {
        scroller.scrollTop = top + rowHeight - scroller.clientHeight;
      }
      this.scrolled = scroller.scrollTop;
    }
    void this.updateComplete.then(() => this.#focusRow(index));
  }

  /**
   * Focuses a programme's row, which the caller has put in its scroll box's view: the box is not
   * scrolled again, but the page is, as little as needed, when the row lies beyond its window.
   */
  #focusRow(index: number | undefined): void {
    const row = this.renderRoot.querySelector<HTMLElement>(`[data-row="${index}"]`);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'nearest' });
  }

  #open(programme: Programme): void {
    this.focused = this.opened = programme;
    emit<BekasiProgrammeSelectDetail>(this, 'bekasi-programme-select', { programme: programme.id });
  }

  /** Closes the details panel and returns focus to the programme that opened it. */
  closeDetails(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.#onDetailsClosed();
  }

  #onDetailsClosed = (): void => {
    if (!this.opened) return;
    this.opened = undefined;
    // Back to the row holding the tab stop: the programme that opened the details, or the first
    // one when that programme is gone.
    void this.updateComplete.then(() => this.#focusRow(this.#tabStop));
  };

  /** Tells a screen reader how many programmes a filter left, once it is applied. */
  #announceCount(): void {
    const view = this.#readyView;
    if (view)
      this.announce(
        view.shown ? fill(this.#strings.count, view, this.language) : this.#strings.noMatch,
        true,
      );
  }
}

/**
 * A button showing a symbol, named in words by its title, which mouse users see as a tooltip (an
 * `aria-label` beside it made screen readers say the words twice, as name and description).
 */
function iconButton(symbol: string, label: string, action: () => void): TemplateResult {
  return html`<button type="button" class="icon" title=${label} @click=${action}>
    <span aria-hidden="true">${symbol}</span>
  </button>`;
}

/** A `from`/`to` attribute as a time: the start or end of the period it names; undefined if not a date. */
function timeOf(value: string | undefined, edge: 'start' | 'end'): number | undefined {
  const time = value ? dateSpan(value)[edge] : Number.NaN;
  return Number.isFinite(time) ? time : undefined;
}
