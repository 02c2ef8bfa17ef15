// `pnpm adoption-support ...`: runs the policy leads' command from source, in the folder it was typed in
// (pnpm runs root scripts at the repository root and keeps the folder it was started from in INIT_CWD).
import { existsSync } from 'node:fs';

if (process.env.INIT_CWD && existsSync(process.env.INIT_CWD)) process.chdir(process.env.INIT_CWD);
await import('../packages/cli/bin/adoption-support.js');
