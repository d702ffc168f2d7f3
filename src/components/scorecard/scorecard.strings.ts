/** `<bekasi-scorecard>`'s own strings; placeholders in `{braces}`. */
export interface ScorecardStrings {
  /** `{year}` */
  heading: string;
  overall: string;
  /** `{score}`, `{max}` */
  scoreOf: string;
  /** `{position}`, `{of}`, `{scope}` */
  rank: string;
  /** A rank without a total: `{position}`, `{scope}` */
  rankAlone: string;
  /** `{delta}`, `{year}` */
  up: string;
  down: string;
  /** `{year}` */
  same: string;
  /** Read out instead of "—". */
  noScore: string;
  /** An open dimension with no element scores, note or level. */
  noDetails: string;
  /** `{score}`, `{year}` */
  summaryScore: string;
  /** When there is no overall score: `{year}` */
  summaryYear: string;
  /** `{name}`, `{score}` */
  highest: string;
  lowest: string;
  /** `{year}` */
  radarLabel: string;
  /** Appended to the radar label: `{year}` */
  radarCompare: string;
  legend: string;
  dimensions: string;
  elements: string;
  /** `{level}`, `{of}` */
  maturity: string;
  /** A maturity level without a top level: `{level}` */
  maturityAlone: string;
  level: string;
  aspects: string;
  /** `{weight}` */
  weight: string;
  sources: string;
  evaluator: string;
  showTable: string;
  hideTable: string;
  /** `{year}` */
  tableCaption: string;
  dimension: string;
  change: string;
  noEvaluations: string;
  /** `{year}`, `{available}` */
  yearMissing: string;
  note: string;
}

export const scorecardStrings: { id: ScorecardStrings; en: ScorecardStrings } = {
  id: {
    heading: 'Skor kota cerdas {year}',
    overall: 'Skor keseluruhan',
    scoreOf: '{score} dari {max}',
    rank: 'Peringkat ke-{position} dari {of} · {scope}',
    rankAlone: 'Peringkat ke-{position} · {scope}',
    up: 'naik {delta} dari {year}',
    down: 'turun {delta} dari {year}',
    same: 'tidak berubah dari {year}',
    noScore: 'tidak ada data',
    noDetails: 'Tidak ada skor elemen.',
    summaryScore: 'Skor keseluruhan {score} pada {year}',
    summaryYear: 'Evaluasi {year}',
    highest: 'tertinggi {name} {score}',
    lowest: 'terendah {name} {score}',
    radarLabel: 'Diagram radar skor per dimensi, {year}',
    radarCompare: ' dibanding {year}',
    legend: 'Keterangan',
    dimensions: 'Skor per dimensi',
    elements: 'Skor elemen',
    maturity: 'Tingkat kematangan {level} dari {of}',
    maturityAlone: 'Tingkat kematangan {level}',
    level: 'Predikat',
    aspects: 'Skor per aspek',
    weight: 'bobot {weight}',
    sources: 'Sumber',
    evaluator: 'Penilai',
    showTable: 'Tampilkan tabel data',
    hideTable: 'Sembunyikan tabel data',
    tableCaption: 'Skor per dimensi, {year}',
    dimension: 'Dimensi',
    change: 'Perubahan',
    noEvaluations: 'Belum ada hasil evaluasi dalam data.',
    yearMissing: 'Tidak ada evaluasi untuk {year}. Tahun yang tersedia: {available}.',
    note: 'Catatan',
  },
  en: {
    heading: 'Smart city scores {year}',
    overall: 'Overall score',
    scoreOf: '{score} of {max}',
    rank: 'Rank {position} of {of} · {scope}',
    rankAlone: 'Rank {position} · {scope}',
    up: 'up {delta} from {year}',
    down: 'down {delta} from {year}',
    same: 'unchanged from {year}',
    noScore: 'no data',
    noDetails: 'No element scores.',
    summaryScore: 'Overall score {score} in {year}',
    summaryYear: 'Evaluation {year}',
    highest: 'highest {name} {score}',
    lowest: 'lowest {name} {score}',
    radarLabel: 'Radar chart of scores by dimension, {year}',
    radarCompare: ' compared with {year}',
    legend: 'Legend',
    dimensions: 'Scores by dimension',
    elements: 'Element scores',
    maturity: 'Maturity level {level} of {of}',
    maturityAlone: 'Maturity level {level}',
    level: 'Rating',
    aspects: 'Scores by aspect',
    weight: 'weight {weight}',
    sources: 'Sources',
    evaluator: 'Evaluator',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    tableCaption: 'Scores by dimension, {year}',
    dimension: 'Dimension',
    change: 'Change',
    noEvaluations: 'The data has no evaluation results yet.',
    yearMissing: 'There is no evaluation for {year}. Years available: {available}.',
    note: 'Note',
  },
};
