/** Locale-aware formatting of the trial's figures; build time and tests only (the bundle carries finished strings). */
export interface Formatters {
  readonly locale: string;
  /** A whole number of people, sessions or weeks: "109". */
  count(n: number): string;
  /** A number with at most one decimal: "3,5". */
  decimal(n: number): string;
  /** A ratio with two decimals, as the paper reports it: "0,56". */
  ratio(n: number): string;
  /** A share from 0 to 1 as a whole percentage, with the locale's sign and spacing: "40%", "40 %". */
  percent(share: number): string;
  /** A duration in years, unit spelled out with the right plural: "5,4 jaar", "5.4 years". */
  years(n: number): string;
  /** A duration in weeks: "12 weken". */
  weeks(n: number): string;
  /** A duration in months: "16 maanden". */
  months(n: number): string;
  /** A month of a year, month 1 to 12: "april 2005". */
  monthOfYear(year: number, month: number): string;
  /** A calendar year, never grouped: "2005", not "2.005". */
  calendarYear(year: number): string;
  /** The word form the locale's plural rules pick for n: plural(3, 'session', 'sessions'). */
  plural(n: number, one: string, other: string): string;
}

/**
 * The trial's figures formatted with Intl, for a locale. Used at build time, in Node (full ICU):
 * scripts/texts.mjs runs every text and chart through these and writes the finished content to
 * texts.generated.ts, so the bundle carries strings, not formatters or catalogs (issue 14). The tests
 * run the same in each browser and compare.
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
