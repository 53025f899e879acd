import { citation, trial } from '../trial/facts.js';
import { formatters, type Formatters } from './format.js';
import { de } from './catalogs/de.js';
import { en } from './catalogs/en.js';
import { fr } from './catalogs/fr.js';
import { nl } from './catalogs/nl.js';
import type { Catalog, Texts } from './types.js';

interface Language {
  readonly catalog: Catalog;
  /** The language's name in that language, for language pickers. */
  readonly name: string;
  /** The tag rendered for the bare language code, so screen readers pick the right voice. */
  readonly defaultTag: string;
}

/** Supported languages, by primary subtag. */
const languages = {
  nl: { catalog: nl, name: 'Nederlands', defaultTag: 'nl-BE' },
  fr: { catalog: fr, name: 'Français', defaultTag: 'fr' },
  de: { catalog: de, name: 'Deutsch', defaultTag: 'de' },
  en: { catalog: en, name: 'English', defaultTag: 'en-GB' },
} satisfies Record<string, Language>;

export type LanguageCode = keyof typeof languages;
/** Used when no `lang` is set anywhere, or the one set is not supported. */
export const DEFAULT_LANGUAGE: LanguageCode = 'en';
export const LANGUAGE_CODES = Object.keys(languages) as LanguageCode[];

/** The supported languages with their own names, in the order a picker shows them. */
export const LANGUAGES: readonly { readonly code: LanguageCode; readonly name: string }[] = LANGUAGE_CODES.map(
  (code) => ({ code, name: languages[code].name }),
);

export interface ResolvedLocale {
  /** The BCP 47 tag the content is rendered in (its `lang` attribute, and Intl's locale). */
  readonly tag: string;
  readonly language: LanguageCode;
  /** The writing direction of the language, rendered as `dir` so a right-to-left page does not reorder it. */
  readonly dir: 'ltr' | 'rtl';
  readonly texts: Texts;
  readonly f: Formatters;
}

export interface LanguageMatch {
  readonly locale: ResolvedLocale;
  /** Set when the requested tag was invalid or unsupported and the default was used. */
  readonly rejected?: string;
}

const textCache = new Map<string, ResolvedLocale>();

function localeFor(language: LanguageCode, tag: string, region?: string): ResolvedLocale {
  let resolved = textCache.get(tag);
  if (!resolved) {
    const f = formatters(tag);
    // Every language we speak is written left to right; a right-to-left one would say so here.
    resolved = { tag, language, dir: 'ltr', f, texts: languages[language].catalog({ trial, citation, f }, region) };
    textCache.set(tag, resolved);
  }
  return resolved;
}

function isSupported(code: string): code is LanguageCode {
  return Object.prototype.hasOwnProperty.call(languages, code);
}

/**
 * Picks the catalog for a BCP 47 tag: "fr-BE" and "fr" give French, "nl-NL" Dutch with the
 * Netherlands' words. A missing tag gives the default
 * silently; an invalid or unsupported one gives the default and is reported back as rejected.
 */
export function matchLanguage(requested: string | null): LanguageMatch {
  const fallback = () => localeFor(DEFAULT_LANGUAGE, languages[DEFAULT_LANGUAGE].defaultTag);
  if (requested === null) return { locale: fallback() };
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(requested.trim());
  } catch {
    return { locale: fallback(), rejected: requested };
  }
  const code = parsed.language.toLowerCase();
  if (!isSupported(code)) return { locale: fallback(), rejected: requested };
  const tag = parsed.region ? `${code}-${parsed.region}` : languages[code].defaultTag;
  return { locale: localeFor(code, tag, parsed.region) };
}

/** The next node up for language: the parent element, else the shadow root's host (null at the top). */
export const parentOrHost = (node: Element): Element | null =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/**
 * The language an element is in: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else `<html lang>`. Null when none is set anywhere.
 */
export function inheritedLang(element: Element): string | null {
  for (let node: Element | null = element; node; node = parentOrHost(node)) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
  }
  return null;
}
