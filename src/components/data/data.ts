import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { smartCityContext } from '../../core/context.js';
import { IDLE, LOADING, stateFromValue, type DataState } from '../../core/data-state.js';
import { RemoteDocument } from '../../core/remote-document.js';
import { VERSION } from '../../version.js';
// Last: the CDN files hold the modules in import order, and cdn/data.js is 26 B smaller so.
import { ContextEvent, type ContextCallback } from '@lit/context';

/** How a component inside is given its data state (`undefined`: no provider around it). */
type Callback = ContextCallback<DataState | undefined>;

/**
 * The context protocol's word that a provider is there (`context-provider`): the context root then
 * sends it the requests that waited for one, and a provider around it its own subscribers'.
 */
class ContextProviderEvent extends Event {
  constructor(
    readonly context: typeof smartCityContext,
    readonly contextTarget: Element,
  ) {
    super('context-provider', { bubbles: true, composed: true });
  }
}

/**
 * Loads one document and provides it to every component inside, so a page with a banner, a
 * scorecard and a timeline fetches and validates its data once.
 *
 * @summary Provides one smart-city document to the components inside it.
 *
 * @slot - The components (and any other content) that use the document.
 */
export class BekasiData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    refresh: { type: Number },
    timeout: { type: Number },
    retries: { type: Number },
    data: { attribute: false },
  };

  /** URL of the city's JSON document. */
  src?: string;

  /** Seconds between background re-fetches (with ETag revalidation); 0 for none. */
  refresh = 0;

  /** Seconds to wait for each attempt. */
  timeout = 10;

  /** Attempts after the first when loading fails on the network or the server. */
  retries = 2;

  /** The document itself, as an object (instead of `src`). */
  data?: unknown;

  readonly #remote = new RemoteDocument(this, () => ({
    src: this.data === undefined ? this.src : undefined,
    refresh: this.refresh,
    timeout: this.timeout,
    retries: this.retries,
  }));

  /**
   * The state the components inside were last given. Loading until its first update: a component
   * it answers before then (one inside a provider still to be defined) shows "loading", not a
   * "no data" alert for a moment.
   */
  #provided: DataState = LOADING;
  /**
   * The components it provides: each one's callback, with what stops its updates and the element.
   * What @lit/context's `ContextProvider` does, written out, as the base element writes out its
   * consumer: the same protocol in fewer bytes.
   */
  readonly #subscribers = new Map<Callback, { unsubscribe: () => void; element: Element }>();

  constructor() {
    super();
    this.addEventListener('context-request', (event) => {
      const element = event.contextTarget ?? (event.composedPath()[0] as Element);
      if (event.context !== smartCityContext || element === this) return;
      event.stopPropagation();
      const callback = event.callback;
      if (!event.subscribe) return callback(this.#provided);
      let subscriber = this.#subscribers.get(callback);
      if (!subscriber) {
        subscriber = { unsubscribe: () => this.#subscribers.delete(callback), element };
        this.#subscribers.set(callback, subscriber);
      }
      callback(this.#provided, subscriber.unsubscribe);
    });
    // A provider defined or placed inside this one: its components are now its to provide, so
    // each of them asks again, and the closer provider answers.
    this.addEventListener('context-provider', (event) => {
      const child = event.contextTarget ?? (event.composedPath()[0] as Element);
      if (event.context !== smartCityContext || child === this) return;
      const asked = new Set<Callback>();
      for (const [callback, { element }] of this.#subscribers) {
        // Once each, as @lit/context does: one that leaves and subscribes again during this loop
        // is met again at the map's end.
        if (asked.has(callback)) continue;
        asked.add(callback);
        element.dispatchEvent(new ContextEvent(smartCityContext, element, callback, true));
      }
      event.stopPropagation();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.dispatchEvent(new ContextProviderEvent(smartCityContext, this));
  }

  /** Loads the document again now. */
  reload(): void {
    this.#remote.reload();
  }

  /** The state given to the components inside. */
  get dataState(): DataState {
    if (this.data !== undefined) return stateFromValue(this.data);
    const state = this.#remote.state;
    return state === IDLE ? state : { ...state, reload: () => this.reload() };
  }

  #lastProvided: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const next = this.dataState;
    const provided = this.#provided;
    // Provide a new object only when something changed, so consumers re-render only then. Each
    // attempt's failure is a new object: a retry that failed again, even the same way, is news.
    const key = `${next.status}|${next.fetchedAt ?? ''}|${next.url ?? ''}`;
    if (
      key !== this.#lastProvided ||
      next.document !== provided?.document ||
      next.failure !== provided?.failure
    ) {
      this.#lastProvided = key;
      if (next !== provided) {
        this.#provided = next;
        for (const [callback, { unsubscribe }] of this.#subscribers) callback(next, unsubscribe);
      }
    }
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
