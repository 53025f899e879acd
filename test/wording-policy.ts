import type { LanguageCode } from '../src/i18n/locale.js';

/**
 * "Honest wording" of TRIAL-FACTS.md, per language, in one place: what every text must say and what
 * it must never say. The tests of every element and catalog read it from here.
 */
export interface WordingPolicy {
  /** The language's word for an estimate: stands in every sentence or row with the median years. */
  readonly estimate: RegExp;
  /** Wordings the study contradicts: follow-up was 3.5 to 6 years, symptoms mild to moderate. */
  readonly contradicted: readonly string[];
  /** "Average": the article's word, allowed only in the correction note that names it. */
  readonly average: string;
  /** Claims the evidence does not support: needed a new hip, best way to prove, so reliable, avoids. */
  readonly overclaims: readonly RegExp[];
  /** The hedge the title and the key message carry: exercise therapy *may* postpone surgery. */
  readonly may: RegExp;
  /** The words of the Netherlands' and Flanders' therapists, or of the language's one physio. */
  readonly therapy: RegExp;
}

export const POLICY: Record<LanguageCode, WordingPolicy> = {
  nl: {
    estimate: /schat/i,
    contradicted: ['na zes jaar', 'na 6 jaar', 'gevorderd'],
    average: 'gemiddeld',
    overclaims: [/\bnodig\b/i, /beste manier/i, /(dus|zijn) betrouwbaar/i, /vermijd/i, /voorkom/i, /bewegingstherapie/i, /oefengroep/i],
    may: /\bmogelijk\b|\bmisschien\b/,
    therapy: /oefentherapie/,
  },
  fr: {
    estimate: /estim/i,
    contradicted: ['après six ans', 'après 6 ans', 'avancé'],
    average: 'moyen',
    overclaims: [/besoin/i, /meilleure façon/i, /(donc|sont) fiables/i, /évite/i, /prévien/i, /le hasard a réparti/i, /étaient faits pour/i],
    may: /pourrai/,
    therapy: /exercices/,
  },
  de: {
    estimate: /schätz/i,
    contradicted: ['nach sechs Jahren', 'nach 6 Jahren', 'fortgeschritten', 'ab Studienbeginn'],
    average: 'durchschnitt',
    overclaims: [/brauchten/i, /benötigt/i, /beste Weg/i, /(also|sind) verlässlich/i, /vermeid/i, /verhinder/i, /Informationstreffen/i, /gerade bei Arthrose/i],
    may: /könnte|möglicherweise/,
    therapy: /Bewegungstherapie/,
  },
  en: {
    estimate: /estimat/i,
    contradicted: ['after six years', 'after 6 years', 'advanced'],
    average: 'average',
    overclaims: [/\bneeded\b/i, /need(s|ed)? a new hip/i, /best way/i, /(so|are) reliable/i, /\bavoid/i, /\bprevent/i],
    may: /\bmay\b/,
    therapy: /exercise therapy/,
  },
};

/** The seven variants the catalogs write: the four languages and three regions with words or spelling of their own. */
export const VARIANTS = ['nl', 'nl-NL', 'fr', 'de', 'de-CH', 'en', 'en-US'] as const;

/** The language of a variant tag. */
export const languageOf = (tag: string) => tag.slice(0, 2) as LanguageCode;
