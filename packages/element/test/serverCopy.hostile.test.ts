// @vitest-environment node
// The React package's server entry, given any JSON value: a page, a refusal or a KitError, never a
// TypeError, a hang or a polluted prototype. (Here, not beside the code, because the hostile-value
// helpers are core's test code, which the React package's own type check does not reach.)

import { documentPdf, renderDocumentHtml } from '@adoption-support/react/server';
import { type Audience, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectKitErrorOrResultAsync, fuzzParameters, hostileJson } from '../../core/src/testing/hostileJson';

const AUDIENCES: Audience[] = ['professionals', 'panel', 'adopters', 'child', 'birthFamily'];
const clock = () => '2026-01-15';
const example = formExamples['asp-england']['valid.full'];

describe('renderDocumentHtml and documentPdf on hostile input', () => {
  it('hostile envelopes give a refusal or a KitError', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, fc.constantFrom(...AUDIENCES), async (envelope, audience) => {
        await expectKitErrorOrResultAsync(() => renderDocumentHtml(envelope, { forms, audience, clock }));
      }),
      fuzzParameters(),
    );
  });

  it('hostile options give a KitError', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, async (options) => {
        await expectKitErrorOrResultAsync(() => renderDocumentHtml(example, options as never));
      }),
      fuzzParameters(),
    );
  });

  it('documentPdf refuses hostile pages and browsers with a KitError', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, hostileJson, async (html, browser) => {
        await expectKitErrorOrResultAsync(() => documentPdf(html as never, browser as never));
      }),
      fuzzParameters(),
    );
  });
});
