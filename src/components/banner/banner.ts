// First: the CDN file holds the modules in import order, and the translations first compress best.
import { componentStrings, fill } from '../../i18n/index.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BekasiElement } from '../../core/base-element.js';
import { cssProperties } from '../../core/css-properties.js';
import { dimensionColor } from '../../core/dimension-color.js';
import { formatDateTime, formatNumber } from '../../core/format.js';
import { resolveUrl } from '../../core/url.js';
import { latestEvaluation, levelFor, localize, localizeTagged, scoreDigits } from '../../data/derive.js';
import type { City, Image, Section, Text } from '../../data/schema.js';
import {
  citySection,
  generatedAtSection,
  evaluationsSection,
  type SectionRule,
  type SmartCityModel,
} from '../../data/validate.js';
import { bannerStrings, type BannerStrings } from './banner.strings.js';
import { bannerStyles } from './banner.styles.js';

export type BannerVariant = 'hero' | 'strip' | 'compact';

/** The latest overall score, when the banner is asked to show it. */
interface BannerScore {
  value: string;
  max: string;
  year: number;
  level: string | undefined;
}

/**
 * The city's identity: logo, name, region, tagline, strategy, hero image, calls to action, the
 * smart-city dimensions and, when asked, the latest overall score.
 *
 * @summary The city's smart-city identity, in the city's colours.
 *
 * @slot - Fallback content, shown before the script loads and beside the error message.
 *
 * @csspart base - The wrapper around every state.
 * @csspart banner - The banner itself, once ready.
 * @csspart logo - The city's logo image.
 * @csspart name - The city's name (a heading).
 * @csspart tagline - The tagline.
 * @csspart strategy - The strategy statement.
 * @csspart image - The hero image.
 * @csspart actions - The list of calls to action.
 * @csspart action - One call to action (a link).
 * @csspart dimensions - The list of smart-city dimensions.
 * @csspart score - The latest overall score.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart notice - The note shown when a refresh failed and older data is shown.
 *
 * @cssprop --bekasi-color-primary - Main colour (defaults to the city's `colors.primary`, then Bekasi green).
 * @cssprop --bekasi-color-secondary - Secondary colour (defaults to the city's `colors.secondary`).
 * @cssprop --bekasi-color-accent - Accent colour, used for the strategy rule (defaults to the city's `colors.accent`).
 * @cssprop --bekasi-color-surface - Background.
 * @cssprop --bekasi-color-text - Text colour.
 * @cssprop --bekasi-color-text-muted - Secondary text colour.
 * @cssprop --bekasi-color-border - Borders.
 * @cssprop --bekasi-color-focus - Focus ring.
 * @cssprop --bekasi-font-family - Font family.
 * @cssprop --bekasi-font-size - Base font size, by default the reader's (`medium`), not the page root's; every length inside scales with it.
 * @cssprop --bekasi-loading-height - Height kept while the document loads, so the page below does not jump. Defaults to the layout's height with Bekasi's document in a 1,000 px column.
 * @cssprop --bekasi-radius - Corner radius.
 * @cssprop --bekasi-space - Base spacing.
 * @cssprop --bekasi-color-danger - The edge of the error state.
 * @cssprop --bekasi-color-link - Links (defaults to the primary colour, lightened in dark mode).
 * @cssprop --bekasi-color-on-primary - Text on the first call to action.
 * @cssprop --bekasi-color-surface-alt - Second background: hovered buttons, the loading state and notices.
 * @cssprop --bekasi-color-warning - The edge of the note shown when a refresh failed and older data stays.
 * @cssprop --bekasi-dimension-<id> - Colour of one dimension, e.g. `--bekasi-dimension-governance`.
 *
 * @fires {CustomEvent<BekasiLoadDetail>} bekasi-load - The document was loaded and validated. `detail: { document, issues }`.
 * @fires {CustomEvent<BekasiErrorDetail>} bekasi-error - The banner shows its error state. `detail: { code, message, path?, url?, status?, issue?, failure? }`.
 */
export class BekasiBanner extends BekasiElement {
  static override styles = [...BekasiElement.styles, bannerStyles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    showScore: { type: Boolean, attribute: 'show-score' },
  };

  /** Layout: `hero` (everything, with the image), `strip` (one band) or `compact` (a sidebar card). */
  variant: BannerVariant = 'hero';

  /** Show the overall score of the latest evaluation. */
  showScore = false;

  protected override get requiredSections(): readonly Section[] {
    return ['city'];
  }

  protected override get usedSections(): readonly Section[] {
    return this.showScore
      ? ['generatedAt', 'city', 'framework', 'evaluations']
      : ['generatedAt', 'city', 'framework'];
  }

  protected override get sectionRules(): readonly SectionRule[] {
    return this.showScore
      ? [generatedAtSection, citySection, evaluationsSection]
      : [generatedAtSection, citySection];
  }

  /** The banner's strings in the resolved language. @internal */
  #strings: BannerStrings = bannerStrings.id;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#strings = componentStrings(this.language, 'banner', bannerStrings);
  }

  protected override renderReady(model: SmartCityModel): TemplateResult {
    // `city` is required, so the base class only renders this once it is there.
    const city = model.document.city as City;
    const name = localize(city.name, this.language);
    const variant = (['hero', 'strip', 'compact'] as const).includes(this.variant) ? this.variant : 'hero';
    // Only the hero is a landmark: a strip or compact card beside it would repeat its name.
    const hero = variant === 'hero';
    const image = hero ? this.#renderImage(city.image, model.baseUrl) : nothing;
    const score = this.showScore ? this.#deriveScore(model) : undefined;
    return html`<div
      class="banner banner--${variant}"
      part="banner"
      role=${ifDefined(hero ? 'region' : undefined)}
      aria-label=${hero ? fill(this.#strings.label, { city: name }) : nothing}
    >
      <div class="layout ${image === nothing ? '' : 'layout--with-image'}">
        ${image}
        <div class="content">
          <div class="identity">
            ${this.#renderLogo(city, name, model.baseUrl)}
            <div class="names">
              ${this.#renderHeading(city.name)}
              ${city.region ? html`<p class="region">${this.localText(city.region)}</p>` : nothing}
            </div>
          </div>
          ${this.renderNotice()}
          ${
            variant !== 'compact' && city.tagline
              ? html`<p class="tagline" part="tagline">${this.localText(city.tagline)}</p>`
              : nothing
          }
          ${hero ? this.#renderStatements(city) : nothing} ${score ? this.#renderScore(score) : nothing}
          ${hero ? this.#renderActions(city, model.baseUrl) : nothing}
          ${variant !== 'compact' ? this.#renderDimensions(model) : nothing}
          ${hero && model.document.generatedAt ? this.#renderAsOf(model.document.generatedAt) : nothing}
        </div>
      </div>
    </div>`;
  }

  #renderHeading(name: Text): TemplateResult {
    const text = this.localText(name);
    return html`<div class="name" part="name" role="heading" aria-level=${this.level()}>${text}</div>`;
  }

  #renderLogo(city: City, name: string, baseUrl: string | undefined): unknown {
    const src = resolveUrl(city.logo?.src, baseUrl);
    if (!src) return nothing;
    // Alt text from the data is marked with its language when it is not the one shown.
    const given = city.logo?.alt ? localizeTagged(city.logo.alt, this.language) : undefined;
    const alt = given?.text ?? fill(this.#strings.logoAlt, { city: name });
    return html`<img
      class="logo"
      part="logo"
      src=${src}
      alt=${alt}
      lang=${ifDefined(given?.other)}
      decoding="async"
    />`;
  }

  #renderImage(image: Image | undefined, baseUrl: string | undefined): TemplateResult | typeof nothing {
    const src = resolveUrl(image?.src, baseUrl);
    if (!src) return nothing;
    // Without alt text in the data the image is decoration: an empty alt keeps it silent.
    const alt = image?.alt ? localizeTagged(image.alt, this.language) : undefined;
    return html`<div class="media">
      <img
        class="hero-image"
        part="image"
        src=${src}
        alt=${alt?.text ?? ''}
        lang=${ifDefined(alt?.other)}
        loading="lazy"
        decoding="async"
      />
    </div>`;
  }

  #renderStatements(city: City): unknown {
    const statements = [
      { label: this.#strings.strategy, text: city.strategy },
      { label: this.#strings.vision, text: city.vision },
    ].filter((statement) => statement.text !== undefined);
    return statements.map(
      (statement) =>
        html`<figure class="statement" part="strategy">
          <figcaption class="statement__label">${statement.label}</figcaption>
          <blockquote class="statement__text">${this.localText(statement.text)}</blockquote>
        </figure>`,
    );
  }

  #renderActions(city: City, baseUrl: string | undefined): unknown {
    const links = (city.links ?? [])
      .map((link) => ({ label: link.label, href: resolveUrl(link.href, baseUrl) }))
      .filter((link): link is { label: Text; href: string } => link.href !== undefined);
    if (links.length === 0) return nothing;
    return html`<ul class="actions" part="actions">
      ${links.map((link) => html`<li><a class="action" part="action" href=${link.href}>${this.localText(link.label)}</a></li>`)}
    </ul>`;
  }

  #renderDimensions(model: SmartCityModel): TemplateResult {
    return html`<ul class="dimensions" part="dimensions" aria-label=${this.#strings.dimensions}>
      ${model.framework.dimensions.map(
        (dimension, index) =>
          html`<li class="dimension" ${cssProperties({ '--_dimension': dimensionColor(dimension, index) })}>
            <span class="dimension__swatch" aria-hidden="true"></span>${this.localText(dimension.name)}
          </li>`,
      )}
    </ul>`;
  }

  #deriveScore(model: SmartCityModel): BannerScore | undefined {
    const latest = latestEvaluation(model.document.evaluations);
    const score = latest?.overall?.score;
    if (!latest || score === undefined) return undefined;
    const { scale, levels } = model.framework;
    // As the scorecard shows it: "3,31 / 4,00", "64 / 100".
    const digits = scoreDigits(scale, model.document.evaluations);
    const level = levelFor(score, levels);
    return {
      value: formatNumber(score, this.language, digits.score),
      max: formatNumber(scale.max, this.language, digits.max),
      year: latest.year,
      level: level ? localize(level.label, this.language) : undefined,
    };
  }

  #renderScore(score: BannerScore): TemplateResult {
    return html`<p class="score" part="score">
      <span class="score__label">${this.#strings.latestScore}</span>
      <span class="visually-hidden"
        >${fill(this.#strings.scoreOf, { score: score.value, max: score.max })}</span
      >
      <span class="score__value" aria-hidden="true"
        >${score.value}<span class="score__max"> / ${score.max}</span></span
      >
      <span class="score__meta"
        >${fill(this.#strings.scoreYear, score)}${score.level ? ` · ${score.level}` : ''}</span
      >
    </p>`;
  }

  #renderAsOf(generatedAt: string): TemplateResult {
    return html`<p class="as-of">
      ${fill(this.t.dataAsOf, { date: formatDateTime(new Date(generatedAt), this.language) })}
    </p>`;
  }
}
