import type { BuildOptions } from 'esbuild';

/** The element's folder. */
export declare const packageRoot: string;

/** esbuild options for the element bundle (see buildOptions.mjs). */
export declare function elementBuildOptions(options: {
  outdir: string;
  plugins?: NonNullable<BuildOptions['plugins']>;
}): BuildOptions;
