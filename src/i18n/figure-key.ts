import type { Formatters } from './format.js';

/** The methods that format a figure; plural() is kept as the category, "one" or "other". */
export type FigureMethod = Exclude<keyof Formatters, 'locale'>;

/** The figures table's key of one figure: "years(5.4)", "monthOfYear(2005,4)", "plural(2)". */
export const figureKey = (method: FigureMethod, args: readonly number[]): string => `${method}(${args})`;
