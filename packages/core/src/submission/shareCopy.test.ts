import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it } from 'vitest';
import { KitInputError } from '../errors';
import { fieldAtPath } from '../hidden-data/fieldAtPath';
import { formVersions } from '../migrate/index';
import { tinyForm } from '../testing/tinyForm';
import { shareCopy } from './shareCopy';

const options = { forms, clock: () => '2026-12-01' };
const entries = Object.entries(forms);

describe('shareCopy', () => {
  it('leaves out an answer to a question the rules hide, even one its field keeps', async () => {
    const tiny = tinyForm();
    tiny.manifest.rulePacks = ['follow-ups'];
    tiny.rulePacks['follow-ups'] = {
      id: 'tiny-form.follow-ups',
      form: 'tiny-form',
      description: 'Needs are asked once the child is placed.',
      rules: [
        {
          id: 'follow-ups.needs.shown',
          description: 'Ask about needs once the child is placed.',
          source: 'Test',
          kind: 'show',
          target: '/child/needs',
          logic: { '===': [{ var: 'data.child.stage' }, 'placed'] },
        },
      ],
    };
    const data = { child: { name: 'Sam', dateOfBirth: '2020-01-31', stage: 'matching', needs: ['health'] } };
    // The field keeps its answer when hidden (so it comes back if the stage changes) ...
    expect(fieldAtPath(tiny.schema, ['child', 'needs']).hiddenData).toBe('retain');
    const envelope = { form: 'tiny-form', version: tiny.manifest.version, data };
    const copy = await shareCopy(envelope, 'professionals', { forms: { 'tiny-form': tiny } });
    if (copy.status !== 'shared') throw new Error(copy.problem.message);
    // ... but no reader is shown an answer to a question the form does not ask.
    expect(copy.document.data).toEqual({ child: { name: 'Sam', dateOfBirth: '2020-01-31', stage: 'matching' } });
    const placed = await shareCopy(
      { ...envelope, data: { child: { ...data.child, stage: 'placed' } } },
      'professionals',
      { forms: { 'tiny-form': tiny } },
    );
    expect(placed.status === 'shared' && placed.document.data).toEqual({ child: { ...data.child, stage: 'placed' } });
  });

  it('gives a birth relative their own row and none of the adopters’ contact details', async () => {
    const [id] = entries.find(([, d]) => JSON.stringify(d.schema).includes('"birthFamily"'))!;
    const example = formExamples[id as keyof typeof formExamples]['valid.full']!;
    const copy = await shareCopy(example, 'birthFamily', { ...options, birthFamilyRecipient: 0 });
    if (copy.status !== 'shared') throw new Error(copy.problem.message);
    const text = JSON.stringify(copy.document.data);
    const original = JSON.stringify(example.data);
    expect(text.length).toBeLessThan(original.length);
    for (const email of original.match(/[\w.]+@example\.org/g) ?? []) {
      if (!text.includes(email)) continue;
      // Any address left must be one the relative was given to reach their own support.
      expect(email.startsWith('letterbox') || email.startsWith('referrals'), email).toBe(true);
    }
    expect(copy.removed.length).toBeGreaterThan(0);
  });

  it('brings an older version up to date before redacting it', async () => {
    const [id, definition] = entries.find(([, d]) => formVersions(d).schemas.size > 1)!;
    const older = [...formVersions(definition).schemas.keys()].find((v) => v !== definition.manifest.version)!;
    const copy = await shareCopy({ form: id, version: older, data: {} }, 'adopters', options);
    if (copy.status !== 'shared') throw new Error(copy.problem.message);
    expect(copy.document).toMatchObject({ form: id, version: definition.manifest.version });
    expect(copy.migration.applied.length).toBeGreaterThan(0);
  });

  it('refuses what is not a saved document, with a message', async () => {
    const copy = await shareCopy({ form: '__proto__', version: '1', data: {} }, 'adopters', options);
    expect(copy.status === 'refused' && copy.problem.code).toBe('unknown-form');
  });

  it.each([
    ['an unknown reader', 'neighbours', {}],
    ['a row that is not a position', 'birthFamily', { birthFamilyRecipient: -1 }],
  ])('throws a KitInputError for %s', async (_, audience, extra) => {
    const [id, definition] = entries[0]!;
    const envelope = { form: id, version: definition.manifest.version, data: {} };
    await expect(shareCopy(envelope, audience as never, { ...options, ...extra })).rejects.toBeInstanceOf(
      KitInputError,
    );
  });
});
