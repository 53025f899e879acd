import type { Formatters } from './format.js';

/** The methods that format a figure; plural() is kept as the category, "one" or "other". */
export type FigureMethod = Exclude<keyof Formatters, 'locale'>;

/** The figures table's key of one figure: "years(5.4)", "monthOfYear(2005,4)", "plural(2)". */
export const figureKey = (method: FigureMethod, args: readonly number[]): string => `${method}(${args})`;

/**
 * Formatters whose figure methods all come from `at(method)`, and whose plural() picks by `category(n)`
 * ("one" or "other"): the run time's table look-up and the build's recording Intl share this shape.
 */
export function formattersOf(
  locale: string,
  at: (method: Exclude<FigureMethod, 'plural'>) => (...args: number[]) => string,
  category: (n: number) => string,
): Formatters {
  return {
    locale,
    count: at('count'),
    decimal: at('decimal'),
    ratio: at('ratio'),
    percent: at('percent'),
    years: at('years'),
    weeks: at('weeks'),
    months: at('months'),
    monthOfYear: at('monthOfYear'),
    calendarYear: at('calendarYear'),
    plural: (n, one, other) => (category(n) === 'one' ? one : other),
  };
}
