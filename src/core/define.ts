import { VERSION } from '../version.js';

const warned = new Set<string>();

/**
 * Registers a custom element unless its tag is taken. Pages sometimes load two copies of the
 * library (a CMS plugin and a theme, say); throwing would break the page, so the second copy
 * warns once, naming both versions, and the first one stays in charge.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    try {
      customElements.define(tag, constructor);
    } catch {
      // The page registered this class under a tag of its own (imported from `/class`), and a
      // class serves one tag only: this tag gets a subclass.
      customElements.define(tag, class extends constructor {});
    }
    return;
  }
  if (existing === constructor || warned.has(tag)) return;
  warned.add(tag);
  const existingVersion = (existing as unknown as { version?: string }).version;
  console.warn(
    `<${tag}> is already defined by ${existingVersion ? `@bekasi/elements ${existingVersion}` : 'another script'}; ` +
      `this copy (${VERSION}) was not registered. Load the library once per page.`,
  );
}
