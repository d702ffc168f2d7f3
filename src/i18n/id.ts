import type { Translation } from './translation.js';

const value = (params: Record<string, string | number>) =>
  params['value'] !== undefined ? ` (ditemukan ${params['value']})` : '';

/** Indonesian (Bahasa Indonesia): the default language. */
export const id: Translation = {
  $code: 'id',
  $name: 'Bahasa Indonesia',

  loading: 'Memuat data kota cerdas…',
  retry: 'Coba lagi',
  errorTitle: 'Data kota cerdas tidak dapat ditampilkan',
  loadError: {
    network: (p) => `Data di ${p['url']} tidak dapat dijangkau. Periksa koneksi atau alamatnya.`,
    timeout: (p) => `Data di ${p['url']} tidak tiba tepat waktu.`,
    http: (p) => `Server menjawab ${p['status']} untuk ${p['url']}.`,
    'not-json': (p) => `Berkas di ${p['url']} bukan JSON yang sah.`,
    'html-instead-of-json': (p) =>
      `Alamat ${p['url']} mengembalikan halaman web, bukan data JSON. Alamatnya mungkin salah.`,
    'too-large': (p) => `Berkas di ${p['url']} terlalu besar untuk ditampilkan.`,
    aborted: () => 'Pemuatan dibatalkan.',
    'no-data': () =>
      'Tidak ada data. Isi atribut src, properti data, atau letakkan skrip JSON di dalam elemen.',
  },
  staleData: (age) => `Data tidak dapat diperbarui; menampilkan data dari ${age}.`,
  dataUpdated: 'Data telah diperbarui.',
  dataAsOf: (date) => `Data per ${date}`,
  issue: {
    'not-json': (p) => `bukan JSON yang sah${p['detail'] ? `: ${p['detail']}` : ''}`,
    'not-object': (p) => `bukan objek JSON${value(p)}`,
    'schema-version': (p) => `harus berupa versi seperti "1.0"${value(p)}`,
    'unsupported-version': (p) =>
      `memakai format data versi ${p['found']}; pustaka ini membaca versi ${p['supported']}`,
    'missing-section': () => 'tidak ada, padahal komponen ini memerlukannya',
    'empty-section': () => 'kosong',
    type: (p) => `bertipe salah${p['expected'] ? `: seharusnya ${p['expected']}` : ''}${value(p)}`,
    required: () => 'wajib diisi tetapi tidak ada',
    text: (p) => `harus berupa teks atau objek terjemahan seperti { "id": "…", "en": "…" }${value(p)}`,
    'too-long': (p) => `terlalu panjang (paling banyak ${p['limit']} karakter)`,
    'empty-text': () => 'tidak memiliki terjemahan',
    'language-tag': (p) => `memiliki kunci yang bukan kode bahasa seperti "id" atau "en"${value(p)}`,
    date: (p) => `harus berupa tanggal seperti "2023", "2023-09" atau "2023-09-30"${value(p)}`,
    timestamp: (p) => `harus berupa tanggal dan waktu seperti "2026-11-01T09:00:00+07:00"${value(p)}`,
    url: (p) =>
      `bukan alamat web yang aman; hanya alamat http:, https: dan relatif yang diizinkan${value(p)}`,
    color: (p) => `harus berupa warna seperti "#0b6e4f" atau "#fa0"${value(p)}`,
    id: (p) => `harus berupa pengenal yang tidak kosong${value(p)}`,
    number: (p) => `harus berupa angka${value(p)}`,
    integer: (p) => `harus berupa bilangan bulat${value(p)}`,
    positive: (p) => `harus 1 atau lebih${value(p)}`,
    'non-negative': (p) => `tidak boleh negatif${value(p)}`,
    percentage: (p) => `harus antara 0 dan 100${value(p)}`,
    year: (p) => `harus berupa tahun seperti 2024${value(p)}`,
    status: (p) => `harus planned, in_progress, completed, on_hold atau cancelled${value(p)}`,
    health: (p) => `harus on_track, at_risk atau off_track${value(p)}`,
    direction: (p) => `harus increase atau decrease${value(p)}`,
    boolean: (p) => `harus true atau false${value(p)}`,
    currency: (p) => `harus berupa kode mata uang tiga huruf seperti "IDR"${value(p)}`,
    list: (p) => `harus berupa daftar${value(p)}`,
    scale: () => 'nilai max harus lebih besar dari min',
    'dimensions-count': () => 'harus berisi 1 sampai 24 dimensi',
    'end-before-start': () => 'lebih awal dari tanggal mulai',
    'duplicate-id': (p) => `mengulang pengenal yang sudah dipakai di daftar ini${value(p)}`,
    'unknown-dimension': (p) => `merujuk dimensi yang tidak ada di kerangka${value(p)}`,
    'unknown-element': (p) => `merujuk elemen yang tidak ada di dimensinya${value(p)}`,
    'unknown-agency': (p) => `merujuk perangkat daerah yang tidak ada di agencies${value(p)}`,
    'unknown-programme': (p) => `merujuk program yang tidak ada di programmes${value(p)}`,
    'score-range': (p) => `di luar skala ${p['min']}–${p['max']}${value(p)}`,
    invalid: () => 'tidak dapat dipakai',
  },
  outcome: {
    rejected: 'Data tidak dapat ditampilkan.',
    'item-dropped': 'Butir ini tidak ditampilkan.',
    'field-dropped': 'Nilai ini tidak dipakai.',
    'reference-dropped': 'Rujukan ini tidak dipakai.',
  },
  issueCount: (count) => `${count} masalah dalam data`,
  showIssues: 'Tampilkan masalah dalam data',

  banner: {
    label: (city) => `${city}: kota cerdas`,
    logoAlt: (city) => `Logo ${city}`,
    strategy: 'Strategi',
    vision: 'Visi',
    dimensions: 'Dimensi kota cerdas',
    latestScore: 'Indeks kota cerdas',
    scoreOf: (score, max) => `${score} dari ${max}`,
    scoreYear: (year) => `Evaluasi ${year}`,
    external: '(membuka situs lain)',
    emptyTitle: 'Tidak ada informasi kota',
  },
};
