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

/** Folds every run of white space (no-break spaces included) to one space, and drops soft hyphens. */
export const fold = (text: string): string => text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

/** The text a reader sees in a rendered part of a shadow root, whitespace folded. */
export function visibleText(node: Element | null | undefined): string {
  return fold((node as HTMLElement | null)?.innerText ?? '');
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

/**
 * Emulates CSS media features (and the media type, `print`) through the test runner; false where
 * this engine's driver cannot (then the test skips and says why). Pass [] to reset.
 */
export async function emulateMedia(features: { name: string; value: string }[], media = ''): Promise<boolean> {
  const result = await executeServerCommand<{ supported: boolean; reason?: string }, { features: typeof features; media: string }>('media-features', { features, media });
  if (!result?.supported) console.log(`media emulation unavailable: ${JSON.stringify(result)}`);
  return Boolean(result?.supported);
}

/** An sRGB colour with alpha, channels 0–255, alpha 0–1. */
export type Rgba = [number, number, number, number];

/** Parses a computed CSS colour: rgb(), rgba(), or color(srgb …) as color-mix() computes. */
export function parseColor(css: string): Rgba {
  const n = (css.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
  if (css.startsWith('color(srgb')) return [n[0] * 255, n[1] * 255, n[2] * 255, n[3] ?? 1];
  if (!/^rgba?\(/.test(css) || n.length < 3) throw new Error(`not a computed colour: ${css}`);
  return [n[0], n[1], n[2], n[3] ?? 1];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba | number[]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two CSS colours as the browser computes them (opaque, or already composited). */
export function contrast(a: string | Rgba, b: string | Rgba): number {
  const [hi, lo] = [a, b].map((c) => luminance(typeof c === 'string' ? parseColor(c) : c)).sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The opaque colour behind an element, as painted: every background from the canvas (white) down
 * to the element, across shadow roots, composited.
 */
export function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; ) {
    layers.push(parseColor(getComputedStyle(node).backgroundColor));
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1] as Rgba);
}

/** A node of Chromium's accessibility tree, as the `ax-tree` command gives it. */
export interface AXNode {
  role: string;
  name: string;
  level?: number;
  children: AXNode[];
}

/**
 * Chromium's accessibility tree under the first element matching `selector`, through the test
 * runner's `ax-tree` command; null where this engine has none (the test then skips and says why).
 */
export async function axTree(selector: string): Promise<AXNode[] | null> {
  const result = await executeServerCommand<{ supported: boolean; reason?: string; tree?: AXNode[] }, { selector: string }>('ax-tree', { selector });
  if (!result?.supported) {
    console.log(`accessibility tree unavailable: ${JSON.stringify(result)}`);
    return null;
  }
  return result.tree ?? [];
}

/** Every node of a tree, depth first. */
export const axNodes = (tree: AXNode[]): AXNode[] => tree.flatMap((n) => [n, ...axNodes(n.children)]);

/** The tree as indented lines: `role "name"`, as a reader meets it. */
export const axText = (tree: AXNode[], depth = 0): string =>
  tree
    .map((n) => `${'  '.repeat(depth)}${n.role}${n.level ? ` (level ${n.level})` : ''}${n.name ? ` "${fold(n.name)}"` : ''}\n${axText(n.children, depth + 1)}`)
    .join('');
