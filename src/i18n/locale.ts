import type { Content } from '../content/types.js';
import { applyPatch, LANGUAGE_TABLE as languages, variantTag, type LanguageCode } from './languages.js';
import { CONTENT } from './texts.generated.js';

export type { LanguageCode };
/** Used when no `lang` is set anywhere, or the one set is not supported. */
export const DEFAULT_LANGUAGE: LanguageCode = 'en';
export const LANGUAGE_CODES = Object.keys(languages) as LanguageCode[];

/** The supported languages with their own names, in the order a picker shows them. */
export const LANGUAGES: readonly { readonly code: LanguageCode; readonly name: string }[] = LANGUAGE_CODES.map(
  (code) => ({ code, name: languages[code][0] }),
);

/** The tag a bare language code renders as (nl → nl-BE), so screen readers pick the right voice. */
export const defaultTag = (code: LanguageCode): string => languages[code][1];

/** The content variant of a tag: its own (nl-NL, en-US), else its language's (fr-BE → fr, de-AT → de). */
export const variantOf = (tag: string): string => variantTag(tag, (variant) => variant in CONTENT);

export interface ResolvedLocale {
  /** The BCP 47 tag the content is rendered in (its `lang` attribute), the region kept: fr-BE. */
  readonly tag: string;
  readonly language: LanguageCode;
  /** The writing direction of the language, rendered as `dir` so a right-to-left page does not reorder it. */
  readonly dir: 'ltr' | 'rtl';
  /** What the elements show in it, finished at build time. */
  readonly content: Content;
}

export interface LanguageMatch {
  readonly locale: ResolvedLocale;
  /** Set when the requested tag was invalid or unsupported and the default was used (null: none was requested). */
  readonly rejected?: string | null;
}

const contents = new Map<string, Content>();

/**
 * A variant's content, parsed on first use. The bundle holds each language as JSON text (cheap to
 * load: a string is not compiled) and a region's variant as the few entries it changes in its
 * language's: [path, value] pairs.
 */
export function variantContent(variant: string): Content {
  let content = contents.get(variant);
  if (!content) {
    const source = CONTENT[variant];
    content =
      typeof source === 'string'
        ? (JSON.parse(source) as Content)
        : applyPatch(JSON.parse(CONTENT[source[0]] as string) as Content, JSON.parse(source[1]) as [(string | number)[], unknown][]);
    contents.set(variant, content);
  }
  return content;
}

// Every language we speak is written left to right; a right-to-left one would say so here.
const localeFor = (language: LanguageCode, tag: string): ResolvedLocale => ({ tag, language, dir: 'ltr', content: variantContent(variantOf(tag)) });

/**
 * Picks the content for a BCP 47 tag: "fr-BE" and "fr" give French, "nl-NL" Dutch with the
 * Netherlands' words. A missing tag gives the default silently; an invalid or unsupported one gives
 * the default and is reported back as rejected.
 */
export function matchLanguage(requested: string | null): LanguageMatch {
  let match = matches.get(requested);
  if (!match) matches.set(requested, (match = parseLanguage(requested)));
  return match;
}

/** matchLanguage's answers, by requested tag: every render asks, and a tag is parsed once. */
const matches = new Map<string | null, LanguageMatch>();

function parseLanguage(requested: string | null): LanguageMatch {
  if (requested !== null) {
    try {
      // The language subtag comes canonical (lower case, 2 to 8 letters), so no key of Object.prototype matches.
      const { language, region } = new Intl.Locale(requested.trim());
      if (language in languages) return { locale: localeFor(language as LanguageCode, region ? `${language}-${region}` : defaultTag(language as LanguageCode)) };
    } catch {
      // Not a tag the platform can parse: the default, below.
    }
  }
  // A missing tag (null) gives the default silently; one the platform cannot parse, or we do not speak, is rejected.
  return { locale: localeFor(DEFAULT_LANGUAGE, defaultTag(DEFAULT_LANGUAGE)), rejected: requested };
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
