/**
 * Which language an element speaks: its own `lang`, else the closest `[lang]` ancestor (crossing
 * shadow roots, so a component inside another component follows the page), else `<html lang>`,
 * else Indonesian. `en_US` is read as `en-US`.
 */
import { DEFAULT_LANGUAGE } from '../data/derive.js';

export function resolveLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      // PHP templates often print the server's locale, `en_US` or `en_US.UTF-8`: a tag with a
      // hyphen is meant, without the character set.
      const lang = node
        .getAttribute('lang')
        ?.replace(/[.@].*/, '')
        .replace(/_/g, '-');
      if (lang) return lang;
    }
    // Up to the parent; from a shadow root on to its host (so `node` is never a shadow root here).
    node = node.parentNode;
    if (node instanceof ShadowRoot) node = node.host;
  }
  return DEFAULT_LANGUAGE;
}

type Listener = () => void;

/** One observer per observed tree (the document, each shadow root), shared by all components. */
const observed = new Map<Node, { observer: MutationObserver; listeners: Set<Listener> }>();

/**
 * Calls `listener` when a `lang` attribute changes anywhere the element's language could come
 * from: the document or any shadow root it sits in. Call it when connected (the trees above an
 * element are only known then); it returns the function that stops observing. Connected means a
 * browser: a server import never connects an element, so `document` and `MutationObserver` are
 * there.
 */
export function observeLanguageChanges(element: Element, listener: Listener): () => void {
  // The trees a `lang` change could come from: every shadow root above the element, and the document.
  const trees: Node[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    trees.push(root);
    root = root.host.getRootNode();
  }
  trees.push(document.documentElement);
  for (const tree of trees) {
    let entry = observed.get(tree);
    if (!entry) {
      const listeners = new Set<Listener>();
      const observer = new MutationObserver(() => {
        for (const each of listeners) each();
      });
      observer.observe(tree, { attributes: true, attributeFilter: ['lang'], subtree: true });
      entry = { observer, listeners };
      observed.set(tree, entry);
    }
    entry.listeners.add(listener);
  }
  return () => {
    for (const tree of trees) {
      const entry = observed.get(tree);
      if (!entry) continue;
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) {
        entry.observer.disconnect();
        observed.delete(tree);
      }
    }
  };
}
