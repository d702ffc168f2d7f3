/**
 * The words and symbols for a programme's or quick win's status and health, shared by the
 * timeline and the tracker so a page showing both says the same thing the same way. Symbols go
 * beside the words, never instead of them. Each component's strings point here, so a registered
 * translation can still give its own words per component.
 */
import { html, type TemplateResult } from 'lit';
import type { Health, Status } from '../data/schema.js';

export const statusWords: { id: Record<Status, string>; en: Record<Status, string> } = {
  id: {
    planned: 'Direncanakan',
    in_progress: 'Berjalan',
    completed: 'Selesai',
    on_hold: 'Ditunda',
    cancelled: 'Dibatalkan',
  },
  en: {
    planned: 'Planned',
    in_progress: 'In progress',
    completed: 'Completed',
    on_hold: 'On hold',
    cancelled: 'Cancelled',
  },
};

export const healthWords: { id: Record<Health, string>; en: Record<Health, string> } = {
  id: { on_track: 'Sesuai rencana', at_risk: 'Berisiko', off_track: 'Melenceng' },
  en: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' },
};

/** The symbols beside the words: drawn by `styles/marks.ts`, named by what they mark. */
export type MarkName = Status | Health | 'quick-win' | 'milestone' | 'milestone-done' | 'arrow';

/**
 * A symbol, hidden from screen readers (the words beside it say the same). Drawn in CSS rather
 * than typed: ○ ◐ ✓ ✕ ● ▲ ■ ★ ◆ → are missing from common text fonts (Noto Sans, Segoe UI), so
 * each one sent the first layout searching the system's fonts (about 25 ms of the tracker's first
 * frame here), and devices without a symbol font showed empty boxes.
 */
export const mark = (name: MarkName): TemplateResult =>
  html`<span class="mark mark--${name}" aria-hidden="true"></span>`;
