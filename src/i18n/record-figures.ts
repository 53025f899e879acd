/**
 * Build time only (scripts/figures.mjs evaluates this in Node): runs every catalog variant and every
 * content model with formatters that record each figure asked for, formatted by Intl, and returns the
 * table the bundle looks figures up in. Not imported by the bundle.
 */
import { barsModel, citationModel, factBoxModel, iconsModel, OUTCOMES } from '../content/models.js';
import { citation, trial } from '../trial/facts.js';
import { de } from './catalogs/de.js';
import { en } from './catalogs/en.js';
import { fr } from './catalogs/fr.js';
import { nl } from './catalogs/nl.js';
import { figureKey, formattersOf } from './figure-key.js';
import type { Formatters } from './format.js';
import { intlFormatters } from './intl-format.js';
import type { LanguageCode, ResolvedLocale } from './locale.js';
import type { Catalog } from './types.js';

const catalogs: Record<LanguageCode, Catalog> = { nl, fr, de, en };

/** Every variant the catalogs write, by the tag the elements render (locale.ts: nl → nl-BE, en → en-GB). */
export const FIGURE_VARIANTS: readonly { readonly tag: string; readonly language: LanguageCode; readonly region?: string }[] = [
  { tag: 'nl-BE', language: 'nl' },
  { tag: 'nl-NL', language: 'nl', region: 'NL' },
  { tag: 'fr', language: 'fr' },
  { tag: 'de', language: 'de' },
  { tag: 'en-GB', language: 'en' },
  { tag: 'en-US', language: 'en', region: 'US' },
];

/** Formatters that format with Intl and write down each figure they give. */
function recording(locale: string, table: Record<string, string>): Formatters {
  const intl = intlFormatters(locale);
  return formattersOf(
    locale,
    (method) => (...args) => (table[figureKey(method, args)] = (intl[method] as (...a: number[]) => string)(...args)),
    (n) => (table[figureKey('plural', [n])] = intl.plural(n, 'one', 'other')),
  );
}

/** Each variant's figures: key (method and arguments) → the finished string. */
export function recordFigures(): Record<string, Record<string, string>> {
  const tables: Record<string, Record<string, string>> = {};
  for (const { tag, language, region } of FIGURE_VARIANTS) {
    const table: Record<string, string> = {};
    const f = recording(tag, table);
    const locale: ResolvedLocale = { tag, language, dir: 'ltr', f, texts: catalogs[language]({ trial, citation, f }, region) };
    for (const outcome of OUTCOMES) barsModel(locale, outcome);
    iconsModel(locale);
    factBoxModel(locale);
    citationModel(locale);
    tables[tag] = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
  }
  return tables;
}
