/**
 * Numbers, percentages and dates through `Intl`, in the element's language: 3,60 in Indonesian,
 * 3.60 in English. Formatters are costly to create, so they are cached.
 */
import { dateSpan } from '../data/derive.js';
import type { PartialDate } from '../data/schema.js';

/**
 * Every formatter made, by its kind, language and options: making one costs far more than using
 * it. The key through JSON costs under a microsecond more than one written field by field, and a
 * render formats tens of numbers, not thousands; it also tells apart every option a caller sets.
 */
const formats = new Map<string, unknown>();

function cached<T>(Format: new (locale: string, options: never) => T, language: string, options: object): T {
  const key = Format.name + language + JSON.stringify(options);
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = new Format(safeLocale(language), options as never)));
  return format;
}

function safeLocale(language: string): string {
  try {
    // One tag in, one out, or a RangeError.
    return Intl.getCanonicalLocales(language)[0] as string;
  } catch {
    return 'id';
  }
}

/** A cached formatter; `{}` writes a number as given, up to three decimals: `10.000`, `0,5`. */
export function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(Intl.NumberFormat, language, options);
}

/** A score or other decimal with a fixed number of digits: `3,60`. */
export function formatNumber(value: number, language: string, fractionDigits = 0): string {
  return numberFormat(language, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A change with its sign: `+0,25`, `−0,10`, `0,00`. */
export function formatSigned(value: number, language: string, fractionDigits = 0): string {
  return numberFormat(language, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    signDisplay: 'exceptZero',
  }).format(value);
}

/**
 * A share from 0 to 100: `97%` (`97 %` where the language spaces it). Never "100%" for what is
 * not whole, nor "0%" for what has begun: 99.6 shows as 99%, 0.4 as 1%.
 */
export function formatPercent(value: number, language: string): string {
  const shown = value > 0 && value < 1 ? 1 : value > 99 && value < 100 ? 99 : value;
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(shown / 100);
}

/** A money amount in its currency, as `Intl` writes it: `Rp 12.500.000.000` (a no-break space). */
export function formatCurrency(amount: number, currency: string, language: string): string {
  // Whole amounts whole (Rp 12.500.000.000, not ",00"); cents as given ($1,234.56, not $1,235).
  const digits = amount % 1 ? {} : { maximumFractionDigits: 0 };
  return numberFormat(language, { style: 'currency', currency, ...digits }).format(amount);
}

function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(Intl.DateTimeFormat, language, options);
}

/**
 * A date at the precision it was given: "2023", "September 2023", "30 September 2023"
 * ("30 September 2023" / "September 30, 2023" by language).
 */
export function formatPartialDate(date: PartialDate, language: string): string {
  // As precise as the date: "2023", "September 2023", "30 September 2023".
  const parts = date.split('-').length;
  return dateFormat(language, {
    year: 'numeric',
    month: parts > 1 ? 'long' : undefined,
    day: parts > 2 ? 'numeric' : undefined,
  }).format(dateSpan(date).start);
}

/** A date on the time axis or at a window's end, in `options`' parts: "2024", "Jul", "Maret 2015". */
export function formatTick(time: number, options: Intl.DateTimeFormatOptions, language: string): string {
  return dateFormat(language, options).format(time);
}

/** A moment: "1 November 2026 09.00". */
export function formatDateTime(date: Date, language: string): string {
  // With its time zone: "09.00 WIB" read in another zone would otherwise mislead.
  return dateFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/** How long ago: "5 menit yang lalu", "5 minutes ago". */
export function formatAge(since: number, language: string, now = Date.now()): string {
  const format = cached(Intl.RelativeTimeFormat, language, { numeric: 'auto' });
  const seconds = Math.round((since - now) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}
