import { nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`). Lit's
 * `styleMap` writes a `style` attribute on first render, which a strict Content-Security-Policy
 * (no `'unsafe-inline'` for `style-src-attr`) blocks; the CSSOM is always allowed.
 *
 * Usage, on an element: `<li ${cssProperties({ '--_dimension': color })}>`. A number is set as
 * its text (`0.5`, `12`).
 */
class CssPropertiesDirective extends Directive {
  /** What was set last time, so a re-render with the same values touches nothing. */
  #previous = new Map<string, string | number>();

  render(_properties: Readonly<Record<string, string | number | undefined>>): typeof nothing {
    return nothing;
  }

  override update(
    part: ElementPart,
    [properties]: [Readonly<Record<string, string | number | undefined>>],
  ): typeof nothing {
    // HTML and SVG elements alike carry an inline style declaration.
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#previous.keys()) {
      if (properties[name] === undefined) {
        style.removeProperty(name);
        this.#previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || this.#previous.get(name) === value) continue;
      // A number is converted to its text by the DOM, as `String` would.
      style.setProperty(name, value as string);
      this.#previous.set(name, value);
    }
    return nothing;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
