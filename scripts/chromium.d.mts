/** Where Debian puts chromium; override with CHROMIUM_PATH. */
export declare const CHROMIUM_PATH: string;
/** Headless, no sandbox or GPU, and none of chromium's own background network traffic. */
export declare const CHROMIUM_ARGS: readonly string[];
