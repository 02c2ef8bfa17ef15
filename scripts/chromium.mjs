// How every browser test and benchmark launches Debian's chromium (`apt-get install chromium`; no
// browser is ever downloaded): where it is and the flags that keep it headless and quiet, with no
// background network traffic of its own.

/** Where Debian puts chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, no sandbox or GPU, and none of chromium's own background network traffic. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);
