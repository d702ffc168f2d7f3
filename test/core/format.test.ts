import '../setup.js';
import { expect } from '@open-wc/testing';
import {
  formatAge,
  formatCurrency,
  formatDateTime,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatSigned,
} from '../../src/core/format.js';
import { dimensionColor } from '../../src/core/dimension-color.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => void) => void;

/** What this browser's Intl writes for a negative number in `language` (hyphen or U+2212). */
const minusSign = (language: string): string =>
  new Intl.NumberFormat(language).formatToParts(-1).find((part) => part.type === 'minusSign')?.value ?? '-';

describe('formatNumber', () => {
  it('uses the decimal comma in Indonesian and the point in English', () => {
    expect(formatNumber(3.6, 'id', 2)).to.equal('3,60');
    expect(formatNumber(3.6, 'en', 2)).to.equal('3.60');
    expect(formatNumber(3.6, 'en-GB', 2)).to.equal('3.60');
  });

  it('shows exactly the digits asked for', () => {
    expect(formatNumber(3.456, 'en', 2)).to.equal('3.46');
    expect(formatNumber(72.5, 'id', 1)).to.equal('72,5');
    expect(formatNumber(4, 'id', 2)).to.equal('4,00');
    expect(formatNumber(72.5, 'en')).to.equal('73');
  });

  it('groups thousands by language', () => {
    expect(formatNumber(12500, 'id')).to.equal('12.500');
    expect(formatNumber(12500, 'en')).to.equal('12,500');
  });

  it('an invalid language tag falls back to Indonesian without throwing', () => {
    for (const tag of ['en_US', '!!', '', 'x'.repeat(20)]) {
      let shown = '';
      expect(() => (shown = formatNumber(3.6, tag, 2)), JSON.stringify(tag)).to.not.throw();
      expect(shown, JSON.stringify(tag)).to.equal('3,60');
    }
  });
});

describe('formatSigned', () => {
  it('gives a rise a plus sign', () => {
    expect(formatSigned(0.25, 'id', 2)).to.equal('+0,25');
    expect(formatSigned(0.25, 'en', 2)).to.equal('+0.25');
  });

  it("gives a fall this language's minus sign", () => {
    expect(minusSign('id')).to.match(/^[-\u2212]$/);
    expect(formatSigned(-0.1, 'id', 2)).to.equal(`${minusSign('id')}0,10`);
    expect(formatSigned(-0.1, 'en', 2)).to.equal(`${minusSign('en')}0.10`);
  });

  it('no sign for zero, nor for a change that rounds to zero', () => {
    expect(formatSigned(0, 'id', 2)).to.equal('0,00');
    expect(formatSigned(-0, 'en', 2)).to.equal('0.00');
    expect(formatSigned(0.004, 'en', 2)).to.equal('0.00');
    expect(formatSigned(-0.004, 'en', 2)).to.equal('0.00');
  });

  it('an invalid language tag falls back without throwing', () => {
    expect(formatSigned(0.25, 'not a tag', 2)).to.equal('+0,25');
  });
});

describe('formatPercent and formatCurrency', () => {
  it('formats a 0–100 share as a percentage', () => {
    expect(formatPercent(97, 'en')).to.equal('97%');
    expect(formatPercent(96.8, 'en')).to.equal('97%');
    expect(formatPercent(0, 'en')).to.equal('0%');
    expect(formatPercent(97, 'id')).to.equal(new Intl.NumberFormat('id', { style: 'percent' }).format(0.97));
    expect(formatPercent(97, 'id')).to.match(/^97\s?%$/);
  });

  it('never says 100% for what is not whole, nor 0% for what has begun', () => {
    expect(formatPercent(99.6, 'en')).to.equal('99%');
    expect(formatPercent(99.5, 'en')).to.equal('99%');
    expect(formatPercent(100, 'en')).to.equal('100%');
    expect(formatPercent(0.4, 'en')).to.equal('1%');
    expect(formatPercent(0, 'en')).to.equal('0%');
    expect(formatPercent(50.4, 'en')).to.equal('50%');
  });

  it('formats money without decimals, grouped by language', () => {
    const rupiah = formatCurrency(12_500_000_000, 'IDR', 'id');
    expect(rupiah).to.match(/^Rp\s?12\.500\.000\.000$/);
    expect(formatCurrency(1500, 'USD', 'en')).to.equal('$1,500');
  });
});

describe('formatPartialDate', () => {
  it('a year is shown as the year', () => {
    expect(formatPartialDate('2023', 'id')).to.equal('2023');
    expect(formatPartialDate('2023', 'en')).to.equal('2023');
  });

  it('a month is shown as month and year', () => {
    expect(formatPartialDate('2023-09', 'id')).to.equal('September 2023');
    expect(formatPartialDate('2023-09', 'en')).to.equal('September 2023');
    expect(formatPartialDate('2024-02', 'id')).to.equal('Februari 2024');
    expect(formatPartialDate('2023-12', 'en')).to.equal('December 2023');
  });

  it('a day is shown in the order of the language', () => {
    expect(formatPartialDate('2023-09-30', 'id')).to.equal('30 September 2023');
    expect(formatPartialDate('2023-09-30', 'en')).to.equal('September 30, 2023');
    expect(formatPartialDate('2023-09-30', 'en-GB')).to.equal('30 September 2023');
    expect(formatPartialDate('2024-01-01', 'en')).to.equal('January 1, 2024');
  });

  it('an invalid language tag falls back to Indonesian without throwing', () => {
    expect(formatPartialDate('2024-02-29', 'en_US')).to.equal('29 Februari 2024');
  });
});

describe('formatDateTime', () => {
  it('names the day and the time', () => {
    const when = new Date(2026, 10, 1, 9, 5);
    const shown = formatDateTime(when, 'en');
    expect(shown).to.contain('November 1, 2026');
    expect(shown).to.match(/9:05/);
    expect(formatDateTime(when, 'id')).to.contain('1 November 2026');
  });
});

describe('formatAge', () => {
  const now = new Date(2026, 10, 1, 12, 0, 0).getTime();
  const minute = 60_000;

  it('says how long ago, in the largest whole unit', () => {
    expect(formatAge(now - 5 * minute, 'en', now)).to.equal('5 minutes ago');
    expect(formatAge(now - 5 * minute, 'id', now)).to.equal('5 menit yang lalu');
    expect(formatAge(now - 3 * 60 * minute, 'en', now)).to.equal('3 hours ago');
    expect(formatAge(now - 30_000, 'en', now)).to.equal('30 seconds ago');
    expect(formatAge(now - 3 * 24 * 60 * minute, 'en', now)).to.equal('3 days ago');
  });

  it('uses words where the language has them', () => {
    expect(formatAge(now, 'en', now)).to.equal('now');
    expect(formatAge(now, 'id', now)).to.equal('sekarang');
    expect(formatAge(now - 24 * 60 * minute, 'en', now)).to.equal('yesterday');
    expect(formatAge(now - 24 * 60 * minute, 'id', now)).to.equal('kemarin');
  });

  it('rounds to the unit', () => {
    expect(formatAge(now - 100 * minute, 'en', now)).to.equal('2 hours ago');
    expect(formatAge(now - 89_000, 'en', now)).to.equal('1 minute ago');
  });

  it('an invalid language tag falls back without throwing', () => {
    let shown = '';
    expect(() => (shown = formatAge(now - 5 * minute, 'en_US', now))).to.not.throw();
    expect(shown).to.equal('5 menit yang lalu');
  });
});

describe('dimensionColor', () => {
  /** The data's or the palette's colour, lightened where the dark theme sets `--_dimension-mix`. */
  const themed = (color: string) => `color-mix(in srgb, ${color} var(--_dimension-mix, 100%), #fff)`;
  const HEX = '#[0-9a-f]{6}';

  it("lets the page's custom property win over the data's colour", () => {
    expect(dimensionColor({ id: 'governance', color: '#1f5f99' }, 0)).to.equal(
      `var(--bekasi-dimension-governance, ${themed('#1f5f99')})`,
    );
    expect(dimensionColor({ id: 'smart_living-2', color: '#abc' }, 3)).to.equal(
      `var(--bekasi-dimension-smart_living-2, ${themed('#abc')})`,
    );
  });

  it('takes a palette colour by position when the data has none', () => {
    const first = dimensionColor({ id: 'a' }, 0);
    const second = dimensionColor({ id: 'a' }, 1);
    const pattern = new RegExp(`^var\\(--bekasi-dimension-a, color-mix\\(in srgb, ${HEX} `);
    expect(first).to.match(pattern);
    expect(second).to.match(pattern);
    expect(first).to.not.equal(second);
    // The palette repeats rather than running out.
    expect(dimensionColor({ id: 'a' }, 1200)).to.match(pattern);
  });

  it('gives ids that are not safe CSS names no custom property', () => {
    for (const id of [
      'a;b',
      'x)',
      'a b',
      'a}',
      'a,b',
      'ä',
      '',
      'x'.repeat(61),
      'a:hover',
      '--x;background:red',
    ]) {
      const color = dimensionColor({ id, color: '#123456' }, 0);
      expect(color, JSON.stringify(id)).to.equal(themed('#123456'));
    }
    expect(dimensionColor({ id: 'x)' }, 0)).to.match(new RegExp(`^color-mix\\(in srgb, ${HEX} `));
  });

  it('is the colour itself on the light theme, and at least 3:1 on the dark surface in the dark theme', () => {
    const paint = (color: string, mix?: string) => {
      const probe = document.createElement('div');
      if (mix) probe.style.setProperty('--_dimension-mix', mix);
      probe.style.color = color;
      document.body.append(probe);
      const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext(
        '2d',
      )!;
      context.fillStyle = getComputedStyle(probe).color;
      probe.remove();
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    expect(paint(dimensionColor({ id: 'economy', color: '#9a5b00' }, 2))).to.deep.equal([154, 91, 0]);
    expect(paint(dimensionColor({ id: 'x)', color: '#9a5b00' }, 2))).to.deep.equal([154, 91, 0]);
    const channel = (value: number) => {
      const share = value / 255;
      return share <= 0.03928 ? share / 12.92 : ((share + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r = 0, g = 0, b = 0]: number[]) =>
      0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const darkSurface = luminance([0x12, 0x17, 0x15]);
    const onDark = (color: string) =>
      (luminance(paint(dimensionColor({ id: 'a', color }, 0), '55%')) + 0.05) / (darkSurface + 0.05);
    // The built-in framework's darkest colour (2.3:1 as it is), a city's deep blue, and black.
    expect(onDark('#5b3fa0')).to.be.above(6);
    expect(onDark('#0d47a1')).to.be.above(5);
    expect(onDark('#000000')).to.be.at.least(3);
  });
});
