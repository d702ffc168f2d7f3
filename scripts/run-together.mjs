// Words a screen reader gets run together although the page shows them apart ("Juni 2026Terlambat").
// Chromium leaves a whitespace-only text node out of the accessibility tree when a comment touches
// it, and Lit marks every `${…}` in a template with comments: the space in html`${date} ${flag}` is
// shown, never spoken. Shared by the component tests (test/components/helpers.ts) and the Storybook
// smoke run, which checks every story.

/**
 * Runs in the page (self-contained, for `page.evaluate`): each two words shown apart in one line of
 * a component's shadow root (a space between them, in either text or a text of its own), with one
 * space between them ("2026 Terlambat"). `roots`: the shadow roots to read; every `bekasi-*`
 * element's by default.
 */
export function wordsShownApart(roots) {
  const lineBox = (node) => {
    for (let element = node.parentElement; element; element = element.parentElement) {
      if (!getComputedStyle(element).display.startsWith('inline')) return element;
    }
    return null;
  };
  const shadowRoots =
    roots ??
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('bekasi-') && element.shadowRoot)
      .map((element) => element.shadowRoot);
  const joined = new Set();
  for (const root of shadowRoots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let previous;
    let spaced = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || parent.closest('[aria-hidden="true"]') || parent.getClientRects().length === 0) continue;
      if (!text.trim()) {
        spaced = true;
        continue;
      }
      const box = lineBox(node);
      if (previous && previous.box === box && (spaced || /^\s/.test(text))) {
        joined.add(`${/\S+$/.exec(previous.text.trimEnd())[0]} ${/^\s*(\S+)/.exec(text)[1]}`);
      }
      previous = { text, box };
      spaced = /\s$/.test(text);
    }
  }
  return [...joined];
}

/**
 * Of the word pairs `apart` (from `wordsShownApart`), those an accessibility tree (`{ role, name,
 * children }`, ignored nodes left out, as puppeteer's full snapshot gives it) reads run together
 * ("2026Terlambat"), in a node's name or in a run of consecutive text nodes, as a screen reader
 * reads a line, and nowhere apart: "100 %" read apart in one place is not made a fault by a
 * "100%" written so elsewhere.
 */
export function runTogether(apart, tree) {
  const spoken = [];
  const visit = (node) => {
    if (node.name) spoken.push(node.name);
    let run = '';
    for (const child of node.children ?? []) {
      if (child.role === 'StaticText') run += child.name ?? '';
      else {
        spoken.push(run);
        run = '';
        visit(child);
      }
    }
    spoken.push(run);
  };
  if (tree) visit(tree);
  return apart
    .filter((words) => !spoken.some((text) => text.includes(words)))
    .map((words) => words.replace(' ', ''))
    .filter((words) => spoken.some((text) => text.includes(words)));
}
