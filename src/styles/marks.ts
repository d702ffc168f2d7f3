import { css } from 'lit';

/**
 * The status, health and arrow symbols (`mark()` in `core/status.ts`), drawn in the text colour
 * at text size, so they look the same in every font, print, and follow forced colours. The
 * timeline draws its own star and diamonds (`timeline.styles.ts`) on the same `.mark` box.
 */
export const marks = css`
  .mark {
    display: inline-block;
    box-sizing: border-box;
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
    background: linear-gradient(90deg, currentColor var(--_half, 0), transparent 0);
  }
  .mark--in_progress {
    --_half: 50%;
  }
  .mark--on_hold {
    background: linear-gradient(90deg, currentColor 35%, transparent 0 65%, currentColor 0);
  }
  .mark--completed {
    clip-path: polygon(0 55%, 15% 40%, 38% 62%, 85% 12%, 100% 27%, 38% 92%);
  }
  .mark--cancelled {
    clip-path: polygon(
      15% 0,
      50% 35%,
      85% 0,
      100% 15%,
      65% 50%,
      100% 85%,
      85% 100%,
      50% 65%,
      15% 100%,
      0 85%,
      35% 50%,
      0 15%
    );
  }
  .mark--at_risk {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .mark--arrow {
    clip-path: polygon(0 40%, 55% 40%, 55% 15%, 100% 50%, 55% 85%, 55% 60%, 0 60%);
  }
  .mark--arrow:dir(rtl) {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    /* Outranks a component's own tone for its marks: forced colours mean the system's. */
    :host .mark {
      color: CanvasText;
    }
  }
`;
