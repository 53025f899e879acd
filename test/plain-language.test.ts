import { expect } from '@open-wc/testing';
import { sourceLocale } from '../src/i18n/source.js';
import type { Block, Texts } from '../src/i18n/types.js';
import { VARIANTS } from './wording-policy.js';

/** Every sentence of running prose a reader gets (the citation is bibliographic, not prose). */
function prose(texts: Texts): string[] {
  const blocks: Block[] = [texts.lead, texts.disclaimer, texts.sections.professionals.toggle, ...Object.values(texts.sections).flatMap((s) => s.body)];
  return blocks
    .flatMap((b) => (typeof b === 'string' ? [b] : [...b]))
    .flatMap((p) => p.split(/(?<=[.!?:])\s+/))
    .filter((s) => s.trim());
}

const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

describe('plain language (B1)', () => {
  // Every variant the catalogs write, the professionals' section included.
  for (const code of VARIANTS) {
    it(`${code}: at most 14 words a sentence on average, none over 25`, () => {
      const sentences = prose(sourceLocale(code).texts);
      const counts = sentences.map((s) => words(s).length);
      const average = counts.reduce((a, b) => a + b, 0) / counts.length;
      const longest = Math.max(...counts);
      console.log(`${code}: ${sentences.length} sentences, ${average.toFixed(1)} words on average, longest ${longest}`);
      expect(sentences.length).to.be.greaterThan(30);
      expect(average).to.be.at.most(14);
      expect(longest, sentences[counts.indexOf(longest)]).to.be.at.most(25);
    });
  }
});
