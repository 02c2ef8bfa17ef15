import type { Plugin } from 'esbuild';

/** The source with its top-level definitions marked pure (see markPure.mjs). */
export declare function markPureSource(source: string): string;

/** An esbuild plugin marking the top-level definitions of the files `pattern` matches pure. */
export declare function markPure(pattern: RegExp): Plugin;
