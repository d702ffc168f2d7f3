/**
 * The scorecard's radar: one axis per dimension on the framework's scale, drawn into a Lit `svg`
 * template, so the chart re-renders like any other template and stays text-only.
 *
 * No d3 here, deliberately and measured: a radar needs a linear map and closed polygons. d3-scale's
 * `scaleLinear` brings d3-interpolate, d3-color and d3-format along (about 8 KB gzip) and d3-shape's
 * `lineRadial` with d3-path about 2.5 KB more, against a 30 KB budget for the whole component.
 * The timeline writes its own time map and calendar ticks for the same reason (timeline-view.ts).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { cssProperties } from '../../core/css-properties.js';
import type { ScorecardView } from './scorecard-view.js';

/** The radar's coordinate system (viewBox units). */
export const RADAR = { width: 540, height: 400, radius: 130 } as const;
const CENTER = { x: RADAR.width / 2, y: RADAR.height / 2 };

/** Angle of axis `index` of `count`, clockwise from the top, in radians. */
export function axisAngle(index: number, count: number): number {
  return (index * 2 * Math.PI) / count;
}

/** Where a point at `radius` on the axis at `angle` lies, in viewBox units. */
export function polar(angle: number, radius: number): { x: number; y: number } {
  return { x: CENTER.x + Math.sin(angle) * radius, y: CENTER.y - Math.cos(angle) * radius };
}

/** A point as path coordinates, to a tenth of a unit. */
const xy = ({ x, y }: { x: number; y: number }): string => `${x.toFixed(1)},${y.toFixed(1)}`;

/**
 * An axis label in lines that stay inside the chart: as few lines as it needs, each split at the
 * space nearest its share ("Tata Kelola " / "Pemerintahan Cerdas"). A label longer than the lines
 * can hold is cut short at a word, with "…": the rows and the axis' accessible name give it whole.
 * A name written without spaces (Chinese, Japanese, Thai) is split and cut between characters.
 */
export function wrapLabel(name: string, wide = false): string[] {
  // Beside the rings, lines of the margin's width; above or below, of the chart's. What is kept
  // fills four lines of about 13 characters beside, three of 28 above or below; a split at the
  // space nearest a share can make a line a few characters longer.
  // Chinese, Japanese and Korean characters (U+2E80 to U+D7AF) are drawn a full em wide, twice a
  // Latin letter.
  const narrower = /[\u2e80-\ud7af]/.test(name) ? 2 : 1;
  const maxLine = (wide ? 28 : 16) / narrower;
  const room = (wide ? 84 : 52) / narrower;
  // Characters, not UTF-16 units: a line never ends inside a character written as two.
  let label = [...name];
  if (label.length > room) {
    const space = label.lastIndexOf(' ', room);
    // The mark after "…" puts it at the end of a right-to-left name (to its left) and leaves it
    // after a left-to-right one: the label is laid out left to right, as its anchors assume.
    label = [...label.slice(0, space > 0 ? space : room), '…\u200f'];
  }
  const count = Math.ceil(label.length / maxLine);
  const lines: string[] = [];
  let from = 0;
  for (let line = 1; line < count; line += 1) {
    const share = (line * label.length) / count;
    let split = -1;
    for (let index = from; index < label.length; index += 1) {
      if (label[index] === ' ' && (split < 0 || Math.abs(index - share) < Math.abs(split - share)))
        split = index;
    }
    // A word longer than a line stays whole (a few characters over); a name without a space
    // anywhere is split at the share itself, keeping every character.
    if (split < 0 && label.includes(' ')) break;
    // A line split at a space keeps it at its end: the lines read as words, and a name split
    // between characters reads as one, as its axis's name does.
    const at = split < 0 ? Math.round(share) : split + 1;
    lines.push(label.slice(from, at).join(''));
    from = at;
  }
  lines.push(label.slice(from).join(''));
  return lines;
}

export interface RadarOptions {
  /** Index of the axis that takes focus (roving tabindex). */
  focusedIndex: number;
  selectedId: string | undefined;
  /**
   * Whether an axis opens its dimension's row, as the row's own button does (the radar beside the
   * rows): it is then expanded or collapsed, not pressed, so a screen reader says what the press
   * did. A compact radar has no rows: its axes only select.
   */
  opensRows: boolean;
  label: string;
  /** Accessible name of one axis: "Ekonomi Cerdas: 3,50; 2023: 3,25". */
  axisLabel: (index: number) => string;
  /** Visible axis labels; a compact radar shows none. */
  showLabels: boolean;
}

export function renderRadar(view: ScorecardView, options: RadarOptions): SVGTemplateResult {
  const count = view.dimensions.length;
  const { min, max } = view.scale;
  const radius = (value: number): number =>
    (Math.min(max, Math.max(min, value)) - min) * (RADAR.radius / (max - min));
  /** Where `value` lies on axis `index`. */
  const place = (value: number, index: number) => polar(axisAngle(index, count), radius(value));
  const current = view.dimensions.map((dimension) => dimension.score.value);
  const compared = view.compareYear
    ? view.dimensions.map((dimension) => dimension.compareScore?.value)
    : undefined;

  /**
   * A closed polygon through one value per axis. With a missing value a gap stays a gap: the
   * outline joins neighbouring scores only (two-point subpaths, which enclose nothing to fill),
   * so the year still reads as a line, never through a zero; undefined when no two neighbours have
   * scores.
   */
  const polygon = (values: (number | undefined)[]): string | undefined => {
    const corners = values.map((value, index) => (value === undefined ? undefined : xy(place(value, index))));
    if (!corners.includes(undefined)) return `M${corners.join('L')}Z`;
    const segments = corners.map((corner, index) => {
      const next = corners[(index + 1) % count];
      return corner && next ? `M${corner}L${next}` : '';
    });
    return segments.join('') || undefined;
  };

  // RADAR's width and height written into the markup: a binding there costs Lit a part.
  return svg`<svg
    class="radar"
    viewBox="0 0 540 400"
    role="group"
    aria-label=${options.label}
  >
    <g aria-hidden="true">
      <path
        class="radar__ring"
        d=${view.ticks.map((tick) => polygon(Array(count).fill(tick.value))).join('') + spokes(count)}
      ></path>
      ${view.ticks.map((tick) => {
        // Ring values sit between the first two axes, clear of the labels.
        const at = polar(Math.PI / count, radius(tick.value));
        return svg`<text class="radar__tick" x=${at.x + 3} y=${at.y - 3}>${tick.text}</text>`;
      })}
    </g>
    ${compared ? renderSeries(compared, polygon(compared), 'compare', place) : nothing}
    ${renderSeries(current, polygon(current), 'current', place)}
    ${view.dimensions.map((dimension, index) => {
      const angle = axisAngle(index, count);
      const anchor = Math.abs(Math.sin(angle)) < 0.2 ? 'middle' : Math.sin(angle) > 0 ? 'start' : 'end';
      const at = polar(angle, RADAR.radius + 16);
      // Above or below the chart a label may take its width, unless nine axes or more crowd it:
      // the neighbours of the bottom one then come close enough to meet it.
      const lines = options.showLabels ? wrapLabel(dimension.name, anchor === 'middle' && count < 9) : [];
      // A name cut short is spoken with a space where its label ends: cut between characters
      // (Chinese, Japanese), the label's words are then words of the name, for speech input
      // (WCAG 2.5.3). Cut at a space, the name is as it was.
      let cut = lines.join('').indexOf('…\u200f');
      let name = options.axisLabel(index);
      if (cut > 0) {
        // Counted from where the name starts in the axis's label (after the isolate opening it).
        cut += name.indexOf(dimension.name);
        name = `${name.slice(0, cut)} ${name.slice(cut).trimStart()}`;
      }
      // Labels below the centre grow downwards, above it upwards.
      const firstLineY = Math.cos(angle) < -0.2 ? at.y + 10 : at.y - (lines.length - 1) * 15 + 4;
      const hit = polar(angle, RADAR.radius * 0.55);
      const rim = polar(angle, RADAR.radius);
      return svg`<g
        class="radar__axis"
        data-index=${index}
        role="button"
        tabindex=${options.focusedIndex === index ? 0 : -1}
        aria-pressed=${options.opensRows ? nothing : options.selectedId === dimension.id}
        aria-expanded=${options.opensRows ? options.selectedId === dimension.id : nothing}
        aria-controls=${options.opensRows ? `details-${index}` : nothing}
        aria-label=${name}
      >
        <path class="radar__hit" d="M${xy(CENTER)}L${xy(at)}"></path>
        <circle class="radar__hit-end" cx=${hit.x} cy=${hit.y} r="18"></circle>
        <circle
          class="radar__swatch"
          cx=${rim.x}
          cy=${rim.y}
          r="4"
          ${cssProperties({ '--_dimension': dimension.color })}
        ></circle>
        ${
          lines.length === 0
            ? nothing
            : svg`<text class="radar__label" text-anchor=${anchor}>${lines.map(
                // A line's closing space (see wrapLabel) keeps two lines two words for a screen
                // reader's text matching; it rides in the string, as a space alone beside a
                // `${…}` never reaches the tree.
                (line, lineIndex) => svg`<tspan x=${at.x} y=${firstLineY + lineIndex * 15}>${line}</tspan>`,
              )}</text>`
        }
      </g>`;
    })}
    <g class="radar__numbers" aria-hidden="true">
      ${view.dimensions.map((_, index) => {
        // Where the labels give way (a narrow radar), the axes are numbered as the rows are: beside
        // the rim's dot, or past it on the slanted axes (above the top one it would be cut off).
        // Outside the axes' buttons, whose names are the dimensions'.
        const angle = axisAngle(index, count);
        const rim = polar(angle, RADAR.radius);
        const at =
          Math.abs(Math.sin(angle)) < 0.2 ? { x: rim.x + 14, y: rim.y } : polar(angle, RADAR.radius + 12);
        return svg`<text x=${at.x} y=${at.y + 5} text-anchor="middle">${index + 1}</text>`;
      })}
    </g>
  </svg>`;
}

/** Every spoke from the centre to the rim: drawn with the rings, as one path. */
function spokes(count: number): string {
  let d = '';
  for (let index = 0; index < count; index += 1)
    d += `M${xy(CENTER)}L${xy(polar(axisAngle(index, count), RADAR.radius))}`;
  return d;
}

function renderSeries(
  values: (number | undefined)[],
  outline: string | undefined,
  kind: 'current' | 'compare',
  place: (value: number, index: number) => { x: number; y: number },
): SVGTemplateResult {
  // All markers of a series in one path, one subpath each: a data update then rewrites one
  // attribute instead of two per point, and the chart has a dozen fewer elements to lay out.
  // Shape, not colour alone, tells the two years apart: circles now, squares before.
  let markers = '';
  values.forEach((value, index) => {
    if (value === undefined) return;
    const { x, y } = place(value, index);
    markers +=
      kind === 'current'
        ? `M${xy({ x: x - 4.5, y })}a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0Z`
        : `M${xy({ x: x - 4, y: y - 4 })}h8v8h-8Z`;
  });
  return svg`<g class="radar__series radar__series--${kind}" aria-hidden="true">
    ${outline ? svg`<path class="radar__area" d=${outline}></path>` : nothing}
    ${markers ? svg`<path class="radar__point" d=${markers}></path>` : nothing}
  </g>`;
}
