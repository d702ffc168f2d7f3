// The CDN file holds the modules in import order, and gzip finds more to share in some orders:
// this one was searched again in round twenty-seven (47 B less than the one before, which put
// the data layer later).
import {
  agenciesSection,
  citySection,
  quickWinsSection,
  type SectionRule,
  type SmartCityModel,
} from '../../data/validate.js';
import { BekasiElement } from '../../core/base-element.js';
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { namedChoices, searchField, segmented, selectField, type Choice } from '../../core/controls.js';
import { emit } from '../../core/events.js';
import { formatPartialDate, formatPercent, numberFormat } from '../../core/format.js';
import { sourceItem } from '../../core/sources.js';
import { gap, inLanguage } from '../../core/text.js';
import { kpiDirection, localize } from '../../data/derive.js';
import type { Kpi, QuickWin, Section, Text } from '../../data/schema.js';
import { componentStrings, fill } from '../../i18n/index.js';
import { quickWinsCsv } from './quick-wins-csv.js';
import {
  HEALTHS,
  SORTS,
  STATUSES,
  filterRows,
  measurements,
  quickWinRows,
  sortRows,
  sparkline,
  summarise,
  type QuickWinFilter,
  type QuickWinRow,
  type QuickWinSummary,
} from './quick-wins-view.js';
import { quickWinsStrings, type QuickWinSort, type QuickWinsStrings } from './quick-wins.strings.js';
import { mark } from '../../core/status.js';
import { marks } from '../../styles/marks.js';
import { quickWinsStyles } from './quick-wins.styles.js';
import { cssProperties } from '../../core/css-properties.js';
import { controls } from '../../styles/controls.js';

export type QuickWinsLayout = 'cards' | 'table';
export type { QuickWinSort };

/** `bekasi-quickwin-select`: a reader opened a quick win. */
export interface BekasiQuickWinSelectDetail {
  /** The quick win's id. */
  id: string;
  /** The quick win as validated. */
  quickWin: QuickWin;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bekasi-quickwin-select': CustomEvent<BekasiQuickWinSelectDetail>;
  }
}

/**
 * The most quick wins a page shows, whatever `page-size` says: 50 keep the shadow DOM near 2,000
 * elements even expanded in the table, with four evidence links each (1,994 for Bekasi's).
 */
const MAX_PAGE_SIZE = 50;

interface View {
  filter: QuickWinFilter;
  rows: QuickWinRow[];
  filtered: QuickWinRow[];
  summary: QuickWinSummary;
  /**
   * The filters' options: the dimensions and agencies the quick wins name, and the one a filter
   * is set to even when they do not name it.
   */
  dimensions: Choice[];
  agencies: Choice[];
}

/**
 * The Quick Win tracker: a summary (counts per status and health, share completed, overdue, a
 * chart with its own text), then every quick win with its dimension, agency, status and health,
 * due date and overdue flag, KPI progress from baseline to target (direction aware) and its
 * history as a sparkline. Search, filters and sort (reflected in attributes, so a page can preset
 * them), cards or a table, pages of a fixed size (so 10,000 quick wins keep a small DOM), and a
 * CSV download of the current view.
 *
 * @summary The Quick Win tracker: status, health, due dates and KPI progress, with search, filters and CSV.
 *
 * @slot - Fallback content, shown before the script loads and beside the error message.
 *
 * @csspart base - The wrapper around every state.
 * @csspart quick-wins - The tracker itself, once ready.
 * @csspart summary - The summary: counts, share completed, overdue and the status chart.
 * @csspart controls - Search, filters, sort, layout and the CSV download.
 * @csspart list - The cards.
 * @csspart card - One quick win's card.
 * @csspart table - The table layout.
 * @csspart pager - Previous and next page.
 * @csspart empty - The message shown when nothing matches or the data has no quick wins.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart notice - The note shown when a refresh failed and older data is shown.
 *
 * @cssprop --bekasi-color-primary - Buttons (defaults to the city's `colors.primary`).
 * @cssprop --bekasi-color-success - Completed, on track (always with an icon and words).
 * @cssprop --bekasi-color-warning - On hold, at risk (always with an icon and words).
 * @cssprop --bekasi-color-danger - Overdue, off track, cancelled (always with an icon and words).
 * @cssprop --bekasi-color-surface - Background.
 * @cssprop --bekasi-color-text - Text colour.
 * @cssprop --bekasi-color-border - Borders.
 * @cssprop --bekasi-color-focus - Focus ring.
 * @cssprop --bekasi-font-family - Font family.
 * @cssprop --bekasi-radius - Corner radius.
 * @cssprop --bekasi-space - Base spacing.
 * @cssprop --bekasi-color-chart - Progress bars and sparklines (defaults to the primary colour, lightened in dark mode).
 * @cssprop --bekasi-color-link - Links (defaults to the primary colour, lightened in dark mode).
 * @cssprop --bekasi-color-on-primary - Text on the pressed view button.
 * @cssprop --bekasi-color-secondary - In progress (always with an icon and words; defaults to the city's `colors.secondary`).
 * @cssprop --bekasi-color-surface-alt - Second background: hovered buttons, the loading state and notices.
 * @cssprop --bekasi-color-text-muted - Secondary text and the borders of fields.
 * @cssprop --bekasi-font-size - Base font size, by default the reader's (`medium`), not the page root's; every length inside scales with it.
 * @cssprop --bekasi-loading-height - Height kept while the document loads, so the page below does not jump. Defaults to the layout's height with Bekasi's document in a 1,000 px column.
 * @cssprop --bekasi-dimension-<id> - Colour of one dimension's chip, e.g. `--bekasi-dimension-economy`.
 *
 * @fires {CustomEvent<BekasiLoadDetail>} bekasi-load - The document was loaded and validated. `detail: { document, issues }`.
 * @fires {CustomEvent<BekasiErrorDetail>} bekasi-error - The tracker shows its error state. `detail: { code, message, path?, url?, status?, issue?, failure? }`.
 * @fires {CustomEvent<BekasiQuickWinSelectDetail>} bekasi-quickwin-select - A reader opened a quick win. `detail: { id, quickWin }`.
 */
export class BekasiQuickWins extends BekasiElement {
  static override styles = [...BekasiElement.styles, controls, marks, quickWinsStyles];

  static override properties: PropertyDeclarations = {
    status: { reflect: true },
    health: { reflect: true },
    dimension: { reflect: true },
    agency: { reflect: true },
    q: { reflect: true },
    sort: { reflect: true },
    layout: { reflect: true },
    expanded: { type: Boolean, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    today: { attribute: false },
    page: { state: true },
    open: { state: true },
  };

  /** Show only this status: `planned`, `in_progress`, `completed`, `on_hold` or `cancelled`. */
  status?: string;

  /** Show only this health: `on_track`, `at_risk` or `off_track`. */
  health?: string;

  /** Show only this dimension (its id or an alias). */
  dimension?: string;

  /** Show only this lead agency (its id). */
  agency?: string;

  /** Search text, matched in the shown language against name, description, agency, dimension and KPI. */
  q?: string;

  /** Order: `due` (default), `-due`, `progress`, `-progress`, `name` or `-name`. */
  sort: QuickWinSort = 'due';

  /** `cards` (default) or `table`. */
  layout: QuickWinsLayout = 'cards';

  /** Show every quick win's details. */
  expanded = false;

  /**
   * Quick wins per page, 1 to 50. The default, 12, fills whole rows of cards at one, two, three or
   * four columns, and keeps a page short on a phone.
   */
  pageSize = 12;

  /**
   * The date overdue is measured against; now when not set (for archived reports and tests). A
   * `Date`, or what `Date` reads ("2026-11-01", a time in ms), as a framework may set it.
   */
  today?: Date | string | number;

  /** @internal */
  private page = 0;
  /** Ids of the quick wins whose details are open. @internal */
  private open: ReadonlySet<string> = new Set();

  /** @internal */
  #strings: QuickWinsStrings = quickWinsStrings.id;
  /** @internal */
  #current: View | undefined;
  /** @internal */
  #cache:
    | {
        key: unknown[];
        rows: QuickWinRow[];
        sorted: Map<QuickWinSort, QuickWinRow[]>;
        /**
         * The filter and the sort the filtered list was made with. The sort names the sorted list
         * it was taken from: each order is sorted once per cache.
         */
        filterKey?: string;
        filtered?: QuickWinRow[];
        summary?: QuickWinSummary;
        /** The ids of the dimensions and agencies the quick wins name. */
        named: Set<string | undefined>;
      }
    | undefined;

  protected override get requiredSections(): readonly Section[] {
    return ['quickWins'];
  }

  protected override get usedSections(): readonly Section[] {
    return ['framework', 'agencies', 'quickWins'];
  }

  protected override get sectionRules(): readonly SectionRule[] {
    return [citySection, agenciesSection, quickWinsSection];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#strings = componentStrings(this.language, 'quickWins', quickWinsStrings);
    this.#current = this.view.kind === 'ready' ? this.#viewFor(this.view.model) : undefined;
  }

  /**
   * The rows are derived once per document, language and day; each sort order once per rows; the
   * filtered list once per sort and filter. Re-renders (a card opened, a page turned) reuse them.
   */
  #viewFor(model: SmartCityModel): View {
    // Through Date: a framework may hand over the attribute's text ("2026-11-01") or a number.
    const today = new Date(this.today ?? Date.now());
    const key = [model, this.language, today.toDateString()];
    let cache = this.#cache;
    if (!cache || key.some((value, index) => value !== cache?.key[index])) {
      const rows = quickWinRows(model, this.language, today);
      // A loop, not a flatMap: an array per quick win took 10 ms for 10,000 run cold, the loop 3.
      const named = new Set<string | undefined>();
      for (const { quickWin } of rows) named.add(quickWin.dimension).add(quickWin.agency);
      cache = this.#cache = { key, rows, sorted: new Map(), named };
    }
    // An attribute can hold anything; an unknown order is the default one.
    const sort = SORTS.includes(this.sort) ? this.sort : 'due';
    let sorted = cache.sorted.get(sort);
    if (!sorted) {
      sorted = sortRows(cache.rows, sort, this.language);
      cache.sorted.set(sort, sorted);
    }
    // The filter as the attributes set it; values that match nothing known are ignored.
    const known = <T extends string>(list: readonly T[], value: string | undefined) =>
      list.includes(value as T) ? (value as T) : undefined;
    const filter: QuickWinFilter = {
      status: known(STATUSES, this.status),
      health: known(HEALTHS, this.health),
      // No key is undefined or empty (an id has a character at least): without a filter, none is found.
      dimension: model.framework.dimensionByKey.get(this.dimension as string)?.id,
      agency: known(
        (model.document.agencies ?? []).map(({ id }) => id),
        this.agency,
      ),
      q: this.q?.trim() || undefined,
    };
    // A new sort, like a new filter, starts at the first page: page 3 of another order is
    // arbitrary.
    const filterText = JSON.stringify(filter);
    const filterKey = filterText + sort;
    const before = cache.filterKey;
    if (before !== filterKey) {
      cache.filtered = filterRows(sorted, filter, this.language);
      cache.summary = summarise(cache.filtered);
      if (before !== undefined) {
        const laterPage = this.page > 0;
        this.page = 0;
        // Announced once, not on every render, and not on every keystroke of a search. Not for a
        // new sort: the same quick wins, the same count, and the sort control says the order.
        // (A key is the filter's JSON, one whole object, then the sort's name.) But a sort from a
        // later page takes the reader back to the first, and says so as paging does.
        if (!before.startsWith(filterText)) {
          this.announce(this.#shownText(cache.filtered.length, cache.rows.length), true);
        } else if (laterPage) {
          this.announce(this.#range(0, cache.filtered.length));
        }
      }
      cache.filterKey = filterKey;
    }
    // The options: what the quick wins name, and what a filter is set to though they do not (an
    // agency the page presets, one new data no longer has). Full names: a citizen choosing an
    // agency may not know its abbreviation. Made on each render: a few dozen options, where the
    // filtering above walks every quick win.
    const { named } = cache;
    const fullName = ({ name }: { name: Text }) => name;
    // The cache's rows, filtered list and summary, as they are now.
    return {
      ...cache,
      filter,
      dimensions: namedChoices(model.framework.dimensions, named, filter.dimension, fullName, this.language),
      agencies: namedChoices(model.document.agencies ?? [], named, filter.agency, fullName, this.language),
    } as View;
  }

  #shownText(count: number, total: number): string {
    return fill(this.#strings.shown, { count, total }, this.language);
  }

  /**
   * A KPI's value with the decimals the data gives (Intl writes a number's shortest form): 968,
   * 3,5, 0,0456, 0,0000001. Rounded, a baseline of 0.001 ppm read as 0 and a target moved. Counts
   * are written by it too (10.000): a whole number has no decimals to give, and the tracker then
   * needs no second formatter.
   */
  #measure(value: number): string {
    return numberFormat(this.language, { maximumFractionDigits: 20 }).format(value);
  }

  protected override renderReady(model: SmartCityModel): TemplateResult {
    const view = this.#current as View;
    const s = this.#strings;
    // A document without quick wins still shows the tracker's heading, saying there are none.
    const none = view.rows.length === 0;
    const size = this.#pageSize();
    const pages = Math.max(1, Math.ceil(view.filtered.length / size));
    // The page shown is the page kept: one beyond shorter data came back with the next longer
    // document, though the reader had turned no page. Set in render, it asks no new update (Lit).
    const page = (this.page = Math.min(this.page, pages - 1));
    const shown = view.filtered.slice(page * size, (page + 1) * size);
    const table = this.layout === 'table';
    const count = this.#shownText(view.filtered.length, view.rows.length);
    // The pager's buttons.
    const go = (to: number) => {
      this.page = to;
      this.announce(this.#range(to, view.filtered.length));
      // The first quick win of the new page takes focus, so keyboard users start reading there.
      this.focusAfterUpdate('.name');
    };
    return html`<div class="panel tracker" part="quick-wins" role="region" aria-labelledby="title">
      <div class="title" id="title" role="heading" aria-level=${this.level()}>${s.heading}</div>
      ${this.renderNotice()}
      ${
        none
          ? nothing
          : html`${this.#renderSummary(view.summary)} ${this.#renderControls(view)}
            ${table ? nothing : html`<p class="count">${count}</p>`}`
      }
      ${
        shown.length === 0
          ? html`<p class="empty" part="empty">${none ? s.none : s.noMatch}</p>`
          : table
            ? this.#renderTable(shown, model, page * size, count)
            : html`<ul class="cards" part="list">
                ${shown.map((row, index) => this.#renderCard(row, model, page * size + index))}
              </ul>`
      }
      ${
        pages > 1
          ? html`<nav class="pager" part="pager" aria-label=${s.pages}>
              <button type="button" ?disabled=${page === 0} @click=${() => go(page - 1)}>
                ${s.previous}
              </button>
              <span>${this.#range(page, view.filtered.length)}</span>
              <button type="button" ?disabled=${page >= pages - 1} @click=${() => go(page + 1)}>
                ${s.next}
              </button>
            </nav>`
          : nothing
      }
    </div>`;
  }

  /**
   * The counts in words, a bar of the statuses with its own text alternative, and a key. The key's
   * statuses are seen, not heard: the chart's text alternative has just said them.
   */
  #renderSummary(summary: QuickWinSummary): TemplateResult {
    const s = this.#strings;
    const present = STATUSES.filter((status) => summary.byStatus[status] > 0);
    const healths = HEALTHS.filter((health) => summary.byHealth[health] > 0);
    return html`<div class="summary" part="summary">
      <div class="subtitle" role="heading" aria-level=${this.level(1)}>${s.summary}</div>
      <p>
        ${fill(s.summaryText, { ...summary, share: formatPercent(summary.share, this.language) }, this.language)}
      </p>
      <div
        class="chart"
        ?hidden=${!present.length}
        role="img"
        aria-label=${fill(s.chart, {
          list: present
            .map((status) => `${this.#measure(summary.byStatus[status])} ${s.status[status]}`)
            .join(', '),
        })}
      >
        ${present.map(
          (status) =>
            html`<span
              class="chart__part status--${status}"
              ${cssProperties({ '--_share': summary.byStatus[status] })}
            ></span>`,
        )}
      </div>
      <!-- Named for what a screen reader gets of it, if anything: the counts by status are the chart's. -->
      <ul class="legend" aria-label=${healths.length ? s.healthLabel : nothing}>
        ${present.map(
          (status) =>
            html`<li class="status--${status}" aria-hidden="true">
              ${mark(status)} ${s.status[status]}: ${this.#measure(summary.byStatus[status])}
            </li>`,
        )}
        ${healths.map(
          (health) =>
            html`<li class="health--${health}">
              ${mark(health)} ${s.health[health]}: ${this.#measure(summary.byHealth[health])}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderControls(view: View): TemplateResult {
    const s = this.#strings;
    const filter = view.filter;
    const active = Object.values(filter).some((value) => value !== undefined);
    const set = (name: 'status' | 'health' | 'dimension' | 'agency' | 'q') => (value: string) => {
      this[name] = value || undefined;
    };
    return html`<div class="controls" part="controls">
      <div class="filters" role="search" aria-label=${s.search}>
        ${searchField(s.search, this.q, set('q'))}
        ${selectField(s.dimension, filter.dimension, view.dimensions, set('dimension'), s.all)}
        ${selectField(
          s.statusLabel,
          filter.status,
          STATUSES.map((status) => [status, s.status[status]] as const),
          set('status'),
          s.all,
        )}
        ${selectField(
          s.healthLabel,
          filter.health,
          HEALTHS.map((health) => [health, s.health[health]] as const),
          set('health'),
          s.all,
        )}
        ${selectField(s.agency, filter.agency, view.agencies, set('agency'), s.all)}
        ${selectField(
          s.sort,
          SORTS.includes(this.sort) ? this.sort : 'due',
          SORTS.map((sort) => [sort, s.sorts[sort]] as const),
          (value) => (this.sort = value as QuickWinSort),
        )}
      </div>
      <div class="actions">
        ${segmented(
          s.layout,
          (['cards', 'table'] as const).map((layout) => [layout, s[layout]] as const),
          this.layout === 'table' ? 'table' : 'cards',
          (layout) => (this.layout = layout as QuickWinsLayout),
        )}
        <button
          type="button"
          @click=${() => {
            // The current view (every page of it) as a CSV file, downloaded through a link to a Blob.
            const csv = quickWinsCsv(this.#current?.filtered ?? [], this.language, s);
            const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
            const link = document.createElement('a');
            link.href = url;
            link.download = 'quick-wins.csv';
            link.click();
            setTimeout(() => URL.revokeObjectURL(url), 10_000);
          }}
        >
          ${s.download}
        </button>
        ${
          active
            ? html`<button
                type="button"
                @click=${() => {
                  this.status = this.health = this.dimension = this.agency = this.q = undefined;
                  // The button goes with the filters: focus moves to the search box, not the page.
                  this.focusAfterUpdate('input');
                }}
              >
                ${s.clear}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  #isOpen(row: QuickWinRow): boolean {
    return this.expanded || this.open.has(row.quickWin.id);
  }

  #number(value: number | undefined): unknown {
    return value === undefined ? gap(this.#strings.noValue) : this.#measure(value);
  }

  // Separating spaces sit between expressions, never at a template's edge: the CDN build's
  // template minifier trims those, and "Berjalan" and "Melenceng" would run together.
  #renderStatus(row: QuickWinRow): TemplateResult {
    const { status, health } = row.quickWin;
    const badge = html`<span class="badge status--${status}"
      >${mark(status)} ${this.#strings.status[status]}</span
    >`;
    return html`${badge}
    ${
      health
        ? html`<span class="badge health--${health}">${mark(health)} ${this.#strings.health[health]}</span>`
        : nothing
    }`;
  }

  #renderDue(row: QuickWinRow, label: boolean): unknown {
    const due = row.quickWin.due;
    const date = due ? formatPartialDate(due, this.language) : gap(this.#strings.noValue);
    // The space before the word rides in its string: one standing alone next to a `${…}` or a
    // hidden mark is shown but left out of the accessibility tree (see runTogetherWords in tests).
    const overdue = row.overdue
      ? html`<strong class="overdue"><span aria-hidden="true">!</span>${` ${this.#strings.overdue}`}</strong>`
      : nothing;
    return html`${label ? `${this.#strings.due}: ` : nothing}${date} ${overdue}`;
  }

  /** The bar and the percentage; the table's column header names it, a card says it. */
  #renderProgress(row: QuickWinRow, label = true): TemplateResult {
    const progress = row.progress;
    return html`<div class="progress">
      <span class="bar" aria-hidden="true"
        >${
          progress === undefined
            ? nothing
            : html`<span class="bar__fill" ${cssProperties({ '--_share': `${progress}%` })}></span>`
        }</span
      >
      <span
        >${label ? `${this.#strings.progress}: ` : nothing}${
          progress === undefined ? gap(this.#strings.noValue) : formatPercent(progress, this.language)
        }</span
      >
    </div>`;
  }

  /** Baseline → actual → target, with the unit. */
  #renderKpiValues(kpi: Kpi | undefined): unknown {
    if (!kpi) return nothing;
    const s = this.#strings;
    const arrow = mark('arrow');
    // Each word-separating space rides inside a string: Chromium leaves out of the accessibility
    // tree a space that stands alone between two `${…}`, which ran "Awal0Capaian" together. A
    // missing value is a gap, a template: pasted into a string, it read "[object Object]".
    const value = (n: number | undefined): unknown =>
      n === undefined ? [gap(s.noValue), ' '] : `${this.#measure(n)} `;
    return html`<p class="kpi__values">
      ${`${s.baseline} `}${value(kpi.baseline)}${arrow}${` ${s.actual} `}${value(kpi.actual)}${arrow}${` ${s.target} `}${value(kpi.target)}${kpi.unit ? this.localText(kpi.unit) : nothing}
    </p>`;
  }

  #renderSparkline(kpi: Kpi | undefined): unknown {
    const history = measurements(kpi?.history);
    const first = history[0];
    const last = history.at(-1);
    if (!kpi || !first || !last || history.length < 2) return nothing;
    // With the unit: "14 hari kerja", not a bare 14.
    const unit = kpi.unit ? ` ${localize(kpi.unit, this.language)}` : '';
    const label = fill(
      this.#strings.history,
      {
        kpi: localize(kpi.name, this.language),
        from: this.#measure(first.value) + unit,
        fromDate: formatPartialDate(first.date, this.language),
        to: this.#measure(last.value) + unit,
        toDate: formatPartialDate(last.date, this.language),
        count: history.length,
      },
      this.language,
    );
    return html`<svg class="spark" viewBox="0 0 80 24" role="img" aria-label=${label}>
      ${svg`<polyline points=${sparkline(history, 80, 24)}></polyline>`}
    </svg>`;
  }

  #renderKpi(kpi: Kpi | undefined): unknown {
    if (!kpi) return nothing;
    const lower =
      kpiDirection(kpi) === 'decrease'
        ? html`<small>${` (${this.#strings.lowerIsBetter})`}</small>`
        : nothing;
    return html`<p class="kpi__name">${this.localText(kpi.name)}${lower}</p>`;
  }

  /**
   * What opening a quick win adds: description, the agency's full name, start, the KPI's values
   * (table), evidence.
   */
  #renderDetails(row: QuickWinRow, model: SmartCityModel, table: boolean): TemplateResult {
    const { quickWin } = row;
    const s = this.#strings;
    const evidence = quickWin.evidence ?? [];
    return html`${quickWin.description ? html`<p>${this.localText(quickWin.description)}</p>` : nothing}
    ${row.agency?.fullName ? html`<p>${s.agency}: ${inLanguage(row.agency.fullName)}</p>` : nothing}
    ${quickWin.start ? html`<p>${s.start}: ${formatPartialDate(quickWin.start, this.language)}</p>` : nothing}
    ${table ? this.#renderKpiValues(quickWin.kpi) : nothing}
    ${
      evidence.length
        ? html`<p>${s.evidence}:</p>
            <ul class="evidence">
              ${evidence.map((source) =>
                sourceItem(this.localText(source.title), source, model.baseUrl, this.language),
              )}
            </ul>`
        : nothing
    }`;
  }

  #renderName(row: QuickWinRow, index: number): TemplateResult {
    // With `expanded` every quick win is open: the button only selects, and claims no state. It
    // names the details it controls while they are there (a table row has none while closed).
    // `open` is a boolean, which Lit writes as "true" or "false".
    const open = !this.expanded && this.#isOpen(row);
    return html`<button
      type="button"
      class="name"
      aria-expanded=${ifDefined(this.expanded ? undefined : open)}
      aria-controls=${open ? `d${index}` : nothing}
      @click=${() => {
        // Opens or closes the details; opening tells the page. With `expanded` a press only
        // selects: it opens nothing of its own, which would stay open once `expanded` goes.
        const id = row.quickWin.id;
        const opened = new Set(this.open);
        if (!this.expanded && opened.delete(id)) {
          this.open = opened;
          return;
        }
        if (!this.expanded) this.open = opened.add(id);
        emit<BekasiQuickWinSelectDetail>(this, 'bekasi-quickwin-select', { id, quickWin: row.quickWin });
      }}
    >
      ${inLanguage({ text: row.name, other: row.nameLang })}
    </button>`;
  }

  #renderChip(row: QuickWinRow): TemplateResult {
    return html`<span
      class="chip"
      lang=${ifDefined(row.dimensionLang)}
      ${cssProperties({ '--_dimension': row.color })}
      >${row.dimensionName}</span
    >`;
  }

  /**
   * The agency, here and in the table, is marked with its language when only another was given.
   * On a card the space before it rides in its text: standing alone beside the chip, Chromium
   * would leave it out of the accessibility tree (see #renderKpiValues).
   */
  #renderCard(row: QuickWinRow, model: SmartCityModel, index: number): TemplateResult {
    const open = this.#isOpen(row);
    const { kpi } = row.quickWin;
    return html`<li class="card ${row.overdue ? 'card--overdue' : ''}" part="card">
      <div class="card__title" role="heading" aria-level=${this.level(1)}>
        ${this.#renderName(row, index)}
      </div>
      <p class="meta">
        ${this.#renderChip(row)}${
          row.agency ? inLanguage({ ...row.agency, text: ` ${row.agency.text}` }) : nothing
        }
      </p>
      <p class="meta">${this.#renderStatus(row)}</p>
      <p class="meta">${this.#renderDue(row, true)}</p>
      <div class="kpi">
        ${this.#renderKpi(kpi)}${this.#renderKpiValues(kpi)} ${this.#renderProgress(row)}
        ${this.#renderSparkline(kpi)}
      </div>
      <div class="details" id="d${index}" ?hidden=${!open}>
        ${open ? this.#renderDetails(row, model, false) : nothing}
      </div>
    </li>`;
  }

  #renderTable(
    rows: readonly QuickWinRow[],
    model: SmartCityModel,
    offset: number,
    caption: string,
  ): TemplateResult {
    const s = this.#strings;
    const headers = [s.name, s.dimension, s.agency, s.statusLabel, s.due, s.actual, s.progress, s.kpi];
    // The box takes focus to scroll, so it has a role and a name: "Tabel", not the caption, which
    // is already the table's name (the count would be read three times). A group, not a region:
    // the tracker is the landmark, and two trackers would add two landmarks named "Tabel".
    return html`<div class="table" tabindex="0" role="group" aria-label=${s.table}>
      <table part="table">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            ${headers.map((header) => html`<th scope="col">${header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row, index) => {
            const { kpi } = row.quickWin;
            const open = this.#isOpen(row);
            return html`<tr>
                <th scope="row">${this.#renderName(row, offset + index)}</th>
                <td>${this.#renderChip(row)}</td>
                <td>${row.agency ? inLanguage(row.agency) : gap(this.#strings.noValue)}</td>
                <td>${this.#renderStatus(row)}</td>
                <td>${this.#renderDue(row, false)}</td>
                <td class="number">
                  ${
                    kpi
                      ? html`${this.#number(kpi.actual)} / ${this.#number(kpi.target)}
                          <small class="unit">${kpi.unit ? this.localText(kpi.unit) : nothing}</small>`
                      : gap(this.#strings.noValue)
                  }
                </td>
                <td>${this.#renderProgress(row, false)}</td>
                <td>${this.#renderKpi(kpi)}${this.#renderSparkline(kpi)}</td>
              </tr>
              ${
                open
                  ? html`<tr class="details">
                      <td colspan="8" id="d${offset + index}">${this.#renderDetails(row, model, true)}</td>
                    </tr>`
                  : nothing
              }`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  /** Quick wins a page, as the page asks, within 1 and MAX_PAGE_SIZE. */
  #pageSize(): number {
    return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(this.pageSize) || 12));
  }

  /** "13–24 dari 10.000": which quick wins page `at` holds, of `count`. */
  #range(at: number, count: number): string {
    const size = this.#pageSize();
    return fill(
      this.#strings.range,
      { from: at * size + 1, to: Math.min(count, (at + 1) * size), count },
      this.language,
    );
  }
}
