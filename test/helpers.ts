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
