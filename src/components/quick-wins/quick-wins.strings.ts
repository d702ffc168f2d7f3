import { healthWords, statusWords } from '../../core/status.js';
import type { Health, Status } from '../../data/schema.js';

/** The sort orders offered; a leading `-` reverses one. */
export type QuickWinSort = 'due' | '-due' | 'progress' | '-progress' | 'name' | '-name';

/** `<bekasi-quick-wins>`'s own strings; placeholders in `{braces}`. */
export interface QuickWinsStrings {
  heading: string;
  summary: string;
  /** `{count}`, `{completed}`, `{share}`, `{overdue}` */
  summaryText: string;
  /** The status chart's text alternative: `{list}` ("3 Selesai, 2 Berjalan"). */
  chart: string;
  status: Record<Status, string>;
  health: Record<Health, string>;
  statusLabel: string;
  healthLabel: string;
  search: string;
  dimension: string;
  agency: string;
  all: string;
  sort: string;
  sorts: Record<QuickWinSort, string>;
  layout: string;
  cards: string;
  table: string;
  clear: string;
  download: string;
  /** `{count}`, `{total}` */
  shown: string;
  /** `{from}`, `{to}`, `{count}` */
  range: string;
  pages: string;
  previous: string;
  next: string;
  noMatch: string;
  none: string;
  name: string;
  start: string;
  due: string;
  overdue: string;
  kpi: string;
  unit: string;
  direction: string;
  increase: string;
  decrease: string;
  /** Beside a KPI that must fall. */
  lowerIsBetter: string;
  baseline: string;
  actual: string;
  target: string;
  progress: string;
  /** Read out instead of "—". */
  noValue: string;
  /** The sparkline's description: `{kpi}`, `{from}`, `{fromDate}`, `{to}`, `{toDate}`, `{count}` */
  history: string;
  evidence: string;
  yes: string;
  no: string;
}

export const quickWinsStrings: { id: QuickWinsStrings; en: QuickWinsStrings } = {
  id: {
    heading: 'Quick Win',
    summary: 'Ringkasan',
    summaryText: '{count} quick win: {completed} selesai ({share}), {overdue} terlambat.',
    chart: 'Diagram status: {list}',
    status: statusWords.id,
    health: healthWords.id,
    statusLabel: 'Status',
    healthLabel: 'Kondisi',
    search: 'Cari',
    dimension: 'Dimensi',
    agency: 'Perangkat daerah',
    all: 'Semua',
    sort: 'Urutkan',
    sorts: {
      due: 'Tenggat terdekat',
      '-due': 'Tenggat terjauh',
      '-progress': 'Kemajuan tertinggi',
      progress: 'Kemajuan terendah',
      name: 'Nama A–Z',
      '-name': 'Nama Z–A',
    },
    layout: 'Tampilan',
    cards: 'Kartu',
    table: 'Tabel',
    clear: 'Hapus filter',
    download: 'Unduh CSV',
    shown: 'Menampilkan {count} dari {total} quick win',
    range: '{from}–{to} dari {count}',
    pages: 'Halaman',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    noMatch: 'Tidak ada quick win yang cocok dengan filter ini.',
    none: 'Belum ada quick win dalam data.',
    name: 'Nama',
    start: 'Mulai',
    due: 'Tenggat',
    overdue: 'Terlambat',
    kpi: 'Indikator',
    unit: 'Satuan',
    direction: 'Arah',
    increase: 'naik',
    decrease: 'turun',
    lowerIsBetter: 'makin rendah makin baik',
    baseline: 'Nilai awal',
    actual: 'Capaian',
    target: 'Target',
    progress: 'Kemajuan',
    noValue: 'tidak ada data',
    history: 'Riwayat {kpi}: dari {from} ({fromDate}) menjadi {to} ({toDate}), {count} pengukuran',
    // The term Indonesian evaluations use for the documents that back a claim.
    evidence: 'Bukti dukung',
    yes: 'ya',
    no: 'tidak',
  },
  en: {
    heading: 'Quick wins',
    summary: 'Summary',
    summaryText: '{count} {count|quick win|quick wins}: {completed} completed ({share}), {overdue} overdue.',
    chart: 'Status chart: {list}',
    status: statusWords.en,
    health: healthWords.en,
    statusLabel: 'Status',
    healthLabel: 'Health',
    search: 'Search',
    dimension: 'Dimension',
    agency: 'Agency',
    all: 'All',
    sort: 'Sort by',
    sorts: {
      due: 'Due soonest',
      '-due': 'Due latest',
      '-progress': 'Most progress',
      progress: 'Least progress',
      name: 'Name A–Z',
      '-name': 'Name Z–A',
    },
    layout: 'View',
    cards: 'Cards',
    table: 'Table',
    clear: 'Clear filters',
    download: 'Download CSV',
    shown: 'Showing {count} of {total} {total|quick win|quick wins}',
    range: '{from}–{to} of {count}',
    pages: 'Pages',
    previous: 'Previous',
    next: 'Next',
    noMatch: 'No quick win matches these filters.',
    none: 'The data has no quick wins yet.',
    name: 'Name',
    start: 'Start',
    due: 'Due',
    overdue: 'Overdue',
    kpi: 'Indicator',
    unit: 'Unit',
    direction: 'Direction',
    increase: 'increase',
    decrease: 'decrease',
    lowerIsBetter: 'lower is better',
    baseline: 'Baseline',
    actual: 'Actual',
    target: 'Target',
    progress: 'Progress',
    noValue: 'no data',
    history:
      '{kpi} history: {from} ({fromDate}) to {to} ({toDate}), {count} {count|measurement|measurements}',
    evidence: 'Evidence',
    yes: 'yes',
    no: 'no',
  },
};
