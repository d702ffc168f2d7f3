import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError, loadDocument, type LoadedDocument } from '../data/loader.js';
import { validateDocument } from '../data/validate.js';
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
 * keeps the last good data when a refresh fails. @lit/task supplies the abort-on-change and
 * re-render plumbing.
 */
export class RemoteDocument implements ReactiveController {
  private refreshCount = 0;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private refreshEvery = 0;
  private lastGood: { src: string; loaded: LoadedDocument } | undefined;

  private readonly task: Task<readonly [string | undefined, number], LoadedDocument | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: () => RemoteOptions,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [this.options().src || undefined, this.refreshCount] as const,
      task: async ([src, refreshCount], { signal }) => {
        if (!src) return undefined;
        const { timeout, retries } = this.options();
        const loaded = await loadDocument(src, {
          signal,
          timeout: timeout * 1000,
          retries,
          revalidate: refreshCount > 0,
        });
        this.lastGood = { src, loaded };
        return loaded;
      },
    });
  }

  /** Loads again now (the retry button, or a timer tick). */
  reload(): void {
    this.refreshCount += 1;
    this.host.requestUpdate();
  }

  get state(): DataState {
    const src = this.options().src;
    if (!src) return IDLE;
    const lastGood = this.lastGood?.src === src ? this.lastGood.loaded : undefined;
    const ready = (loaded: LoadedDocument, failure?: LoadFailure): DataState => {
      const state: DataState = {
        status: 'ready',
        result: validateDocument(loaded.json, { baseUrl: loaded.url }),
        fetchedAt: loaded.fetchedAt,
        url: loaded.url,
      };
      if (failure) state.failure = failure;
      return state;
    };
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return this.task.value ? ready(this.task.value) : IDLE;
      case TaskStatus.ERROR: {
        const failure = toFailure(this.task.error, src);
        if (failure.code === 'aborted') return lastGood ? ready(lastGood) : LOADING;
        return lastGood ? ready(lastGood, failure) : { status: 'error', failure, url: src };
      }
      default:
        return lastGood ? ready(lastGood) : LOADING;
    }
  }

  hostConnected(): void {
    // A disconnect aborted the request; pick up where it left off.
    if (this.task.status === TaskStatus.ERROR && toFailure(this.task.error, '').code === 'aborted') {
      void this.task.run();
    }
    this.scheduleRefresh(true);
  }

  hostUpdated(): void {
    this.scheduleRefresh(false);
  }

  hostDisconnected(): void {
    this.task.abort();
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    this.refreshEvery = 0;
  }

  private scheduleRefresh(force: boolean): void {
    const { refresh, src } = this.options();
    const every = src && refresh > 0 ? Math.max(refresh, 1) : 0;
    if (!force && every === this.refreshEvery) return;
    clearInterval(this.refreshTimer);
    this.refreshEvery = every;
    this.refreshTimer = every > 0 ? setInterval(() => this.reload(), every * 1000) : undefined;
  }
}

function toFailure(error: unknown, url: string): LoadFailure {
  if (error instanceof LoadError) {
    const failure: LoadFailure = { code: error.code, url: error.url };
    if (error.status !== undefined) failure.status = error.status;
    if (error.code === 'not-json') failure.detail = error.message;
    return failure;
  }
  if (error instanceof DOMException && error.name === 'AbortError') return { code: 'aborted', url };
  return { code: 'network', url };
}
