import { css } from 'lit';

/**
 * The status symbols (`mark()` in `core/status.ts`), drawn in the text colour at text size with
 * borders and gradients, so they look the same in every font, print and follow forced colours.
 * The timeline draws its own star and diamonds (`timeline.styles.ts`) on the same `.mark` box. The
 * health symbols and the arrow are the tracker's alone, in its styles (`quick-wins.styles.ts`), so
 * the timeline's file does not carry them; "on track" is round with the symbols here.
 */
export const marks = css`
  .mark {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    background: currentColor;
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  .mark--planned,
  .mark--in_progress,
  .mark--on_track {
    border-radius: 50%;
  }
  .mark--planned,
  .mark--in_progress {
    border: 0.125em solid;
    background: linear-gradient(90deg, currentColor var(--_half, 0), #0000 0);
  }
  .mark--in_progress {
    --_half: 50%;
  }
  .mark--on_hold {
    background: linear-gradient(90deg, currentColor 35%, #0000 0 65%, currentColor 0);
  }
  /* Borders and gradients rather than clip-path: fewer bytes, and the arrow follows the
     writing direction. */
  .mark--completed {
    width: 0.4em;
    margin-inline: 0.15em 0.2em;
    border: solid;
    border-width: 0 0.15em 0.15em 0;
    background: none;
    translate: 0 -0.1em;
    rotate: 45deg;
  }
  .mark--cancelled {
    background:
      linear-gradient(45deg, #0000 38%, currentColor 0 62%, #0000 0),
      linear-gradient(-45deg, #0000 38%, currentColor 0 62%, #0000 0);
  }
  @media (forced-colors: active) {
    /* Outranks a component's own tone for its marks: forced colours mean the system's. */
    :host .mark {
      color: CanvasText;
    }
  }
`;
