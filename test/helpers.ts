import { executeServerCommand } from '@web/test-runner-commands';

/** The four elements' tags. */
export const TAGS = ['hip-trial-summary', 'outcome-bars', 'outcome-icons', 'trial-fact-box'] as const;

/** Collects console.warn calls for the duration of a test. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Folds every run of white space (no-break spaces included) to one space. */
export const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text a reader sees in a rendered part of a shadow root, whitespace folded. */
export function visibleText(node: Element | null | undefined): string {
  return fold((node as HTMLElement | null)?.innerText ?? '');
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

/**
 * Emulates CSS media features through the test runner; false where this engine's driver cannot
 * (then the test skips and says why). Pass [] to reset.
 */
export async function emulateMedia(features: { name: string; value: string }[]): Promise<boolean> {
  const result = await executeServerCommand<{ supported: boolean; reason?: string }, { features: typeof features }>('media-features', { features });
  if (!result?.supported) console.log(`media emulation unavailable: ${JSON.stringify(result)}`);
  return Boolean(result?.supported);
}

/** WCAG contrast ratio of two CSS colours as the browser computes them (rgb/rgba). */
export function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
