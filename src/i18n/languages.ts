/**
 * The languages the widgets speak, by primary subtag: the name in that language (for pickers) and
 * the tag a bare code renders as (nl → nl-BE), so screen readers pick the right voice.
 */
export const LANGUAGE_TABLE = {
  nl: ['Nederlands', 'nl-BE'],
  fr: ['Français', 'fr'],
  de: ['Deutsch', 'de'],
  en: ['English', 'en-GB'],
} as const;

export type LanguageCode = keyof typeof LANGUAGE_TABLE;

/** The regions whose words differ from their language's default variant (nl-NL, en-US). */
export const REGION_VARIANTS: readonly { readonly language: LanguageCode; readonly region: string }[] = [
  { language: 'nl', region: 'NL' },
  { language: 'en', region: 'US' },
];
