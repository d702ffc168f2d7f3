// The CDN files hold the modules in import order, and the all-in-one file, which begins with this
// module, compresses best with these three first, Lit's templates before the data layer (searched
// in round twenty-seven; with the data layer first it was about 60 B larger).
import { ifDefined } from 'lit/directives/if-defined.js';
import { VERSION } from '../version.js';
import { cssProperties } from './css-properties.js';
import {
  blockingIssue,
  citySection,
  issuesForSections,
  validateSections,
  type SectionRule,
  type SmartCityModel,
  type ValidationResult,
} from '../data/validate.js';
import { ContextEvent, type ContextCallback } from '@lit/context';
import {
  LitElement,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { DataIssue } from '../data/issues.js';
import { localizeTagged } from '../data/derive.js';
import type { Section, Text } from '../data/schema.js';
import {
  en,
  fill,
  formatIssue,
  onTranslationsChanged,
  shownLanguage,
  textDirection,
  translationFor,
  type Translation,
} from '../i18n/index.js';
import { shared } from '../styles/shared.js';
import { tokens } from '../styles/tokens.js';
import {
  IDLE,
  LOADING,
  stateFromInlineScript,
  stateFromValue,
  type DataState,
  type LoadFailure,
} from './data-state.js';
import { emit, type BekasiErrorDetail, type BekasiLoadDetail } from './events.js';
// Re-exported so that every component's declarations load events.ts and its typing of
// `bekasi-load` and `bekasi-error` on addEventListener, whichever entry a consumer imports.
export type { BekasiErrorDetail, BekasiLoadDetail } from './events.js';
import { formatAge } from './format.js';
import { inLanguage } from './text.js';
import { observeLanguageChanges, resolveLanguage } from './language.js';
import { loadSettings } from '../data/loader.js';
import { smartCityContext } from './context.js';
import { RemoteDocument } from './remote-document.js';

export type Theme = 'light' | 'dark' | 'auto';

/** What a component shows, derived from its data state in `willUpdate`. */
type View =
  // No failure while loading: `view.failure` reads alike in every kind (the retry button's).
  | { kind: 'loading'; failure?: undefined }
  // An error is a failure to load, or else what keeps the document from being shown.
  | { kind: 'error'; failure: LoadFailure; issue?: undefined; issues: DataIssue[]; result?: undefined }
  | { kind: 'error'; failure?: undefined; issue: DataIssue; issues: DataIssue[]; result: ValidationResult }
  | {
      kind: 'ready';
      model: SmartCityModel;
      issues: DataIssue[];
      result: ValidationResult;
      /** Why a refresh failed, while the older data stays on show. */
      failure?: LoadFailure;
      fetchedAt?: number;
    };

const contextRootKey = Symbol.for('bekasi-elements:context-root');

/** Documents a component has shown: a document not among them is new data (see `willUpdate`). */
const shownDocuments = new WeakSet<object>();

/**
 * Failures on show, each with the component that says it. A `<bekasi-data>` hands one failure to
 * every component inside it, and a page of eight components should hear it once, not eight times
 * (see `#speaksFor`). The same goes for an issue of one document shown alone: validation caches
 * its issues per document object and section, so components reading one document share them.
 */
const speakers = new WeakMap<object, Element>();

/**
 * Whether a reader can see `element`: drawn, not `visibility: hidden`, not in a closed `<details>`.
 * Browsers without `checkVisibility` (Safari before 17.4) take every component as seen: the first
 * to show a failure says it, as if nothing on the page were hidden.
 */
function seen(element: Element): boolean {
  return element.checkVisibility?.({ visibilityProperty: true }) !== false;
}

/**
 * The base every component extends: where its data comes from, its four states (loading, error,
 * empty, ready), its language and theme, and its load and error events.
 *
 * Data precedence: the `data` property, an inline `<script type="application/json">` child, the
 * `src` attribute, then the nearest `<bekasi-data>`.
 *
 * @attr lang - The language to show (`id`, `en`, or one registered); without it, the nearest
 * `lang` around the component, else `<html lang>`. A language without a translation is shown in
 * Indonesian. The component runs in the direction of the language it shows, whatever the page's.
 */
export abstract class BekasiElement extends LitElement {
  static override styles = [tokens, shared];

  // Declared here rather than with decorators: smaller in every bundle, and no reliance on a
  // decorator transform. Documentation stays on the fields below.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    refresh: { type: Number },
    strict: { type: Boolean, reflect: true },
    theme: { reflect: true },
    timeout: { type: Number },
    retries: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    data: { attribute: false },
    provided: { state: true },
    awaitingProvider: { state: true },
    announcement: { state: true },
  };

  /** The library version, so a page (or a second copy of the library) can tell which is loaded. */
  static readonly version = VERSION;

  /** Sections this component cannot render without. @internal */
  protected get requiredSections(): readonly Section[] {
    return [];
  }
  /** Sections whose issues this component reports. @internal */
  protected get usedSections(): readonly Section[] {
    return this.requiredSections;
  }
  /**
   * Sections to validate: the ones it uses, plus the city for its colours (the framework is
   * always checked). @internal
   */
  protected get sectionRules(): readonly SectionRule[] {
    return [citySection];
  }

  /** URL of the city's JSON document. Relative URLs resolve against the page. */
  src?: string;

  /** Seconds between background re-fetches of `src` (with ETag revalidation); 0 for none. */
  refresh = 0;

  /** Treat every data issue in the sections this component uses as an error. */
  strict = false;

  /** Colour theme: `light`, `dark`, or `auto` (follows the reader's system setting). */
  theme: Theme = 'light';

  /**
   * Seconds to wait for each attempt to load `src`, and for a `<bekasi-data>` around the
   * component to be defined. `0`, a negative number or a word is the default, 10.
   */
  timeout = 10;

  /** Attempts after the first when loading `src` fails on the network or the server. */
  retries = 2;

  /**
   * Level of the component's heading (1–6), to fit the page's outline: the city's name in the
   * banner, the title in the others. The headings inside it are a level below.
   */
  headingLevel = 2;

  /** The document itself, as an object (takes precedence over every other source). */
  data?: unknown;

  /** The document provided by the nearest `<bekasi-data>`. @internal */
  protected provided?: DataState;

  /** Inside a `<bekasi-data>` whose script has not run yet: loading, not "no data". @internal */
  protected awaitingProvider = false;

  /** What the status region says; set through `announce`. @internal */
  protected announcement = '';
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #ageTimer: ReturnType<typeof setTimeout> | undefined;

  /** The language shown (see `lang`) and its strings, refreshed before each render. @internal */
  protected language = 'id';
  /** @internal */
  protected t: Translation = translationFor('id');
  /** @internal */
  protected view: View = { kind: 'loading' };

  /** Stops the updates of the <bekasi-data> that provides this element's data, if one does. */
  #unsubscribe: (() => void) | undefined;
  /**
   * The context protocol's callback: the nearest <bekasi-data>'s data state, given when it answers
   * the request `connectedCallback` sends and at every change after. What @lit/context's
   * `ContextConsumer` does with `subscribe: true`, written out, as `RemoteDocument` writes out
   * @lit/task: with `ensureContextRoot`, about 0.25 KB gzip less in every file.
   */
  readonly #receive: ContextCallback<DataState | undefined> = (value, unsubscribe) => {
    // A closer provider took over (one defined later, or nested inside): leave the one before.
    if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.provided = value;
    this.requestUpdate();
  };

  readonly #remote = new RemoteDocument(this, () => ({
    src: this.data === undefined && !this.#inlineScript() ? this.src : undefined,
    refresh: this.refresh,
    timeout: this.timeout,
    retries: this.retries,
  }));
  #stopObserving: (() => void)[] = [];
  /** The failure on show when the reader pressed the retry button; cleared when that try ends. */
  #retried: LoadFailure | undefined;
  /** Whether something in the component had the focus before this render. */
  #hadFocus = false;
  #lastResult: ValidationResult | undefined;
  #lastErrorKey: string | undefined;

  override connectedCallback(): void {
    // Before the context request below: the root must hear it.
    ensureContextRoot();
    // Its provider is whichever <bekasi-data> answers the request below, if any: a
    // component moved out of one no longer shows its document. (Cleared here, not on
    // disconnect, so that a removed component does not render "no data" and fire an error.)
    this.provided = undefined;
    super.connectedCallback();
    // After super's, as @lit/context's consumer sent it (from the controllers super's connects).
    this.dispatchEvent(new ContextEvent(smartCityContext, this, this.#receive, true));
    // Separate CDN files load in any order: until `cdn/data.js` defines the <bekasi-data> around
    // this element, say it is loading (for at most `timeout`), rather than flash "no data".
    if (!customElements.get('bekasi-data') && this.closest('bekasi-data')) {
      this.awaitingProvider = true;
      const stopWaiting = (): void => {
        this.awaitingProvider = false;
      };
      void customElements.whenDefined('bekasi-data').then(stopWaiting);
      // As long as a load would wait: `timeout="0"` is the default, not "give up at once". Then
      // it says "no data", whose advice (set src …) does not fit a page that forgot a file.
      setTimeout(
        () => {
          if (this.awaitingProvider)
            console.warn(`<${this.localName}>: <bekasi-data> is not defined: load cdn/data.js`);
          stopWaiting();
        },
        loadSettings({ timeout: this.timeout * 1000 }).timeout,
      );
    }
    const update = (): void => this.requestUpdate();
    // A script that runs while the page is still being parsed (`async`, or inserted by a tag
    // manager) meets this element before its inline JSON child is there, or whole: it says it is
    // loading (see `dataState`) until the page is parsed. Once: a listener left on the window
    // would keep every such element, removed or not, for the page's life.
    if (document.readyState == 'loading') addEventListener('DOMContentLoaded', update, { once: true });
    this.#stopObserving = [observeLanguageChanges(this, update), onTranslationsChanged(update)];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#ageTimer);
    for (const stop of this.#stopObserving) stop();
    this.#stopObserving = [];
  }

  /**
   * Says `text` in the status region. `afterPause`: only the last of quick successive calls is
   * said, once the reader pauses for 0.6 s (typing a search, repeating a zoom key). The same words
   * again are said again, and the region empties after a while, so browse mode does not meet an
   * old message beside the visible text. @internal
   */
  protected announce(text: string, afterPause = false): void {
    clearTimeout(this.#announceTimer);
    const say = (): void => {
      // A no-break space changes the text, which is what makes a live region speak.
      this.announcement = text === this.announcement ? `${text}\u00a0` : text;
      this.#announceTimer = setTimeout(() => (this.announcement = ''), 7000);
    };
    if (afterPause) this.#announceTimer = setTimeout(say, 600);
    else say();
  }

  /** The level of a heading `below` levels under the component's own, within 1–6. @internal */
  protected level(below = 0): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + below);
  }

  /** Moves focus into the shadow root once the next render is done. @internal */
  protected focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Loads `src` again now, or asks the providing `<bekasi-data>` to. */
  reload(): void {
    // By the source, not `dataState`, which says "loading" while the page is being parsed.
    if (this.#sourceState() === this.provided) this.provided?.reload?.();
    else this.#remote.reload();
  }

  /** The inline JSON child, if the page wrote the document into the element. */
  #inlineScript(): HTMLScriptElement | null {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /** Where the data stands: loading while the page is parsed (its inline JSON may be on its way). */
  protected get dataState(): DataState {
    return this.data === undefined && document.readyState == 'loading' ? LOADING : this.#sourceState();
  }

  /** The state of the source that applies, following the precedence above. */
  #sourceState(): DataState {
    if (this.data !== undefined) return stateFromValue(this.data);
    const script = this.#inlineScript();
    if (script) return stateFromInlineScript(script);
    if (this.src) return this.#remote.state;
    if (this.provided) return this.provided;
    return this.awaitingProvider ? LOADING : IDLE;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.language = shownLanguage(resolveLanguage(this));
    this.t = translationFor(this.language);
    const failedBefore = this.view.failure;
    const data = this.dataState;
    const view = (this.view = this.#deriveView(data));
    // What a refresh brought, said once for all the components a source feeds (one <bekasi-data>
    // feeds several), by the first to show it (for a failure, the first a reader can see): a
    // document no component has shown yet (not the first load, nor the same document validated
    // again: `show-score` asks for another section), or a failure while older data stays shown.
    // Decided here, not after rendering: setting the announcement in `updated` would render
    // every new document twice.
    if (view.kind === 'ready') {
      // A refresh that failed: the data shown is kept, with a note that it is old. Said when the
      // trouble starts, not at each refresh that fails while it lasts (a retry that fails says so
      // itself), and by one of the components the source feeds.
      if (view.failure && !failedBefore && this.#speaksFor(view.failure)) {
        this.announce(this.#staleSentence(view.fetchedAt));
      }
      // An object: a document of any other kind is refused, never ready.
      const document = data.document as object;
      if (view.result !== this.#lastResult && !shownDocuments.has(document)) {
        shownDocuments.add(document);
        if (this.#lastResult?.model) this.announce(this.t.dataUpdated);
      }
    }
    this.#hadFocus = Boolean(this.renderRoot.querySelector(':focus'));
    const failure = view.failure;
    if (this.#retried && failure !== this.#retried) {
      // The try has ended. Failing again changes nothing on screen, so say it. (Succeeding takes
      // the focused button away: see `updated`.)
      if (failure) this.announce(this.#failureMessage(failure));
      this.#retried = undefined;
    }
  }

  #retry(): void {
    if (this.#retried) return;
    this.#retried = this.view.failure;
    this.reload();
    // For the button's new words: a `<bekasi-data>` asked to reload updates only itself.
    this.requestUpdate();
  }

  /** Try again; while it tries, it says it is loading and stays where it is, with the focus. */
  #renderRetry(): TemplateResult {
    // A boolean, which Lit writes as "true" or "false".
    const busy = Boolean(this.#retried);
    const label = busy ? this.t.loading : this.t.retry;
    return html`<button type="button" aria-disabled=${busy} @click=${this.#retry}>${label}</button>`;
  }

  /**
   * Whether this component is the one to say `failure`, and if it now is, records so: the first it
   * reaches that a reader can see keeps it while it is connected and seen; a hidden one says
   * nothing (no one would hear it, and its alert would speak when it is shown). With nothing
   * given (a component with no failure and no blocking issue), it says it itself, if seen.
   */
  #speaksFor(failure: object | undefined): boolean {
    const speaker = failure && speakers.get(failure);
    if (speaker?.isConnected && seen(speaker)) return speaker === this;
    if (!seen(this)) return false;
    if (failure) speakers.set(failure, this);
    return true;
  }

  #deriveView(data: DataState): View {
    if (data.status === 'loading') return { kind: 'loading' };
    // Idle: no source at all, which the page is told as "no data".
    if (data.status !== 'ready' || (data.document === undefined && !data.parseError)) {
      return { kind: 'error', failure: data.failure ?? { code: 'no-data' }, issues: [] };
    }
    const result =
      data.parseError ?? validateSections(data.document, this.sectionRules, { baseUrl: data.url });
    const issues = issuesForSections(result.issues, this.usedSections);
    const blocking = blockingIssue(result, this.requiredSections, this.usedSections, this.strict);
    if (blocking) return { kind: 'error', issue: blocking, issues, result };
    return {
      kind: 'ready',
      // Without a model there is always a blocking issue: the document cannot be used.
      model: result.model as SmartCityModel,
      issues,
      result,
      failure: data.failure,
      fetchedAt: data.fetchedAt,
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#hadFocus && !this.renderRoot.querySelector(':focus')) {
      // This render took away what had the focus (a retry that succeeded, a card new data
      // dropped). Unless the component puts it somewhere itself, it goes to the heading of what
      // is shown, not to the page, where a keyboard or screen-reader user would start again.
      void this.updateComplete.then(() => {
        const heading = this.renderRoot.querySelector<HTMLElement>('[role=heading]');
        if (heading && !this.renderRoot.querySelector(':focus')) {
          // Focusable by script, not a stop for Tab.
          heading.tabIndex = -1;
          heading.focus();
        }
      });
    }
    const view = this.view;
    if (view.kind === 'ready' && view.result !== this.#lastResult) {
      this.#lastResult = view.result;
      this.#lastErrorKey = undefined;
      const { issues } = view;
      if (issues.length > 0) {
        // The first 20; the count says how many more (`bekasi-load`'s detail has them all).
        const lines = issues.slice(0, 20).map((issue) => `\n- ${formatIssue(issue, en)}`);
        console.warn(`<${this.localName}>: ${issues.length} issue(s) in the data${lines.join('')}`);
      }
      emit<BekasiLoadDetail>(this, 'bekasi-load', { document: view.model.document, issues });
    } else if (view.kind === 'error') {
      const detail = this.#errorDetail(view);
      const key = JSON.stringify([detail.code, detail.path, detail.url, !view.result]);
      if (key !== this.#lastErrorKey) {
        this.#lastErrorKey = key;
        this.#lastResult = undefined;
        emit<BekasiErrorDetail>(this, 'bekasi-error', detail);
      }
    }
  }

  #errorDetail(view: Extract<View, { kind: 'error' }>): BekasiErrorDetail {
    const { issue, failure } = view;
    const detail: BekasiErrorDetail = issue
      ? { code: issue.code, message: formatIssue(issue, this.t), path: issue.path, issue }
      : { code: failure.code, message: this.#failureMessage(failure), failure };
    // A data issue is in the document at the address it was loaded from.
    const url = issue ? this.dataState.url : failure.url;
    if (url) detail.url = url;
    if (failure?.status !== undefined) detail.status = failure.status;
    return detail;
  }

  #failureMessage(failure: LoadFailure): string {
    return fill(this.t.loadError[failure.code], failure);
  }

  /**
   * A text from the data in the element's language. When only another language is available,
   * it is marked with its own `lang` (WCAG 3.1.2), so a screen reader pronounces it right.
   */
  protected localText(text: Text | undefined): unknown {
    return inLanguage(localizeTagged(text, this.language));
  }

  /** The component's own content once the document is ready. */
  protected abstract renderReady(model: SmartCityModel, issues: readonly DataIssue[]): unknown;

  protected override render(): TemplateResult {
    const view = this.view;
    // Styles carried by the data: the city's colours, as private fallbacks under the page's tokens.
    const colors = view.kind === 'ready' ? view.model.document.city?.colors : undefined;
    return html`<div
      class="root"
      part="base"
      lang=${this.language}
      dir=${textDirection(this.t)}
      ${cssProperties({
        '--_city-primary': colors?.primary,
        '--_city-secondary': colors?.secondary,
        '--_city-accent': colors?.accent,
      })}
    >
      ${
        view.kind === 'loading'
          ? html`<div class="state state--loading" part="loading" aria-busy="true">
              <span><span class="spinner" aria-hidden="true"></span>${this.t.loading}</span>
            </div>`
          : view.kind === 'error'
            ? this.#renderError(view)
            : this.renderReady(view.model, view.issues)
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /**
   * The note that the data shown is older than it should be, when a refresh failed, or nothing.
   * Each component places it right after its heading, inside its region: a reader moving by
   * headings or regions meets it with what it is about. A component built on this class calls it
   * in `renderReady`, or shows no notice.
   */
  protected renderNotice(): unknown {
    const view = this.view;
    if (view.kind !== 'ready' || !view.failure) return nothing;
    // The data grows older while the notice stays up: say its age again in half a minute.
    clearTimeout(this.#ageTimer);
    this.#ageTimer = setTimeout(() => this.requestUpdate(), 30_000);
    return html`<p class="notice" part="notice">
      <span>${`${this.#staleSentence(view.fetchedAt)} ${this.#failureMessage(view.failure)}`}</span>
      ${this.#renderRetry()}
    </p>`;
  }

  /** "Data tidak dapat diperbarui; menampilkan data dari 5 menit yang lalu." */
  #staleSentence(fetchedAt: number | undefined): string {
    return fill(this.t.staleData, {
      age: fetchedAt === undefined ? '' : formatAge(fetchedAt, this.language),
    });
  }

  #renderError(view: Extract<View, { kind: 'error' }>): TemplateResult {
    const detail = this.#errorDetail(view);
    const errors = view.issues.filter((issue) => issue !== view.issue && issue.severity === 'error');
    // A refused address (`javascript:` …) fails the same way every time: no retry to offer.
    const canRetry =
      detail.code !== 'refused' &&
      this.data === undefined &&
      (Boolean(this.src) || Boolean(this.provided?.reload));
    // An alert from one component only, when several show one failure (a broken <bekasi-data>) or
    // one issue of one document with nothing else to list: the others show it quietly. Its title
    // is a heading, so a reader who moves by headings still finds the component, and what went
    // wrong, where the page put it.
    return html`<div
      class="state state--error"
      part="error"
      role=${ifDefined(this.#speaksFor(errors[0] ? undefined : (view.failure ?? view.issue)) ? 'alert' : undefined)}
    >
      <p class="state__title" role="heading" aria-level=${this.level()}>${this.t.errorTitle}</p>
      <p class="state__detail">${detail.message}</p>
      ${
        errors.length > 0
          ? html`<ul class="state__issues">
              ${errors.slice(0, 10).map((issue) => html`<li>${formatIssue(issue, this.t)}</li>`)}
            </ul>`
          : nothing
      }
      ${canRetry ? this.#renderRetry() : nothing}
      <slot dir="auto"></slot>
    </div>`;
  }
}

/**
 * Components can load before their `<bekasi-data>` is defined (separate CDN files in any order):
 * a context root keeps the subscribing requests no provider answered and sends them again when a
 * provider says it is there (`context-provider`). One per page, whichever copy of the library
 * attached it. What @lit/context's `ContextRoot` does, written out, as `#receive` is. Called when
 * an element connects, which only happens in a browser, with a `document`.
 */
function ensureContextRoot(): void {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  if (holder[contextRootKey]) return;
  /** By context: each element and callback waiting, held weakly so that a removed element can go. */
  const waiting = new Map<unknown, [WeakRef<Element>, WeakRef<ContextCallback<unknown>>][]>();
  const root = document.documentElement;
  root.addEventListener('context-request', (event) => {
    if (event.subscribe !== true) return;
    // Requests from before the protocol named their element are from the first in their path.
    const element = event.contextTarget ?? (event.composedPath()[0] as Element);
    const { context, callback } = event;
    // Each once (an element that connects again while it waits asks again), and none kept for an
    // element that is gone: on a page that never defines a provider (components with `src`, mounted
    // and unmounted by an app), the list holds only the components still there.
    const requests = (waiting.get(context) ?? []).filter(([each]) => each.deref());
    if (!requests.some(([each, its]) => each.deref() === element && its.deref() === callback)) {
      requests.push([new WeakRef(element), new WeakRef(callback)]);
    }
    waiting.set(context, requests);
  });
  root.addEventListener('context-provider', ({ context }) => {
    const requests = waiting.get(context) ?? [];
    waiting.delete(context);
    for (const [elementRef, callbackRef] of requests) {
      const element = elementRef.deref();
      const callback = callbackRef.deref();
      // Answered by the new provider, or back here to wait again.
      if (element && callback) element.dispatchEvent(new ContextEvent(context, element, callback, true));
    }
  });
  holder[contextRootKey] = root;
}
