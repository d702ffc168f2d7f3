import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError, loadDocument, MAX_TIMER, type LoadedDocument } from '../data/loader.js';
import { IDLE, LOADING, type DataState, type LoadFailure } from './data-state.js';

export interface RemoteOptions {
  /** The document's URL; nothing is loaded while it is empty. */
  src: string | undefined;
  /** Seconds between background refreshes; 0 or less for none. */
  refresh: number;
  /** Seconds per attempt. */
  timeout: number;
  retries: number;
}

/**
 * Loads a document from `src` through the shared loader, refreshes it in the background, and
 * keeps the last good data when a refresh fails. A change of `src` or a disconnect aborts the
 * request in flight.
 *
 * This is what @lit/task does, written out: Task costs 0.6 KB gzip in every single-component
 * bundle (30 KB budget) and the loader already owns retries, timeouts and sharing, so only the
 * abort-on-change bookkeeping below is left.
 */
export class RemoteDocument implements ReactiveController {
  #refreshCount = 0;
  #refreshTimer: ReturnType<typeof setInterval> | undefined;
  #refreshEvery = 0;
  /** What the last load was for (`src` and refresh count); a new key starts a new load. */
  #requested: string | undefined;
  #controller: AbortController | undefined;
  /** How the last load for `src` ended: without `failure`, it succeeded (see `#lastGood`). */
  #outcome: { src: string; failure?: LoadFailure } | undefined;
  #lastGood: { src: string; loaded: LoadedDocument } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: () => RemoteOptions,
  ) {
    host.addController(this);
  }

  /** Loads again now (the retry button, or a timer tick). */
  reload(): void {
    this.#refreshCount += 1;
    this.host.requestUpdate();
  }

  get state(): DataState {
    const src = this.options().src;
    if (!src) return IDLE;
    // A load that succeeded set both: the last good document is the one to show.
    const shown = this.#lastGood?.src === src ? this.#lastGood.loaded : undefined;
    const failure = this.#outcome?.src === src ? this.#outcome.failure : undefined;
    if (!shown) return failure ? { status: 'error', failure, url: src } : LOADING;
    const state: DataState = {
      status: 'ready',
      document: shown.json,
      fetchedAt: shown.fetchedAt,
      url: shown.url,
    };
    if (failure) state.failure = failure;
    return state;
  }

  hostConnected(): void {
    this.#scheduleRefresh(true);
    // Moved in the page mid-load, the disconnect aborted and forgot the request: load again.
    if (this.#requested === undefined) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const { src } = this.options();
    const key = src ? `${src}|${this.#refreshCount}` : undefined;
    if (key !== this.#requested) {
      this.#requested = key;
      this.#controller?.abort();
      this.#controller = undefined;
      if (src) void this.#load(src, this.#refreshCount > 0);
    }
  }

  hostUpdated(): void {
    this.#scheduleRefresh(false);
  }

  hostDisconnected(): void {
    // Abort, and forget the request so a reconnect picks up where this left off.
    this.#controller?.abort();
    this.#controller = undefined;
    if (!this.#outcome || this.#outcome.src !== this.options().src) this.#requested = undefined;
    clearInterval(this.#refreshTimer);
    this.#refreshTimer = undefined;
    this.#refreshEvery = 0;
  }

  async #load(src: string, revalidate: boolean): Promise<void> {
    const controller = new AbortController();
    this.#controller = controller;
    const { timeout, retries } = this.options();
    try {
      const loaded = await loadDocument(src, {
        signal: controller.signal,
        timeout: timeout * 1000,
        retries,
        revalidate,
      });
      this.#lastGood = { src, loaded };
      this.#outcome = { src };
    } catch (error) {
      // A newer load (or a disconnect) took over; its outcome is the one to show.
      if (controller.signal.aborted) return;
      let failure: LoadFailure = { code: 'network', url: src };
      if (error instanceof LoadError) {
        failure = { code: error.code, url: error.url, detail: error.message };
        if (error.status !== undefined) failure.status = error.status;
      }
      this.#outcome = { src, failure };
    }
    if (this.#controller === controller) this.#controller = undefined;
    this.host.requestUpdate();
  }

  #scheduleRefresh(force: boolean): void {
    const { refresh, src } = this.options();
    const every = src && refresh > 0 ? Math.max(refresh, 1) : 0;
    if (!force && every === this.#refreshEvery) return;
    clearInterval(this.#refreshTimer);
    this.#refreshEvery = every;
    // `refresh="Infinity"` and the like: past the timer's range, an interval fires without pause.
    // A tick while a load is still trying (a slow server, its retries) leaves it to finish.
    this.#refreshTimer =
      every > 0
        ? setInterval(() => this.#controller || this.reload(), Math.min(every * 1000, MAX_TIMER))
        : undefined;
  }
}
