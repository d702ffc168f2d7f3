import { fixture as render, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { runTogether, wordsShownApart, type AccessibilityNode } from '../../scripts/run-together.mjs';
import type { BekasiElement } from '../../src/core/base-element.js';
import type { BekasiLoadDetail } from '../../src/core/events.js';
import type { DataIssue } from '../../src/data/issues.js';

/** What the component currently shows: the `part` of its state container. */
export function shownState(element: BekasiElement): 'loading' | 'error' | 'ready' | 'none' {
  const root = element.shadowRoot;
  if (!root) return 'none';
  if (root.querySelector('[part="loading"]')) return 'loading';
  if (root.querySelector('[part="error"]')) return 'error';
  if (root.querySelector('[part="base"] > :not([role="status"])')) return 'ready';
  return 'none';
}

/** Waits until the component shows `state` (fetches and validation are asynchronous). */
export async function waitForState(
  element: BekasiElement,
  state: 'loading' | 'error' | 'ready',
  timeout = 8000,
): Promise<void> {
  await waitUntil(
    () => shownState(element) === state,
    `expected <${element.localName}> to show ${state}, it shows ${shownState(element)}`,
    {
      timeout,
    },
  );
  await element.updateComplete;
}

/** Text without the isolates (FSI … PDI) that hold the data's names in sentences; checked on their own. */
export const plain = (text: string | null | undefined): string | undefined =>
  text?.replace(/[\u2068\u2069]/g, '');

/** The visible text of the component's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
  return element.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function $$<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Resolves with the next event of `type` on `target`. */
export function nextEvent<T = unknown>(
  target: EventTarget,
  type: string,
  timeout = 8000,
): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/**
 * A component of `tag` in the page, given its data (and any property) by `setup`, once it shows
 * the data: with the issues its `bekasi-load` reported. The caller removes it.
 */
export async function shownWithIssues<T extends BekasiElement>(
  tag: string,
  setup: (element: T) => void,
): Promise<{ element: T; issues: readonly DataIssue[] }> {
  const element = document.createElement(tag) as T;
  const loaded = nextEvent<BekasiLoadDetail>(element, 'bekasi-load');
  setup(element);
  document.body.append(element);
  const { detail } = await loaded;
  await waitForState(element, 'ready');
  return { element, issues: detail.issues };
}

/** Serialises a value into an inline `<script type="application/json">` child. */
export function inlineJson(element: Element, json: string): void {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
}

/**
 * The words (up to `longest` characters: longer tokens such as URLs must break) that the layout
 * broke across two lines inside `root`: a squeezed column or button. Text a screen reader alone
 * gets (`.visually-hidden`) or that is not shown is skipped.
 */
export function brokenWords(root: Node, longest = 24): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.visually-hidden') || parent.getClientRects().length === 0) continue;
    // A break after a hyphen or a dash is a word's own break opportunity ("SP4N-" / "LAPOR!").
    for (const word of (node.textContent ?? '').matchAll(/[^\s\-–—]+[-–—]?/g)) {
      if (word[0].length > longest) continue;
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom)));
      if (lines.size > 1) broken.push(word[0]);
    }
  }
  return broken;
}

/**
 * A component of `tag` with `data` and `attributes`, in a container `width` px wide, once it shows
 * its data and has laid out again after measuring itself (the timeline measures its track with a
 * ResizeObserver, then renders in the next frame).
 */
export async function mounted(
  tag: string,
  data: unknown,
  attributes: Record<string, string> = {},
  width = 800,
): Promise<{ wrapper: HTMLDivElement; element: BekasiElement }> {
  const wrapper = await render<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const element = document.createElement(tag) as BekasiElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data;
  wrapper.append(element);
  await waitForState(element, 'ready');
  // The banner's logo and photo take their height when they arrive: a test that measures boxes
  // twice must not see one of them land in between (seen under load in the 10 px root test).
  // At most a second each: a lazy image out of view never loads, and its decode() never settles.
  const settled = (image: HTMLImageElement) =>
    Promise.race([
      image.decode().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 1000)),
    ]);
  await Promise.all([...element.shadowRoot!.querySelectorAll('img')].map(settled));
  for (let frame = 0; frame < 3; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
  }
  return { wrapper, element };
}

/**
 * What a component's status region says, message by message, as a screen reader hears it (each
 * change of its text). `stop()` ends the recording.
 */
export function recordAnnouncements(element: Element): { said: string[]; stop: () => void } {
  const region = $(element, '[role="status"]')!;
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent?.trim();
    if (text) said.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
}

let treeRoots = 0;

/**
 * Words a screen reader gets run together although the component shows them apart
 * ("Juni 2026Terlambat"): see scripts/run-together.mjs. Reads Chromium's whole accessibility tree.
 */
export async function runTogetherWords(element: Element): Promise<string[]> {
  return runTogether(wordsShownApart([element.shadowRoot!]), await accessibilityTree(element));
}

/** Chromium's accessibility tree under `element`, as screen readers get it. */
async function accessibilityTree(element: Element): Promise<AccessibilityNode | null> {
  const id = `a11y-${(treeRoots += 1)}`;
  element.setAttribute('data-a11y-root', id);
  try {
    return await executeServerCommand<AccessibilityNode, { selector: string }>('a11y-tree', {
      selector: `[data-a11y-root="${id}"]`,
    });
  } finally {
    element.removeAttribute('data-a11y-root');
  }
}

/** A node of Chromium's accessibility tree, with the fields the tests read (Puppeteer's names). */
type TreeNode = AccessibilityNode & {
  description?: string;
  expanded?: boolean;
  pressed?: boolean | 'mixed';
  children?: TreeNode[];
};

/** The nodes of `role` inside `element`, in the tree's order. */
async function nodesOf(element: Element, role: string): Promise<TreeNode[]> {
  const found: TreeNode[] = [];
  const walk = (node: TreeNode | null | undefined): void => {
    if (!node) return;
    if (node.role === role) found.push(node);
    node.children?.forEach(walk);
  };
  walk(await accessibilityTree(element));
  return found;
}

/** What Chromium gives screen readers for the elements of `role` inside `element`. */
export async function accessibleNodes(
  element: Element,
  role: string,
): Promise<{ name: string; description: string }[]> {
  return (await nodesOf(element, role)).map((node) => ({
    name: node.name ?? '',
    description: node.description ?? '',
  }));
}

/**
 * The states a screen reader says of the elements of `role` inside `element`: expanded, pressed.
 * Puppeteer leaves `expanded` out when it is false, as when the element has none: read the ARIA
 * attribute to tell "collapsed" from "no such state". `pressed` is there when false.
 */
export async function accessibleStates(
  element: Element,
  role: string,
): Promise<{ name: string; expanded?: boolean; pressed?: boolean | 'mixed' }[]> {
  return (await nodesOf(element, role)).map(({ name = '', expanded, pressed }) => ({
    name,
    ...(expanded === undefined ? {} : { expanded }),
    ...(pressed === undefined ? {} : { pressed }),
  }));
}

/** The names Chromium gives screen readers for the elements of `role` inside `element`. */
export async function accessibleNames(element: Element, role: string): Promise<string[]> {
  return (await accessibleNodes(element, role)).map((node) => node.name);
}

/**
 * What a framework logs as a warning or an error while a test runs (Angular's dev-mode checks and
 * Svelte's runtime log there): `start` in a `beforeEach`, `stop` in the `afterEach`.
 */
export function consoleMessages(): { readonly messages: string[]; start(): void; stop(): void } {
  const { warn, error } = console;
  const messages: string[] = [];
  const record = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return {
    messages,
    start() {
      messages.length = 0;
      console.warn = console.error = record;
    },
    stop() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/**
 * The style rules a component adopts for forced-colours mode. Web Test Runner's Chromium launcher
 * cannot emulate that mode (its emulateMedia passes only colour scheme and reduced motion to
 * Puppeteer), so tests read these rules and check which elements they apply to.
 */
export function forcedColourRules(element: Element): CSSStyleRule[] {
  return element
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && rule.conditionText === '(forced-colors: active)',
    )
    .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
}

/** Where a finger is on the screen, in viewport pixels; `null` while it is lifted. */
export type TouchPoint = { x: number; y: number } | null;

/**
 * Real touch input (the `touch` command, test/server/touch-plugin.mjs): each frame lists where
 * each finger is, one frame every 16 ms; after the last one every finger lifts (or, when the
 * gesture fails, is cancelled).
 */
export async function touch(...frames: TouchPoint[][]): Promise<void> {
  await executeServerCommand('touch', { frames });
}
