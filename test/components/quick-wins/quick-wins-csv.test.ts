import '../../setup.js';
import { expect } from '@open-wc/testing';
import { quickWinsCsv } from '../../../src/components/quick-wins/quick-wins-csv.js';
import { quickWinRows } from '../../../src/components/quick-wins/quick-wins-view.js';
import { quickWinsStrings } from '../../../src/components/quick-wins/quick-wins.strings.js';
import { validateDocument } from '../../../src/data/validate.js';
import { FORMULA_PAYLOADS, fixture, hostileQuickWinsDocument } from '../../fixtures/index.js';

const TODAY = new Date(2026, 10, 1);

function csvOf(document: unknown, language = 'id'): string {
  const model = validateDocument(document).model!;
  const strings = language === 'en' ? quickWinsStrings.en : quickWinsStrings.id;
  return quickWinsCsv(quickWinRows(model, language, TODAY), language, strings);
}

/** Splits RFC 4180 text into records of fields (enough for these tests: quotes, commas, CRLF). */
function parse(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return records;
}

describe('quick wins CSV', () => {
  it('gives a KPI’s direction when the data leaves it to the baseline and target', () => {
    const document = fixture('bekasi') as { quickWins: { id: string; kpi?: Record<string, unknown> }[] };
    const izin = document.quickWins.find((quickWin) => quickWin.id === 'izin-sla')!;
    delete izin.kpi!['direction'];
    const row = parse(csvOf(document).slice(1)).find((record) => record[0] === 'izin-sla')!;
    // 14 → 3 working days: falling, as the progress (81.82 %) already counts it.
    expect([row[11], row[15]]).to.deep.equal(['turun', '81.82']);
  });

  it('writes a progress not yet done as under 100, and one barely begun as over 0, as the page does', () => {
    const one = (actual: number) => ({
      schemaVersion: '1.0',
      quickWins: [
        {
          id: 'q',
          name: 'Sambungan',
          dimension: 'living',
          status: 'in_progress',
          kpi: { name: 'Sambungan', baseline: 0, target: 100000, actual },
        },
      ],
    });
    const progress = (actual: number) => parse(csvOf(one(actual)).slice(1))[1]![15];
    expect(progress(99996)).to.equal('99.99');
    expect(progress(4)).to.equal('0.01');
    expect(progress(100000)).to.equal('100');
    expect(progress(0)).to.equal('0');
    expect(progress(31825)).to.equal('31.83');
  });

  it('leaves no formula to a spreadsheet that splits on semicolons (Excel in Indonesian)', () => {
    const document = {
      schemaVersion: '1.0',
      quickWins: [
        { id: 'q', name: "Layanan;=cmd|' /C calc'!A0;", dimension: 'living', status: 'in_progress' },
      ],
    };
    const line = csvOf(document).slice(1).split('\r\n')[1]!;
    // Split as Indonesian Excel does, on semicolons outside quotes: no cell may start a formula.
    const cells = line.match(/("(?:[^"]|"")*"|[^;"]*)+/g) ?? [];
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).to.deep.equal([]);
    expect(parse(csvOf(document).slice(1))[1]![1]).to.equal("Layanan;=cmd|' /C calc'!A0;");
  });

  it('starts with a byte-order mark, has a header row and ends every line with CRLF', () => {
    const csv = csvOf(fixture('bekasi'));
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(csv.replaceAll('\r\n', '').includes('\n')).to.equal(false);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal(
      'ID,Nama,Dimensi,Perangkat daerah,Status,Kondisi,Mulai,Tenggat,Terlambat,Indikator,Satuan,Arah,Nilai awal,Capaian,Target,Kemajuan (%)',
    );
    expect(lines).to.have.length(8); // header, six quick wins, and the empty string after the last CRLF
  });

  it('writes each quick win exactly: words in the shown language, dates as written, plain numbers', () => {
    const lines = csvOf(fixture('bekasi')).slice(1).split('\r\n');
    expect(lines[1]).to.equal(
      'izin-sla,Izin selesai dalam 3 hari kerja,Tata Kelola Pemerintahan Cerdas,Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP),Berjalan,Melenceng,2021-06,2026-06,ya,Rata-rata waktu penyelesaian izin,hari kerja,turun,14,5,3,81.82',
    );
    expect(lines[2]).to.equal(
      'kalender-event,Kalender acara wisata perkotaan,Pemasaran Daerah,Dinas Kebudayaan dan Pariwisata (Disbudpar),Selesai,,2023-02,2023-12,tidak,,,,,,,100',
    );
    expect(lines[3]).to.equal(
      'qris-umkm,10.000 UMKM menerima QRIS,Ekonomi Cerdas,Dinas Koperasi dan Usaha Kecil Menengah (Diskop UKM),Berjalan,Berisiko,2022-08,2026-12,tidak,UMKM yang menerima QRIS,usaha,naik,1200,8420,10000,82.05',
    );
    const english = csvOf(fixture('bekasi'), 'en').slice(1).split('\r\n');
    expect(
      english[0]?.startsWith('ID,Name,Dimension,Agency,Status,Health,Start,Due,Overdue,Indicator'),
    ).to.equal(true);
    expect(english[3]).to.equal(
      'qris-umkm,"10,000 small businesses accepting QRIS",Smart Economy,Cooperatives and Small Business Office (Diskop UKM),In progress,At risk,2022-08,2026-12,no,Small businesses accepting QRIS,businesses,increase,1200,8420,10000,82.05',
    );
  });

  it('writes an agency named only in another language as plain text, without its language mark', () => {
    // The tracker marks it with lang="id" on an English page; a CSV cell takes no markup.
    const csv = csvOf(
      {
        schemaVersion: '1.0',
        agencies: [{ id: 'dinkes', name: { id: 'Dinas Kesehatan' } }],
        quickWins: [{ id: 'a', name: 'Queue', dimension: 'living', agency: 'dinkes', status: 'planned' }],
      },
      'en',
    );
    expect(parse(csv.slice(1))[1]?.[3]).to.equal('Dinas Kesehatan');
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    const csv = csvOf({
      schemaVersion: '1.0',
      quickWins: [{ id: 'q', name: 'Satu, "dua"\r\ntiga\nempat', dimension: 'economy', status: 'planned' }],
    });
    expect(csv.split('\r\n')[1]).to.equal('q,"Satu, ""dua""');
    expect(parse(csv.slice(1))[1]?.[1]).to.equal('Satu, "dua"\r\ntiga\nempat');
  });

  it('neutralises cells a spreadsheet would run as a formula, keeping negative numbers numbers', () => {
    const rows = parse(csvOf(hostileQuickWinsDocument()).slice(1));
    const names = rows.slice(1).map((row) => row[1]);
    for (const payload of FORMULA_PAYLOADS) expect(names).to.include(`'${payload}`);
    for (const row of rows) for (const field of row) expect(field).to.not.match(/^[=+\-@\t\r]/);

    const negative = csvOf({
      schemaVersion: '1.0',
      quickWins: [
        {
          id: 'q',
          name: '\tTab',
          dimension: 'economy',
          status: 'planned',
          kpi: { name: '-ve', baseline: -5, target: -1.25, actual: -2 },
        },
      ],
    });
    expect(negative.split('\r\n')[1]).to.equal(
      "q,'\tTab,Ekonomi Cerdas,,Direncanakan,,,,tidak,'-ve,,naik,-5,-2,-1.25,80",
    );
  });

  it("writes the data's numbers as given, and only the progress rounded", () => {
    const csv = csvOf({
      schemaVersion: '1.0',
      quickWins: [
        {
          id: 'ppm',
          name: 'Kualitas udara',
          dimension: 'environment',
          status: 'in_progress',
          kpi: {
            name: 'PM',
            unit: 'ppm',
            direction: 'increase',
            baseline: 0.001,
            actual: 0.0456,
            target: 0.125,
          },
        },
      ],
    });
    const [row] = parse(csv.slice(1)).slice(1);
    // 0.001 was written as 0, 0.0456 as 0.05 and 0.125 as 0.13.
    expect(row?.slice(12)).to.deep.equal(['0.001', '0.0456', '0.125', '35.97']);
  });

  it('writes markup as plain text', () => {
    const rows = parse(csvOf(hostileQuickWinsDocument()).slice(1));
    expect(rows[1]?.[1]).to.equal(
      'Nama <img src=x onerror="window.__bekasiPwned=true"><script>window.__bekasiPwned=true</script>',
    );
  });

  it('is only a header for an empty view', () => {
    const csv = quickWinsCsv([], 'en', quickWinsStrings.en);
    expect(csv.split('\r\n')).to.have.length(2);
  });
});
