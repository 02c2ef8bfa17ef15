import { KitInputError } from '@adoption-support/core';
import createCache, { type EmotionCache } from '@emotion/cache';
import { AdoptedStyleSheet, canAdoptStyleSheets } from './AdoptedStyleSheet';

/** The prefix of every class name the kit's styles generate (`asf-1x2y3z`). */
const KEY = 'asf';

/** Options of {@link kitStyleCache}. */
export interface KitStyleCacheOptions {
  /** A node in the document or shadow root the styles are for (`document.head`, a shadow root). */
  container: Node;
  /**
   * The page's style nonce: given, the styles go in `<style nonce="...">` elements in the container,
   * as a policy `style-src 'nonce-...'` allows. Without it they go in a constructed style sheet.
   */
  nonce?: string;
}

const caches = new WeakMap<Node, Map<string, EmotionCache>>();

function refuse(pointer: string, problem: string, fix: string): never {
  throw new KitInputError({ function: 'kitStyleCache', pointer, problem, fix });
}

/**
 * The emotion cache the kit's styles go through, for the document or shadow root that holds
 * `container`: one per container and nonce, so every form there shares it.
 *
 * Without a nonce, the styles are written to a constructed style sheet the document or shadow root
 * adopts, which a Content-Security-Policy `style-src 'self'` allows with no `'unsafe-inline'`. With a
 * nonce (or where the browser cannot adopt style sheets), they go in `<style>` elements, as emotion's
 * own cache puts them.
 */
export function kitStyleCache(options: KitStyleCacheOptions): EmotionCache {
  if (typeof options !== 'object' || options === null) {
    refuse('', 'the options must be an object.', 'Pass { container: document.head } or { container: shadowRoot }.');
  }
  const { container, nonce } = options as { container?: unknown; nonce?: unknown };
  if (typeof Node === 'undefined' || !(container instanceof Node)) {
    refuse('/container', 'the container must be a DOM node.', 'Pass document.head, or a shadow root or a node in one.');
  }
  if (nonce !== undefined && typeof nonce !== 'string') {
    refuse('/nonce', 'the nonce must be a string.', "Pass the nonce of the page's style-src policy, or leave it out.");
  }
  const byNonce = caches.get(container) ?? new Map<string, EmotionCache>();
  caches.set(container, byNonce);
  const known = byNonce.get(nonce ?? '');
  if (known) return known;
  const cache = createCache({ key: KEY, container, ...(nonce ? { nonce } : {}) });
  if (!nonce && canAdoptStyleSheets(container.getRootNode())) {
    cache.sheet = new AdoptedStyleSheet({ key: KEY, container }) as unknown as EmotionCache['sheet'];
  }
  byNonce.set(nonce ?? '', cache);
  return cache;
}
