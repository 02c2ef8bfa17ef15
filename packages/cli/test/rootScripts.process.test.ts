// `pnpm adoption-support ...` and `pnpm check:forms` from the repository root.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyForm } from './support/materialise';
import { cliEnv } from './support/runCli';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

describe('the root package scripts', () => {
  it('names the launcher and the form checks', () => {
    expect(scripts['adoption-support']).toBe('node scripts/adoption-support.mjs');
    expect(scripts['check:forms']).toBe('node scripts/check-forms.mjs');
  });

  it('runs adoption-support from source in the folder the command was typed in (INIT_CWD)', async () => {
    const folder = copyForm();
    const version = (JSON.parse(readFileSync(join(folder, 'form.json'), 'utf8')) as { version: string }).version;
    // pnpm starts root scripts at the repository root and passes the folder typed in as INIT_CWD.
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(ROOT, 'scripts/adoption-support.mjs'), 'lint', 'asp-review-wales'],
        { cwd: ROOT, env: cliEnv({ INIT_CWD: dirname(folder) }) },
        (error, out) => resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout: out }),
      );
    });
    expect(stdout).toContain(`asp-review-wales ${version}: no problems`);
    expect(code).toBe(0);
  });
});
