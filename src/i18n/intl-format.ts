import type { Formatters } from './format.js';

/**
 * The trial's figures formatted with Intl, for a locale. Used at build time only, in Node (full ICU):
 * scripts/figures.mjs runs every text and chart through these and writes the finished strings to
 * figures.generated.ts, so the bundle carries strings, not formatters (issue 14).
 */
export function intlFormatters(locale: string): Formatters {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const ratio = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const unit = (unit: string) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
  // "5,4 ans", never "5,4" at a line end and "ans" on the next: the number and its unit stay together.
  const together = (s: string) => s.replace(/(\d) /g, '$1\u00a0');
  const years = unit('year');
  const weeks = unit('week');
  const months = unit('month');
  const monthOfYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const year = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
  const plurals = new Intl.PluralRules(locale);
  return {
    locale,
    count: (n) => count.format(n),
    decimal: (n) => decimal.format(n),
    ratio: (n) => ratio.format(n),
    percent: (share) => percent.format(share),
    years: (n) => together(years.format(n)),
    weeks: (n) => together(weeks.format(n)),
    months: (n) => together(months.format(n)),
    monthOfYear: (y, m) => monthOfYear.format(Date.UTC(y, m - 1, 1)),
    calendarYear: (y) => year.format(y),
    plural: (n, one, other) => (plurals.select(n) === 'one' ? one : other),
  };
}
