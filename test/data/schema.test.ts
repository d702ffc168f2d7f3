import '../setup.js';
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import {
  COLOR_PATTERN,
  ColorSchema,
  DocumentSchema,
  isCalendarDate,
  LANGUAGE_TAG_PATTERN,
  MAX_NAME_LENGTH,
  MAX_URL_LENGTH,
  NameSchema,
  PARTIAL_DATE_PATTERN,
  PartialDateSchema,
  ProgrammeSchema,
  SCHEMA_VERSION_PATTERN,
  URL_PATTERN,
  UrlSchema,
} from '../../src/data/schema.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => void) => void;

const codesOf = (result: { issues?: readonly { message: string }[] | undefined }): string[] =>
  (result.issues ?? []).map((issue) => issue.message);

describe('URL_PATTERN', () => {
  const accepted: [string, string][] = [
    ['https', 'https://bekasikota.go.id/'],
    ['http', 'http://example.org/a?b=c#d'],
    ['upper-case scheme', 'HTTPS://EXAMPLE.ORG/'],
    ['root-relative', '/a'],
    ['path-relative', 'a/b'],
    ['dot-relative', '../data/bekasi.json'],
    ['query only', '?q=1'],
    ['fragment only', '#x'],
    // Decision: a scheme-relative URL is accepted. It inherits the page's (or the document's)
    // scheme, which is http: or https:, and resolveUrl() checks the resolved scheme again.
    ['scheme-relative', '//cdn.example/x'],
    ['a colon after a path segment', '/wiki/Bekasi:Kota'],
    ['a colon after a slash-free relative segment', 'a/b:c'],
    ['non-ASCII text', '/kota/bekasi-é'],
  ];
  for (const [label, url] of accepted) {
    it(`accepts ${label}: ${JSON.stringify(url)}`, () => {
      expect(URL_PATTERN.test(url)).to.equal(true);
    });
  }

  const rejected: [string, string][] = [
    ['javascript:', 'javascript:alert(1)'],
    ['JAVASCRIPT:', 'JAVASCRIPT:alert(1)'],
    ['mixed-case javascript:', 'JaVaScRiPt:alert(1)'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a newline inside the scheme', 'java\nscript:alert(1)'],
    ['a carriage return inside the scheme', 'java\rscript:alert(1)'],
    ['a leading space', ' javascript:alert(1)'],
    ['a leading tab', '\tjavascript:alert(1)'],
    ['a leading no-break space', '\u00a0https://example.org/'],
    ['a leading NUL', '\u0000javascript:alert(1)'],
    ['a leading control character', '\u0001javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['mailto: (another scheme)', 'mailto:walikota@bekasikota.go.id'],
    ['ftp:', 'ftp://example.org/'],
    ['a scheme with digits, dots, plus and minus', 'web+app.x-1:foo'],
    ['a NUL inside an https URL', 'https://example.org/\u0000'],
    ['a newline inside an https URL', 'https://example.org/\nx'],
    ['DEL inside an https URL', 'https://example.org/\u007f'],
    ['an https-looking prefix that is another scheme', 'httpx://example.org/'],
  ];
  for (const [label, url] of rejected) {
    it(`rejects ${label}: ${JSON.stringify(url)}`, () => {
      expect(URL_PATTERN.test(url)).to.equal(false);
    });
  }

  it('UrlSchema reports "url" for unsafe, non-string and overlong values', () => {
    expect(v.safeParse(UrlSchema, 'https://example.org/').success).to.equal(true);
    expect(codesOf(v.safeParse(UrlSchema, 'javascript:alert(1)'))).to.deep.equal(['url']);
    expect(codesOf(v.safeParse(UrlSchema, 42))).to.deep.equal(['url']);
    const long = `https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`;
    expect(codesOf(v.safeParse(UrlSchema, long))).to.include('url');
    const fits = `https://example.org/${'a'.repeat(MAX_URL_LENGTH - 'https://example.org/'.length)}`;
    expect(fits.length).to.equal(MAX_URL_LENGTH);
    expect(v.safeParse(UrlSchema, fits).success).to.equal(true);
  });
});

describe('COLOR_PATTERN', () => {
  for (const color of ['#fff', '#FFF', '#0b6e4f', '#0B6E4F', '#f2a900']) {
    it(`accepts ${color}`, () => {
      expect(COLOR_PATTERN.test(color)).to.equal(true);
      expect(v.safeParse(ColorSchema, color).success).to.equal(true);
    });
  }
  const rejected = [
    'red',
    'fff',
    '#ff',
    '#ffff',
    '#fffff',
    '#fffffff',
    '#ggg',
    '#fff;',
    '#fff ',
    ' #fff',
    'rgb(0,0,0)',
    'red; background: url(javascript:alert(1))',
    'expression(alert(1))',
    'var(--x)',
    '#fff\n',
  ];
  for (const color of rejected) {
    it(`rejects ${JSON.stringify(color)}`, () => {
      expect(COLOR_PATTERN.test(color)).to.equal(false);
      expect(codesOf(v.safeParse(ColorSchema, color))).to.deep.equal(['color']);
    });
  }
});

describe('PARTIAL_DATE_PATTERN and isCalendarDate', () => {
  for (const date of ['2023', '2023-01', '2023-09', '2023-12', '2023-09-30', '2024-02-29', '2023-01-01']) {
    it(`accepts ${date}`, () => {
      expect(PARTIAL_DATE_PATTERN.test(date)).to.equal(true);
      expect(v.safeParse(PartialDateSchema, date).success).to.equal(true);
    });
  }
  const malformed = [
    '23',
    '202',
    '20230',
    '2023-13',
    '2023-00',
    '2023-9',
    '2023-09-00',
    '2023-09-32',
    '2023-09-3',
    '2023/09/30',
    '2023-09-30T00:00:00Z',
    ' 2023',
    '2023 ',
    '2023-',
    '30-09-2023',
    '',
  ];
  for (const date of malformed) {
    it(`rejects ${JSON.stringify(date)}`, () => {
      expect(PARTIAL_DATE_PATTERN.test(date)).to.equal(false);
      // (The calendar check may report the same code a second time; the validator's report is
      // checked in validate.test.ts.)
      expect([...new Set(codesOf(v.safeParse(PartialDateSchema, date)))]).to.deep.equal(['date']);
    });
  }

  it('isCalendarDate knows leap years and month lengths', () => {
    expect(isCalendarDate('2023-02-29')).to.equal(false);
    expect(isCalendarDate('2024-02-29')).to.equal(true);
    expect(isCalendarDate('2100-02-29')).to.equal(false);
    expect(isCalendarDate('2000-02-29')).to.equal(true);
    expect(isCalendarDate('2023-02-28')).to.equal(true);
    expect(isCalendarDate('2023-04-31')).to.equal(false);
    expect(isCalendarDate('2023-04-30')).to.equal(true);
    expect(isCalendarDate('2023-12-31')).to.equal(true);
  });

  it('isCalendarDate accepts partial dates (nothing to check)', () => {
    expect(isCalendarDate('2023')).to.equal(true);
    expect(isCalendarDate('2023-02')).to.equal(true);
  });

  it('PartialDateSchema refuses a date that matches the pattern but is no day', () => {
    expect(PARTIAL_DATE_PATTERN.test('2023-02-29')).to.equal(true);
    expect(codesOf(v.safeParse(PartialDateSchema, '2023-02-29'))).to.deep.equal(['date']);
    expect(codesOf(v.safeParse(PartialDateSchema, 2023))).to.deep.equal(['date']);
  });
});

describe('other patterns', () => {
  it('LANGUAGE_TAG_PATTERN accepts BCP 47 keys and refuses others', () => {
    for (const tag of ['id', 'en', 'en-GB', 'zh-Hant', 'zh-Hant-TW', 'jv', 'ace']) {
      expect(LANGUAGE_TAG_PATTERN.test(tag), tag).to.equal(true);
    }
    for (const tag of ['', 'e', 'en_GB', 'english', '<b>', 'en-', '1d']) {
      expect(LANGUAGE_TAG_PATTERN.test(tag), tag).to.equal(false);
    }
  });

  it('SCHEMA_VERSION_PATTERN accepts major.minor only', () => {
    for (const version of ['1.0', '1.7', '1.12', '2.0']) {
      expect(SCHEMA_VERSION_PATTERN.test(version), version).to.equal(true);
    }
    for (const version of ['1', '1.x', 'v1.0', '', '1.0-beta', ' 1.0']) {
      expect(SCHEMA_VERSION_PATTERN.test(version), version).to.equal(false);
    }
  });
});

describe('NameSchema', () => {
  it('accepts a string and an object of translations', () => {
    expect(v.safeParse(NameSchema, 'Kota Bekasi').success).to.equal(true);
    expect(v.safeParse(NameSchema, { id: 'Kota Bekasi', en: 'Bekasi City' }).success).to.equal(true);
  });

  it('refuses an empty object, a bad language key, a non-text and overlong text', () => {
    expect(v.safeParse(NameSchema, {}).success).to.equal(false);
    expect(v.safeParse(NameSchema, { en_GB: 'x' }).success).to.equal(false);
    expect(v.safeParse(NameSchema, 42).success).to.equal(false);
    expect(v.safeParse(NameSchema, ['x']).success).to.equal(false);
    expect(v.safeParse(NameSchema, 'x'.repeat(MAX_NAME_LENGTH)).success).to.equal(true);
    expect(v.safeParse(NameSchema, 'x'.repeat(MAX_NAME_LENGTH + 1)).success).to.equal(false);
  });
});

describe('ProgrammeSchema end-before-start', () => {
  const programme = (start: string, end: string) => ({
    id: 'p',
    name: 'P',
    dimension: 'governance',
    start,
    end,
    status: 'in_progress',
  });

  it('refuses an end before the start, at the end field', () => {
    const result = v.safeParse(ProgrammeSchema, programme('2024-06', '2023-01'));
    expect(result.success).to.equal(false);
    expect(codesOf(result)).to.deep.equal(['end-before-start']);
    expect(result.issues?.[0]?.path?.map((item) => item.key)).to.deep.equal(['end']);
  });

  it('accepts an end equal to or after the start at the same precision', () => {
    expect(v.safeParse(ProgrammeSchema, programme('2023-06', '2023-06')).success).to.equal(true);
    expect(v.safeParse(ProgrammeSchema, programme('2023-06-15', '2023-06-16')).success).to.equal(true);
    expect(v.safeParse(ProgrammeSchema, programme('2023', '2024-01')).success).to.equal(true);
  });

  // A partial date means its whole period: an end of "2023" is 31 December 2023, which is not
  // before a start in June 2023. Comparing the strings says '2023' < '2023-06'.
  it('accepts a coarser end that contains the start ("2023-06" → "2023")', () => {
    expect(v.safeParse(ProgrammeSchema, programme('2023-06', '2023')).success).to.equal(true);
  });

  it('accepts a coarser end that contains the start ("2023-09-15" → "2023-09")', () => {
    expect(v.safeParse(ProgrammeSchema, programme('2023-09-15', '2023-09')).success).to.equal(true);
  });

  it('still refuses a coarser end that lies wholly before the start ("2023-06" → "2022")', () => {
    expect(codesOf(v.safeParse(ProgrammeSchema, programme('2023-06', '2022')))).to.deep.equal([
      'end-before-start',
    ]);
  });
});

describe('DocumentSchema', () => {
  it('strips unknown fields', () => {
    const result = v.safeParse(DocumentSchema, {
      schemaVersion: '1.0',
      future: true,
      city: { name: 'X', extra: 1 },
    });
    expect(result.success).to.equal(true);
    expect(result.output).to.deep.equal({ schemaVersion: '1.0', city: { name: 'X' } });
  });
});
