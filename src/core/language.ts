/**
 * Which language an element speaks: its own `lang`, else the closest `[lang]` ancestor (crossing
 * shadow roots, so a component inside another component follows the page), else `<html lang>`,
 * else Indonesian.
 */
import { DEFAULT_LANGUAGE } from '../data/derive.js';

export function resolveLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    // Step out of a shadow root to its host; otherwise up to the parent.
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    if (node instanceof ShadowRoot) node = node.host;
  }
  return DEFAULT_LANGUAGE;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when any `lang` attribute in the document changes, so components follow a
 * language switch on the page. One observer serves every component.
 */
export function observeLanguageChanges(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const each of listeners) each();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
