/**
 * The words and symbols for a programme's or quick win's status and health, shared by the
 * timeline and the tracker so a page showing both says the same thing the same way. Symbols go
 * beside the words, never instead of them. Each component's strings point here, so a registered
 * translation can still give its own words per component.
 */
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
  id: { on_track: 'Sesuai rencana', at_risk: 'Berisiko', off_track: 'Menyimpang' },
  en: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' },
};

export const STATUS_ICON: Record<Status, string> = {
  planned: '○',
  in_progress: '◐',
  completed: '✓',
  on_hold: '‖',
  cancelled: '✕',
};

export const HEALTH_ICON: Record<Health, string> = { on_track: '●', at_risk: '▲', off_track: '■' };
