import { KitInputError } from '@adoption-support/core';

/** A document or shadow root that can adopt constructed style sheets. */
export type StyleRoot = Document | ShadowRoot;

/** Whether this root can adopt constructed style sheets (every current browser; not jsdom). */
export function canAdoptStyleSheets(root: unknown): root is StyleRoot {
  return (
    typeof CSSStyleSheet === 'function' &&
    typeof CSSStyleSheet.prototype.replaceSync === 'function' &&
    typeof root === 'object' &&
    root !== null &&
    Array.isArray((root as { adoptedStyleSheets?: unknown }).adoptedStyleSheets)
  );
}

/** The options emotion gives a sheet (its own `StyleSheet`'s, and what `<Global>` passes a new one). */
interface SheetOptions {
  key: string;
  container: Node;
  nonce?: string | undefined;
  speedy?: boolean | undefined;
}

/** Stands in for a `<style>` element in emotion's `tags` (emotion's `<Global>` reads their count). */
const NO_NEXT_ELEMENT = { nextElementSibling: null } as unknown as HTMLStyleElement;

/**
 * A style sheet for emotion that writes its rules into a constructed `CSSStyleSheet` adopted by the
 * container's document or shadow root, in place of `<style>` elements. A page's
 * Content-Security-Policy `style-src` governs `<style>` elements, not adopted sheets, so the styles
 * apply under `style-src 'self'` with no `'unsafe-inline'` and no nonce.
 *
 * It has the shape of emotion's `StyleSheet` (`@emotion/sheet`): emotion's cache calls `insert`,
 * `flush` and `hydrate`, and `<Global>` builds another sheet of the same class for its own rules.
 */
export class AdoptedStyleSheet {
  readonly key: string;
  readonly container: Node;
  readonly nonce: string | undefined;
  readonly isSpeedy = true;
  readonly prepend = undefined;
  readonly insertionPoint = undefined;
  /** Where emotion would insert the next `<style>`; unused (the sheet has no elements). */
  before: Element | null = null;
  ctr = 0;
  readonly #root: StyleRoot;
  readonly #sheet = new CSSStyleSheet();

  constructor(options: SheetOptions) {
    this.key = options.key;
    this.container = options.container;
    this.nonce = options.nonce;
    const root = options.container.getRootNode();
    if (!canAdoptStyleSheets(root)) {
      throw new KitInputError({
        function: 'AdoptedStyleSheet',
        pointer: '/container',
        problem: 'the container is not in a document or shadow root that can adopt style sheets.',
        fix: 'Give a node of a page, or of a shadow root, in a browser with constructable style sheets.',
      });
    }
    this.#root = root;
  }

  /** One element while the sheet holds rules, none once flushed (what `<Global>` looks at). */
  get tags(): HTMLStyleElement[] {
    return this.ctr > 0 ? [NO_NEXT_ELEMENT] : [];
  }

  /** Adds one rule at the end; a rule the browser does not understand (another's prefix) is skipped. */
  insert(rule: string): void {
    if (this.ctr === 0 && !this.#root.adoptedStyleSheets.includes(this.#sheet)) {
      this.#root.adoptedStyleSheets = [...this.#root.adoptedStyleSheets, this.#sheet];
    }
    try {
      this.#sheet.insertRule(rule, this.#sheet.cssRules.length);
    } catch {
      // As emotion's own sheet does: a rule with another browser's prefix is not valid here.
    }
    this.ctr += 1;
  }

  /** Removes every rule and stops adopting the sheet. */
  flush(): void {
    this.#sheet.replaceSync('');
    this.#root.adoptedStyleSheets = this.#root.adoptedStyleSheets.filter((s) => s !== this.#sheet);
    this.ctr = 0;
  }

  /** Server-rendered `<style>` elements stay where they are: the page served them. */
  hydrate(_nodes: HTMLStyleElement[]): void {}
}
