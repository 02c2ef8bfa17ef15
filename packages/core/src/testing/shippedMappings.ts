import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FormId } from '@adoption-support/schemas';
import type { CarryForwardMapping } from '../carry-forward/CarryForwardMapping';

const formsDir = join(
  dirname(createRequire(import.meta.url).resolve('@adoption-support/schemas/package.json')),
  'forms',
);

/** The carry-forward mapping a published form ships for answers coming from another form. */
export const shippedMapping = (target: FormId, source: FormId) =>
  JSON.parse(readFileSync(join(formsDir, target, 'carry-forward', `${source}.json`), 'utf8')) as CarryForwardMapping;
