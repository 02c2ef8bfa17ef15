import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PreviewState } from '../src/preview/PreviewState';
import { copyForm } from './support/materialise';
import { startCli } from './support/runCli';

/** Reads server-sent events from the preview, so a test can wait for the next one. */
function listen(url: string) {
  const events: { event: string; data: string }[] = [];
  const controller = new AbortController();
  const done = (async () => {
    const response = await fetch(`${url}events`, { signal: controller.signal });
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1] ?? '';
        events.push({ event, data });
        end = buffer.indexOf('\n\n');
      }
    }
  })().catch(() => undefined);
  return {
    events,
    async next(event: string, after: number, timeoutMs = 20_000) {
      const started = Date.now();
      for (;;) {
        const found = events.slice(after).find((e) => e.event === event);
        if (found) return found;
        if (Date.now() - started > timeoutMs) throw new Error(`No "${event}" event within ${timeoutMs} ms.`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      controller.abort();
      await done;
    },
  };
}

/** A GET with a chosen Host header (fetch does not allow setting it). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

const running: ReturnType<typeof startCli>[] = [];
afterEach(async () => {
  for (const cli of running.splice(0)) {
    if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
    await cli.exited;
  }
});

describe('adoption-support preview, run as a process', () => {
  it('serves the form on 127.0.0.1, announces each saved change, shows problems, and stops on Ctrl+C', async () => {
    const folder = copyForm();
    const cli = startCli(['preview', folder, '--port', '0'], { cwd: folder });
    running.push(cli);
    const url = (await cli.waitFor(/at (http:\/\/127\.0\.0\.1:\d+\/)/))[1] as string;
    // The next line says what lint found (it may reach the pipe a moment after the address).
    await cli.waitFor(/No problems\./);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await page.text()).toContain('<script type="module" src="/app.js"></script>');
    const first = (await (await fetch(`${url}api/form`)).json()) as PreviewState;
    expect(first).toMatchObject({ revision: 1, renderable: true, problems: [] });
    expect(first.definition?.manifest).toMatchObject({ id: 'asp-review-wales', locales: ['en', 'cy'] });
    expect(Object.keys(first.examples)).toContain('valid.full');

    // Another site, reached through this address by DNS rebinding, is refused.
    expect(await getWithHost(url, 'attacker.example:80')).toBe(403);

    const events = listen(url);
    await events.next('ready', 0);
    const english = join(folder, 'i18n', 'en.json');
    const strings = JSON.parse(readFileSync(english, 'utf8')) as Record<string, string>;
    strings['reviewDetails.dateOfPlacement.label'] = 'Date the child moved in';
    writeFileSync(english, JSON.stringify(strings, null, 2));
    const change = await events.next('change', 0);
    expect(JSON.parse(change.data)).toMatchObject({ problems: 0 });
    const edited = (await (await fetch(`${url}api/form`)).json()) as PreviewState;
    expect(edited.revision).toBeGreaterThan(1);
    expect(edited.definition?.locales.en?.['reviewDetails.dateOfPlacement.label']).toBe('Date the child moved in');

    // A broken file: the page gets the problem to show instead of a blank form.
    const seen = events.events.length;
    writeFileSync(join(folder, 'uischema.json'), '{ "type": "Categorization", ');
    await events.next('change', seen);
    const broken = (await (await fetch(`${url}api/form`)).json()) as PreviewState;
    expect(broken.renderable).toBe(false);
    expect(broken.problems).toMatchObject([
      { check: 'files', file: 'uischema.json', message: expect.stringContaining('not valid JSON') },
    ]);
    await events.close();

    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
    expect(cli.output().stdout).toContain('Preview stopped.');
    await expect(fetch(url)).rejects.toThrow();
  });

  it('exits 2 when the folder is not a form, or the port is taken', async () => {
    const folder = copyForm();
    const notForm = startCli(['preview', join(folder, 'i18n')], { cwd: folder });
    running.push(notForm);
    expect(await notForm.exited).toBe(2);
    expect(notForm.output().stderr).toContain('is not a form folder (it has no form.json).');

    const first = startCli(['preview', folder, '--port', '0'], { cwd: folder });
    running.push(first);
    const port = (await first.waitFor(/127\.0\.0\.1:(\d+)/))[1] as string;
    const second = startCli(['preview', folder, '--port', port], { cwd: folder });
    running.push(second);
    expect(await second.exited).toBe(2);
    expect(second.output().stderr).toContain(
      `Port ${port} is in use (is a preview already running?). Try --port ${Number(port) + 1}.`,
    );
  });
});
