import { figureKey, formattersOf, type FigureMethod } from './figure-key.js';
import { FIGURES } from './figures.generated.js';

/**
 * Locale-aware formatting of the trial's figures. Every figure and every locale variant is known at
 * build time, so the strings are made then, in Node, with Intl (intl-format.ts; scripts/figures.mjs
 * writes figures.generated.ts): at run time a figure is a table look-up, and the page never builds
 * an Intl formatter (the first one costs 50–150 ms in a fresh renderer).
 */
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

/** The table of a tag: its own variant (nl-NL, en-US), else its language's (fr-BE → fr, de-AT → de). */
export const variantOf = (tag: string): string => (tag in FIGURES ? tag : DEFAULT_VARIANT[tag.split('-')[0]] ?? 'en-GB');
const DEFAULT_VARIANT: Readonly<Record<string, string>> = { nl: 'nl-BE', fr: 'fr', de: 'de', en: 'en-GB' };

const cache = new Map<string, Formatters>();
const warned = new Set<string>();

export function formatters(locale: string): Formatters {
  let f = cache.get(locale);
  if (!f) {
    const variant = variantOf(locale);
    const table = FIGURES[variant];
    const look = (method: FigureMethod, args: number[]): string => {
      const key = figureKey(method, args);
      const value = table[key];
      if (value !== undefined) return value;
      // A figure the build did not see (a new text or chart not run by scripts/figures.mjs): say so once, show it plainly.
      if (!warned.has(variant + key)) {
        warned.add(variant + key);
        console.warn(`hip-trial-widgets: ${key} is not in the figures table of ${variant}; run the build (scripts/figures.mjs).`);
      }
      return args.join('-');
    };
    f = formattersOf(locale, (method) => (...args) => look(method, args), (n) => look('plural', [n]));
    cache.set(locale, f);
  }
  return f;
}
