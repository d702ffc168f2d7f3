import { healthWords, statusWords } from '../../core/status.js';
import type { Health, Status } from '../../data/schema.js';

/** `<bekasi-timeline>`'s own strings; placeholders in `{braces}`. */
export interface TimelineStrings {
  heading: string;
  /** `{shown}`, `{total}` */
  count: string;
  /** `{count}`, `{running}`, `{overdue}` */
  summary: string;
  status: Record<Status, string>;
  health: Record<Health, string>;
  groupBy: string;
  groups: { dimension: string; agency: string; status: string };
  dimension: string;
  agency: string;
  all: string;
  search: string;
  clearFilters: string;
  noAgency: string;
  view: string;
  chart: string;
  list: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  earlier: string;
  later: string;
  today: string;
  /** The chart's accessible name: `{from}`, `{to}` */
  chartLabel: string;
  /** How to use the chart from the keyboard. */
  chartHelp: string;
  /** A lane header: `{name}`, `{count}` */
  lane: string;
  ongoing: string;
  overdue: string;
  quickWin: string;
  /** `{progress}` */
  progress: string;
  /** `{done}`, `{total}` */
  milestonesDone: string;
  milestones: string;
  done: string;
  notDone: string;
  lead: string;
  partners: string;
  dates: string;
  budget: string;
  sources: string;
  moreInfo: string;
  close: string;
  noProgrammes: string;
  noMatch: string;
}

export const timelineStrings: { id: TimelineStrings; en: TimelineStrings } = {
  id: {
    heading: 'Linimasa program',
    count: '{shown} dari {total} program',
    summary: '{count} program: {running} berjalan, {overdue} terlambat.',
    status: statusWords.id,
    health: healthWords.id,
    groupBy: 'Kelompokkan menurut',
    groups: { dimension: 'Dimensi', agency: 'Perangkat daerah', status: 'Status' },
    dimension: 'Dimensi',
    agency: 'Perangkat daerah',
    all: 'Semua',
    search: 'Cari program',
    clearFilters: 'Hapus filter',
    noAgency: 'Tanpa perangkat daerah',
    view: 'Tampilan',
    chart: 'Bagan',
    list: 'Daftar',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    // Of time: "Tampilkan semua" (show all) read as if it cleared the filters.
    fitAll: 'Seluruh periode',
    earlier: 'Lebih awal',
    later: 'Lebih akhir',
    today: 'Hari ini',
    chartLabel: 'Linimasa program, {from} sampai {to}',
    chartHelp:
      'Panah: program lain. Plus dan minus: perbesar, perkecil. Shift dan panah: geser waktu. Enter: rincian. Tombol Daftar menampilkan program yang sama sebagai daftar.',
    lane: '{name} ({count})',
    ongoing: 'tanpa tanggal selesai',
    overdue: 'Terlambat',
    quickWin: 'Quick Win',
    progress: 'Kemajuan {progress}',
    milestonesDone: '{done} dari {total} tonggak tercapai',
    milestones: 'Tonggak',
    done: 'tercapai',
    notDone: 'belum tercapai',
    lead: 'Perangkat daerah pelaksana',
    partners: 'Mitra',
    dates: 'Waktu',
    budget: 'Anggaran',
    sources: 'Sumber',
    moreInfo: 'Halaman program',
    close: 'Tutup',
    noProgrammes: 'Belum ada program untuk ditampilkan.',
    noMatch: 'Tidak ada program yang cocok dengan filter.',
  },
  en: {
    heading: 'Programme timeline',
    count: '{shown} of {total} {total|programme|programmes}',
    summary: '{count} {count|programme|programmes}: {running} running, {overdue} overdue.',
    status: statusWords.en,
    health: healthWords.en,
    groupBy: 'Group by',
    groups: { dimension: 'Dimension', agency: 'Agency', status: 'Status' },
    dimension: 'Dimension',
    agency: 'Agency',
    all: 'All',
    search: 'Search programmes',
    clearFilters: 'Clear filters',
    noAgency: 'No agency',
    view: 'View',
    chart: 'Chart',
    list: 'List',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitAll: 'Fit all',
    earlier: 'Earlier',
    later: 'Later',
    today: 'Today',
    chartLabel: 'Programme timeline, {from} to {to}',
    chartHelp:
      'Arrows: another programme. Plus and minus: zoom. Shift and an arrow: move in time. Enter: details. The List button shows the same programmes as a list.',
    lane: '{name} ({count})',
    ongoing: 'no end date',
    overdue: 'Overdue',
    quickWin: 'Quick Win',
    progress: 'Progress {progress}',
    milestonesDone: '{done} of {total} {total|milestone|milestones} reached',
    milestones: 'Milestones',
    done: 'reached',
    notDone: 'not reached',
    lead: 'Lead agency',
    partners: 'Partners',
    dates: 'Dates',
    budget: 'Budget',
    sources: 'Sources',
    moreInfo: 'Programme page',
    close: 'Close',
    noProgrammes: 'There are no programmes to show yet.',
    noMatch: 'No programme matches the filters.',
  },
};
