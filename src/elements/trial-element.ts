import { adoptStyles, html, LitElement, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { parseChoice, THEMES, type Rejected, type Theme } from '../attributes.js';
import type { Content } from '../content/types.js';
import { inheritedLang, LANGUAGE_CODES, matchLanguage, parentOrHost, type ResolvedLocale } from '../i18n/locale.js';
import { baseStyles, pendingStyles } from '../styles/base.js';
import { chartStyles } from '../templates/chart-styles.js';
import { footer, footerStyles } from '../templates/footer.js';
import { budgetLeft, nearNow, nextTask, whenNeeded } from './when-needed.js';

/** Detail of the `hip-trial-invalid` event. */
export type InvalidDetail = Rejected;

/**
 * What every element of this library shares: the language resolved the way the platform does
 * (own `lang`, nearest ancestor, `<html lang>`), re-rendered on change; the `theme`; and bad
 * attribute values reported once, in the console and as an event.
 *
 * @attr lang - The language: `nl`, `fr`, `de` or `en`, with any region (`nl-NL`, `fr-BE`, `en-US`…).
 * Absent: the nearest ancestor's `lang`, else `<html lang>`, else English.
 * @fires hip-trial-invalid - An attribute had a value the element does not know; `detail` holds
 * `attribute`, `value`, the `valid` values and the value `used` instead. Bubbles out of shadow roots.
 */
export abstract class TrialElement extends LitElement {
  /** A chart element's styles (the summary adds its own before the charts'). */
  static override styles = [baseStyles, chartStyles, footerStyles];
  static override properties: PropertyDeclarations = { theme: { reflect: true } };
  /** The only styles until the first render: the room a page reserves for the widget, nothing else. */
  static pendingStyles: CSSResult[] = [pendingStyles];

  /** `auto` (default): blend into the page, with colours that hold on light and dark pages; `light` or `dark`: paint own colours. */
  theme: Theme | string | null = null;

  /** Resolved in willUpdate, before each render. */
  protected locale!: ResolvedLocale;
  protected themeUsed!: Theme;
  readonly #warned = new Set<string>();
  /** The `lang` value the last render resolved from (own, ancestor's or none). */
  #langUsed?: string | null;
  /**
   * Watches `lang` on the element and each ancestor while connected, crossing shadow roots up to the current
   * `<html>`: a change re-renders this element only if it changes its language.
   */
  #langWatch?: MutationObserver;
  readonly #langCheck = (): unknown => inheritedLang(this) !== this.#langUsed && this.requestUpdate();
  /** Until the first render: the page's fallback content, in the room a page reserves for a widget. */
  #placeholder?: HTMLSlotElement;

  /**
   * Until the first render the shadow root holds a slot (the page's fallback shows) and only the
   * pending styles, and the host carries `pending`: the page's reservation (the README's style
   * matches `:not(:defined)` and `[pending]` alike) keeps applying, so nothing moves when the element
   * is defined, and a page without one keeps its fallback as it was.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const ctor = this.constructor as typeof TrialElement;
    const root = this.shadowRoot ?? this.attachShadow(ctor.shadowRootOptions);
    adoptStyles(root, ctor.pendingStyles);
    this.#placeholder = document.createElement('slot');
    root.append(this.#placeholder);
    this.toggleAttribute('pending', true);
    return root;
  }

  /**
   * The first render waits until the element is near the viewport (on screen: right after the
   * first frame) or the page is idle; an element inserted near the viewport after the page loaded
   * renders at once. Later renders (a new language, a new attribute) are at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || nearNow(this)) return super.scheduleUpdate();
    return whenNeeded(this).then(() => {
      // The language's text and the stylesheets are made in a task of their own (the first use of
      // a language parses its text, a stylesheet is parsed on first use): on a slow phone, that and
      // the first render together would pass 50 ms. Made already by another widget, no wait.
      const start = performance.now();
      matchLanguage(inheritedLang(this));
      for (const style of (this.constructor as typeof TrialElement).elementStyles) void (style as CSSResult).styleSheet;
      // So does a widget released with others whose renders have spent this task's share. The check
      // and the render are one callback: every widget released together sees the renders before it.
      return performance.now() - start > 1 || budgetLeft() < 0 ? nextTask().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
    });
  }

  protected override update(changed: PropertyValues): void {
    if (this.#placeholder) {
      this.#placeholder.remove();
      this.#placeholder = undefined;
      this.removeAttribute('pending');
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof TrialElement).elementStyles);
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Connecting (again) is when the ancestors may differ: after a move, or a new <html> from document.open().
    this.#langWatch ??= new MutationObserver(this.#langCheck);
    for (let node: Element | null = this; node; node = parentOrHost(node)) this.#langWatch.observe(node, { attributeFilter: ['lang'] });
    this.#langCheck();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langWatch?.disconnect();
  }

  /** Reports a bad value once per element and value, so a re-render does not repeat it. */
  protected warn = (rejected: Rejected): void => {
    const key = `${rejected.attribute}=${rejected.value}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    const list = rejected.valid.map((v) => `"${v}"`).join(', ');
    console.warn(
      `<${this.localName}>: ${rejected.attribute} "${rejected.value}" is not valid. Valid values: ${list}. Using "${rejected.used}".`,
    );
    this.dispatchEvent(new CustomEvent<InvalidDetail>('hip-trial-invalid', { detail: rejected, bubbles: true, composed: true }));
  };

  /** What a chart element shows above its footer (the summary renders otherwise). */
  protected abstract figure(content: Content): unknown;

  /** A chart element: its chart, then the disclaimer and the short citation. */
  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.locale.tag} dir=${this.locale.dir} data-theme=${this.themeUsed}>
      ${this.figure(this.locale.content)} ${footer(this.locale.content)}
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#langUsed = inheritedLang(this);
    const { locale, rejected } = matchLanguage(this.#langUsed);
    if (rejected != null) this.warn({ attribute: 'lang', value: rejected, valid: LANGUAGE_CODES, used: locale.language });
    this.locale = locale;
    this.themeUsed = parseChoice(this.theme, 'theme', THEMES, 'auto', this.warn);
  }
}
