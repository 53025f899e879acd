/**
 * Build time and tests only, never in the bundle: the catalogs run with Intl. scripts/texts.mjs
 * evaluates this in Node (full ICU) and writes each variant's finished content to texts.generated.ts;
 * the tests run it in each browser and hold the bundle's content to it.
 */
import { contentOf, type SourceLocale } from '../content/models.js';
import type { Content } from '../content/types.js';
import { citation, trial } from '../trial/facts.js';
import { de } from './catalogs/de.js';
import { en } from './catalogs/en.js';
import { fr } from './catalogs/fr.js';
import { nl } from './catalogs/nl.js';
import { intlFormatters } from './intl-format.js';
import { LANGUAGE_TABLE, REGION_VARIANTS, variantTag, type LanguageCode } from './languages.js';
import type { Catalog } from './types.js';

export const CATALOGS: Record<LanguageCode, Catalog> = { nl, fr, de, en };

export interface Variant {
  /** The tag the elements render the variant in: nl-BE, nl-NL, fr, de, en-GB, en-US. */
  readonly tag: string;
  readonly language: LanguageCode;
  readonly region?: string;
  /** The locale its figures are formatted in, where not its tag's (see REGION_VARIANTS). */
  readonly formatAs?: string;
}

/** Every variant the catalogs write: each language's default, then the regions with words of their own. */
export const VARIANTS: readonly Variant[] = [
  ...(Object.keys(LANGUAGE_TABLE) as LanguageCode[]).map((language) => ({ language, tag: LANGUAGE_TABLE[language][1] })),
  ...REGION_VARIANTS.map((variant) => ({ ...variant, tag: `${variant.language}-${variant.region}` })),
];

/** The variant a tag gets, as the elements pick it: its own (nl-NL), else its language's (fr-BE → fr). */
export function variantFor(tag: string): Variant {
  const variant = variantTag(tag, (t) => VARIANTS.some((v) => v.tag === t));
  return VARIANTS.find((v) => v.tag === variant)!;
}

/** A variant's texts, from its catalog, with this runtime's Intl: "nl", "nl-NL", "fr-BE"… */
export function sourceLocale(tag: string): SourceLocale & Variant {
  const variant = variantFor(tag);
  const f = intlFormatters(variant.formatAs ?? variant.tag);
  return { ...variant, f, texts: CATALOGS[variant.language]({ trial, citation, f }, variant.region) };
}

/** Every variant's finished content, by tag. */
export function sourceContents(): Record<string, Content> {
  return Object.fromEntries(VARIANTS.map(({ tag }) => [tag, contentOf(sourceLocale(tag))]));
}
