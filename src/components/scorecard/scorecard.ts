// The CDN file holds the modules in import order; this order is the one that compresses best.
import { emit } from '../../core/events.js';
import {
  citySection,
  evaluationsSection,
  type SectionRule,
  type SmartCityModel,
} from '../../data/validate.js';
import { BekasiElement } from '../../core/base-element.js';
import { cssProperties } from '../../core/css-properties.js';
import { sourceItem } from '../../core/sources.js';
import { gap, inLanguage, isolate } from '../../core/text.js';
import type { Section } from '../../data/schema.js';
import { componentStrings, fill } from '../../i18n/index.js';
import { isShortcut } from '../../core/keys.js';
import { scorecardStrings, type ScorecardStrings } from './scorecard.strings.js';
import { scorecardStyles } from './scorecard.styles.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  deriveScorecardView,
  missingEvaluation,
  parseCompare,
  type ChangeView,
  type DimensionView,
  type ScorecardView,
  type ScoreText,
} from './scorecard-view.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { RADAR, axisAngle, polar, renderRadar } from './radar.js';

export type ScorecardVariant = 'radar' | 'bars' | 'compact';

/** `bekasi-dimension-select`: a reader chose a dimension (a radar axis or a row). */
export interface BekasiDimensionSelectDetail {
  /** The dimension's id in the framework. */
  dimension: string;
  /** The evaluation year shown. */
  year: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bekasi-dimension-select': CustomEvent<BekasiDimensionSelectDetail>;
  }
}

const VARIANTS: readonly ScorecardVariant[] = ['radar', 'bars', 'compact'];

/** Whether a series has any point to draw: a legend entry for an empty series would mislead. */
const scored = (view: ScorecardView, series: 'score' | 'compareScore'): boolean =>
  view.dimensions.some((dimension) => dimension[series]?.value !== undefined);

/**
 * How a city scores on each smart-city dimension in one evaluation year: the overall score with
 * its rank and change, a radar (with an optional comparison year), a row per dimension with its
 * elements, the aspect scores and the sources. Every chart is also a sentence and a table.
 *
 * @summary The smart-city scorecard: scores per dimension, change and rank.
 *
 * @slot - Fallback content, shown before the script loads and beside the error message.
 *
 * @csspart base - The wrapper around every state.
 * @csspart scorecard - The scorecard itself, once ready.
 * @csspart overall - The overall score, rank and change.
 * @csspart summary - The sentence that sums the scores up.
 * @csspart radar - The radar chart with its legend.
 * @csspart dimensions - The list of dimension rows.
 * @csspart aspects - The aspect scores.
 * @csspart table - The data table alternative, once its button has shown it.
 * @csspart sources - The list of sources.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart notice - The note shown when a refresh failed and older data is shown.
 * @csspart empty - The message shown when the data has no evaluation (for the chosen year).
 *
 * @cssprop --bekasi-color-primary - Accents (defaults to the city's `colors.primary`).
 * @cssprop --bekasi-color-chart - The shown year's series (defaults to the primary colour, lightened in dark mode).
 * @cssprop --bekasi-color-secondary - The rule beside the overall score (defaults to the city's `colors.secondary`).
 * @cssprop --bekasi-color-text-muted - The comparison year's series.
 * @cssprop --bekasi-color-success - Colour of a rise (always with an arrow and words).
 * @cssprop --bekasi-color-danger - Colour of a fall (always with an arrow and words).
 * @cssprop --bekasi-color-surface - Background.
 * @cssprop --bekasi-color-text - Text colour.
 * @cssprop --bekasi-color-border - Borders and grid rings.
 * @cssprop --bekasi-color-focus - Focus ring.
 * @cssprop --bekasi-font-family - Font family.
 * @cssprop --bekasi-radius - Corner radius.
 * @cssprop --bekasi-space - Base spacing.
 * @cssprop --bekasi-color-link - Links (defaults to the primary colour, lightened in dark mode).
 * @cssprop --bekasi-color-surface-alt - Second background: hovered buttons, the loading state and notices.
 * @cssprop --bekasi-color-warning - The edge of the note shown when a refresh failed and older data stays.
 * @cssprop --bekasi-font-size - Base font size, by default the reader's (`medium`), not the page root's; every length inside scales with it but the radar's, a drawing sized by its width.
 * @cssprop --bekasi-loading-height - Height kept while the document loads, so the page below does not jump. Defaults to the layout's height with Bekasi's document in a 1,000 px column.
 * @cssprop --bekasi-dimension-<id> - Colour of one dimension, e.g. `--bekasi-dimension-economy`.
 *
 * @fires {CustomEvent<BekasiLoadDetail>} bekasi-load - The document was loaded and validated. `detail: { document, issues }`.
 * @fires {CustomEvent<BekasiErrorDetail>} bekasi-error - The scorecard shows its error state. `detail: { code, message, path?, url?, status?, issue?, failure? }`.
 * @fires {CustomEvent<BekasiDimensionSelectDetail>} bekasi-dimension-select - A reader chose a dimension. `detail: { dimension, year }`.
 */
export class BekasiScorecard extends BekasiElement {
  static override styles = [...BekasiElement.styles, scorecardStyles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    // `year=""` or `year="abc"` would be 0 or NaN, a year no evaluation has: unset shows the latest.
    year: { converter: (value) => (value?.trim() && Number.isInteger(+value) ? +value : undefined) },
    compare: {},
    dimension: { reflect: true },
    focusedAxis: { state: true },
    activeAxis: { state: true },
    tableShown: { state: true },
  };

  /** Layout: `radar` (radar and rows), `bars` (rows only, for narrow columns) or `compact` (score and a small radar). */
  variant: ScorecardVariant = 'radar';

  /** Evaluation year to show; the latest when not set. */
  year?: number;

  /**
   * A second year drawn for comparison: a year such as `2021`, or `previous`. The change is
   * measured from it when it is earlier than `year`, else from the previous evaluation.
   */
  compare?: string;

  /** The open dimension (its id or an alias); set by the page or by the reader choosing one. */
  dimension?: string;

  /** Which radar axis takes focus (roving tabindex). @internal */
  private focusedAxis = 0;
  /** The axis whose tooltip shows (hovered or focused). @internal */
  private activeAxis: number | undefined;
  /** @internal */
  private tableShown = false;

  /** The scorecard's strings in the resolved language. @internal */
  #strings: ScorecardStrings = scorecardStrings.id;

  protected override get requiredSections(): readonly Section[] {
    return ['evaluations'];
  }

  /** The open dimension's id: the `dimension` attribute may name it by an alias. @internal */
  #openDimension: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#strings = componentStrings(this.language, 'scorecard', scorecardStrings);
    const framework = this.view.kind === 'ready' ? this.view.model.framework : undefined;
    // No key is undefined or empty (an id has a character at least), and no row's id is either.
    this.#openDimension = framework?.dimensionByKey.get(this.dimension as string)?.id ?? this.dimension;
  }

  protected override get usedSections(): readonly Section[] {
    return ['framework', 'evaluations'];
  }

  protected override get sectionRules(): readonly SectionRule[] {
    return [citySection, evaluationsSection];
  }

  protected override renderReady(model: SmartCityModel): TemplateResult {
    const available = missingEvaluation(model, this.year);
    if (available) {
      const text = available.length
        ? fill(this.#strings.yearMissing, { year: this.year, available: available.join(', ') })
        : this.#strings.noEvaluations;
      // Still under the scorecard's heading, so the page's outline and a reader know what is empty.
      return html`<div class="panel" part="scorecard">
        <div class="title" role="heading" aria-level=${this.level()}>
          ${fill(this.#strings.heading, { year: this.year })}
        </div>
        ${this.renderNotice()}
        <p class="empty" part="empty">${text}</p>
      </div>`;
    }
    const view = this.#viewFor(model);
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'radar';
    // The full scorecard is a landmark; a compact or bars one beside it would repeat its name.
    const landmark = variant === 'radar';
    const compact = variant === 'compact';
    // Two axes make a line, not a radar, and past twelve the axes crowd their labels (issue 3
    // draws 3 to 12): such a framework is shown as rows, as in `bars`.
    const chart = variant !== 'bars' && view.dimensions.length > 2 && view.dimensions.length < 13;
    return html`<div
      class="panel scorecard scorecard--${chart ? variant : 'bars'}"
      part="scorecard"
      role=${ifDefined(landmark ? 'region' : undefined)}
      aria-labelledby=${ifDefined(landmark ? 'title' : undefined)}
    >
      <div>
        <div class="title" id="title" role="heading" aria-level=${this.level()}>
          ${view.title ? this.localText(view.title) : fill(this.#strings.heading, view)}
        </div>
        ${
          view.evaluator
            ? html`<p class="evaluator">${this.#strings.evaluator}: ${this.localText(view.evaluator)}</p>`
            : nothing
        }
      </div>
      ${this.renderNotice()} ${this.#renderOverall(view)}
      <p class="summary" part="summary">${view.summary}</p>
      <div class="body">
        ${chart ? this.#renderChart(view, compact) : nothing}
        ${chart && compact ? nothing : this.#renderRows(view, model)}
      </div>
      ${compact ? nothing : this.#renderAspects(view)} ${this.#renderTable(view)}
      ${compact ? nothing : this.#renderSources(view, model.baseUrl)}
    </div>`;
  }

  /** The derived view, kept while its inputs stay the same (hover, focus and toggles re-render often). */
  #view: ScorecardView | undefined;
  /** What the kept view was derived from. */
  #viewKey: unknown[] = [];

  #viewFor(model: SmartCityModel): ScorecardView {
    const key = [model, this.year, this.compare, this.language, this.#strings];
    if (key.some((value, index) => value !== this.#viewKey[index])) {
      this.#viewKey = key;
      this.#view = deriveScorecardView(model, {
        year: this.year,
        compare: parseCompare(this.compare),
        language: this.language,
        strings: this.#strings,
      });
    }
    return this.#view as ScorecardView;
  }

  #renderChange(change: ChangeView | undefined): unknown {
    if (!change) return nothing;
    // The arrow (▲ ▼ ■) is drawn by CSS from the direction class; the words carry the meaning.
    return html`<span class="change change--${change.direction}">
      <span class="change__icon" aria-hidden="true"></span> <span>${change.words}</span>
    </span>`;
  }

  #renderOverall(view: ScorecardView): TemplateResult {
    return html`<div class="overall" part="overall">
      <p class="overall__score">
        <span class="overall__label">${this.#strings.overall}</span>
        <span class="visually-hidden"
          >${
            // "No data of 4.00" would read as a score: a gap is only a gap.
            view.overall.value === undefined
              ? view.overall.spoken
              : fill(this.#strings.scoreOf, { score: view.overall.spoken, max: view.maxText })
          }</span
        >
        <span class="overall__value" aria-hidden="true"
          >${view.overall.text}${
            view.overall.value === undefined
              ? nothing
              : // In a binding: the CDN build's template minifier drops a space that opens a text.
                html`<span class="overall__max">${' / '}${view.maxText}</span>`
          }</span
        >
      </p>
      <ul class="overall__facts">
        ${
          view.overallLevel
            ? html`<li>
                <span class="badge">${this.#strings.level}: ${inLanguage(view.overallLevel)}</span>
              </li>`
            : nothing
        }
        ${view.overallChange ? html`<li>${this.#renderChange(view.overallChange)}</li>` : nothing}
        ${view.ranks.map((rank) => html`<li>${rank}</li>`)}
      </ul>
    </div>`;
  }

  #axisLabel(view: ScorecardView, index: number): string {
    const dimension = view.dimensions[index] as DimensionView;
    const compared = dimension.compareScore ? `; ${view.compareYear}: ${dimension.compareScore.spoken}` : '';
    return `${isolate(dimension.name)}${compared ? `, ${view.year}` : ''}: ${dimension.score.spoken}${compared}`;
  }

  #renderChart(view: ScorecardView, compact: boolean): TemplateResult {
    const count = view.dimensions.length;
    const focused = Math.min(this.focusedAxis, count - 1);
    // `undefined < count` is false: with no axis active, none is.
    const active = (this.activeAxis as number) < count ? this.activeAxis : undefined;
    // Defined only with an active axis: the tooltip below reads `active` as one.
    const tipAt = active === undefined ? undefined : polar(axisAngle(active, count), RADAR.radius);
    return html`<figure class="chart" part="radar">
      <div
        @keydown=${(event: KeyboardEvent) => this.#onRadarKey(event, view)}
        @click=${(event: Event) => this.#onRadarClick(event, view)}
        @pointerover=${this.#onRadarHover}
        @pointerleave=${this.#hideTip}
        @focusin=${this.#onRadarHover}
        @focusout=${this.#hideTip}
      >
        ${renderRadar(view, {
          focusedIndex: focused,
          selectedId: this.#openDimension,
          opensRows: !compact,
          label:
            fill(this.#strings.radarLabel, view) +
            (view.compareYear === undefined
              ? ''
              : fill(this.#strings.radarCompare, { year: view.compareYear })),
          axisLabel: (index) => this.#axisLabel(view, index),
          showLabels: !compact,
        })}
        ${
          tipAt
            ? html`<!-- Hidden from screen readers: it says what the focused axis's name has just said. -->
                <div
                  class="tooltip"
                  role="tooltip"
                  aria-hidden="true"
                  ${cssProperties({
                    '--_x': `${(tipAt.x / RADAR.width) * 100}%`,
                    '--_y': `${(tipAt.y / RADAR.height) * 100}%`,
                    // Below its point in the upper half, where above would leave the chart; the
                    // other way round in the small compact radar, where it would cover the axis.
                    '--_dy': tipAt.y < RADAR.height / 2 !== compact ? '0.57em' : undefined,
                  })}
                >
                  ${this.#axisLabel(view, active as number)}
                </div>`
            : nothing
        }
      </div>
      <figcaption>
        <ul class="legend" aria-label=${this.#strings.legend}>
          ${scored(view, 'score') ? this.#renderLegendItem('current', view.year) : nothing}
          ${
            // Only a comparison year has compared scores.
            scored(view, 'compareScore') ? this.#renderLegendItem('compare', view.compareYear) : nothing
          }
        </ul>
      </figcaption>
    </figure>`;
  }

  /** A legend entry drawn like its series: solid with circles, or dashed with squares. */
  #renderLegendItem(kind: 'current' | 'compare', year: number | undefined): TemplateResult {
    return html`<li>
      <svg viewBox="0 0 28 12" aria-hidden="true" class="legend__${kind}">
        <path d="M0 6h28"></path>
        <path d=${kind === 'current' ? 'M10 6a4 4 0 1 0 8 0a4 4 0 1 0-8 0' : 'M10 2h8v8h-8z'}></path>
      </svg>
      ${year}
    </li>`;
  }

  /** A heading one level below the scorecard's own. */
  #renderSubheading(text: string): TemplateResult {
    return html`<div class="section-title" role="heading" aria-level=${this.level(1)}>${text}</div>`;
  }

  /** The index of the radar axis an event came from; NaN, which no `>= 0` admits, from elsewhere. */
  #axisIndexOf(event: Event): number {
    return Number((event.target as Element | null)?.closest?.<SVGElement>('.radar__axis')?.dataset['index']);
  }

  // Lit calls a listener with the element as `this`: this one is passed as it is.
  #onRadarHover(event: Event): void {
    const index = this.#axisIndexOf(event);
    if (index >= 0) this.activeAxis = index;
  }

  // Passed to Lit as it is, like the hover handler; Escape calls it too.
  #hideTip(): void {
    this.activeAxis = undefined;
  }

  #onRadarClick(event: Event, view: ScorecardView): void {
    const index = this.#axisIndexOf(event);
    if (!(index >= 0)) return;
    this.focusedAxis = index;
    this.#select(view.dimensions[index]?.id, view.year);
  }

  #onRadarKey(event: KeyboardEvent, view: ScorecardView): void {
    const index = this.#axisIndexOf(event);
    if (!(index >= 0) || isShortcut(event)) return;
    const count = view.dimensions.length;
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      this.focusedAxis = ((moves[event.key] as number) + count) % count;
      this.focusAfterUpdate(`.radar__axis[data-index="${this.focusedAxis}"]`);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(view.dimensions[index]?.id, view.year);
    }
  }

  /**
   * Escape anywhere dismisses the tooltip, shown by focus or by a hovering pointer, without moving
   * either (WCAG 1.4.13); the next move shows it again.
   */
  readonly #onPageKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.#hideTip();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.#onPageKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.#onPageKey);
  }

  /** Opens a dimension and tells the page, or closes it when it is open. */
  #select(id: string | undefined, year: number): void {
    if (!id) return;
    if (this.#openDimension === id) {
      this.dimension = undefined;
      return;
    }
    this.dimension = id;
    emit<BekasiDimensionSelectDetail>(this, 'bekasi-dimension-select', { dimension: id, year });
  }

  #renderRows(view: ScorecardView, model: SmartCityModel): TemplateResult {
    const { min, max } = model.framework.scale;
    // A bar's fill or the compared year's marker, at the score's place on the scale; none for a gap.
    const mark = (part: string, value: number | undefined) =>
      value === undefined
        ? nothing
        : html`<span
            class="bar__${part}"
            ${cssProperties({ '--_share': `${Math.max(0, Math.min(100, ((value - min) / (max - min)) * 100))}%` })}
          ></span>`;
    return html`<div>
      ${this.#renderSubheading(this.#strings.dimensions)}
      <ul class="rows" part="dimensions">
        ${view.dimensions.map((dimension, index) => {
          const open = this.#openDimension === dimension.id;
          return html`<li
            class="row ${open ? 'row--open' : ''}"
            ${cssProperties({ '--_dimension': dimension.color })}
          >
            <button
              type="button"
              class="row__toggle"
              aria-expanded=${open}
              aria-controls="details-${index}"
              @click=${() => this.#select(dimension.id, view.year)}
            >
              <span class="row__name" lang=${ifDefined(dimension.nameLang)}>${dimension.name}</span>
              <span class="row__numbers">
                <!-- The year, as the compared score has its own: "2024: 3,80; 2023: 3,60". -->
                <span class="visually-hidden">${view.year}: ${dimension.score.spoken};</span>
                <span class="row__score" aria-hidden="true">${dimension.score.text}</span>
                ${
                  dimension.compareScore
                    ? html`<span class="row__compare"
                        >${view.compareYear}: ${this.#renderScore(dimension.compareScore)}</span
                      >`
                    : nothing
                }
                ${this.#renderChange(dimension.change)}
              </span>
              <span class="bar" aria-hidden="true">
                ${mark('fill', dimension.score.value)} ${mark('marker', dimension.compareScore?.value)}
              </span>
              ${
                dimension.maturity
                  ? html`<span class="row__maturity"
                      >${dimension.maturity}${
                        // The name in its own language, marked when it is another than the sentence's.
                        dimension.maturityLabel ? [' (', this.localText(dimension.maturityLabel), ')'] : ''
                      }</span
                    >`
                  : nothing
              }
            </button>
            <!-- By place, not by id: an id may hold a space, which would make it two references. -->
            <div class="row__details" id="details-${index}" ?hidden=${!open}>
              ${open ? this.#renderDetails(dimension) : nothing}
            </div>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** A score, or for a gap "—" on screen and "tidak ada data" for a screen reader. */
  #renderScore(score: ScoreText | undefined): unknown {
    return score?.value === undefined ? gap(this.#strings.noScore) : score.text;
  }

  /** An open row's content; closed rows render none of it. */
  #renderDetails(dimension: DimensionView): TemplateResult {
    // The maturity level is in the row itself, open or not.
    return html`${dimension.level ? html`<p><span class="badge">${this.#strings.level}: ${inLanguage(dimension.level)}</span></p>` : nothing}
    ${
      dimension.elements.length
        ? html`<dl class="elements" aria-label=${this.#strings.elements}>
            ${dimension.elements.map(
              (element) =>
                html`<div>
                  <dt>${inLanguage(element.name)}</dt>
                  <dd>${this.#renderScore(element.score)}</dd>
                </div>`,
            )}
          </dl>`
        : nothing
    }
    ${dimension.note ? html`<p>${this.#strings.note}: ${this.localText(dimension.note)}</p>` : nothing}
    ${dimension.elements.length || dimension.note || dimension.level ? nothing : html`<p>${this.#strings.noDetails}</p>`}`;
  }

  #renderAspects(view: ScorecardView): unknown {
    if (view.aspects.length === 0) return nothing;
    return html`<div part="aspects">
      ${this.#renderSubheading(this.#strings.aspects)}
      <ul class="aspects">
        ${view.aspects.map(
          (aspect) =>
            html`<li>
              <span>${inLanguage(aspect.name)}</span>
              <strong>${aspect.score.text}</strong>
              ${aspect.weight ? html`<small>${fill(this.#strings.weight, aspect)}</small>` : nothing}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderTable(view: ScorecardView): TemplateResult {
    // The button and the table are the panel's own grid items: the table's box, which scrolls
    // sideways when the table is wider than the component, is then no wider than the panel.
    // Rendered only when asked for, for everyone: the rows and the radar's axes already say every
    // score, and a table always in the tree made a screen reader hear each one a third time.
    return html`<button
        type="button"
        class="table-toggle"
        aria-expanded=${this.tableShown}
        @click=${() => (this.tableShown = !this.tableShown)}
      >
        ${this.tableShown ? this.#strings.hideTable : this.#strings.showTable}
      </button>
      ${this.tableShown ? this.#renderTableBox(view) : nothing}`;
  }

  /**
   * The table in its own box: wider than a narrow component, it scrolls there, and the box takes
   * focus, named by the caption. A group, not a region: in `bars` and `compact` (no landmark of
   * their own) a region would make a sidebar's table a landmark of the page.
   */
  #renderTableBox(view: ScorecardView): TemplateResult {
    const compare = view.compareYear;
    return html`<div class="table" tabindex="0" role="group" aria-labelledby="table-caption">
      <table part="table">
        <caption id="table-caption">
          ${fill(this.#strings.tableCaption, view)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.#strings.dimension}</th>
            <th scope="col" class="number">${view.year}</th>
            ${compare === undefined ? nothing : html`<th scope="col" class="number">${compare}</th>`}
            <th scope="col">${this.#strings.change}</th>
          </tr>
        </thead>
        <tbody>
          ${view.dimensions.map(
            (dimension) =>
              html`<tr>
                <th scope="row" lang=${ifDefined(dimension.nameLang)}>${dimension.name}</th>
                <td class="number">${this.#renderScore(dimension.score)}</td>
                ${compare === undefined ? nothing : html`<td class="number">${this.#renderScore(dimension.compareScore)}</td>`}
                <td>${dimension.change?.words ?? gap(this.#strings.noScore)}</td>
              </tr>`,
          )}
          <tr>
            <th scope="row">${this.#strings.overall}</th>
            <td class="number">${this.#renderScore(view.overall)}</td>
            ${compare === undefined ? nothing : html`<td class="number">${this.#renderScore(view.compareOverall)}</td>`}
            <td>${view.overallChange?.words ?? gap(this.#strings.noScore)}</td>
          </tr>
        </tbody>
      </table>
    </div>`;
  }

  #renderSources(view: ScorecardView, baseUrl: string | undefined): unknown {
    if (view.sources.length === 0) return nothing;
    return html`<div>
      ${this.#renderSubheading(this.#strings.sources)}
      <ul class="sources" part="sources">
        ${view.sources.map((source) => sourceItem(this.localText(source.title), source, baseUrl, this.language))}
      </ul>
    </div>`;
  }
}
