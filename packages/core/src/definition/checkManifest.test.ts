import { describe, expect, it } from 'vitest';
import { tinyForm } from '../testing/tinyForm';
import { checkManifest } from './checkManifest';

describe('checkManifest', () => {
  it('accepts a well-formed manifest in a folder of the same name', () => {
    expect(checkManifest(tinyForm(), 'tiny-form')).toEqual([]);
  });

  it.each([
    [
      'a version not in YYYY.N form',
      (f: ReturnType<typeof tinyForm>) => {
        f.manifest.version = 'v2';
      },
      '/version',
    ],
    [
      'an id that differs from the folder',
      (f: ReturnType<typeof tinyForm>) => {
        f.manifest.id = 'tiny';
      },
      '/id',
    ],
    [
      'a Wales form without Welsh',
      (f: ReturnType<typeof tinyForm>) => {
        f.manifest.locales = ['en'];
      },
      '/locales',
    ],
    [
      'an unknown audience',
      (f: ReturnType<typeof tinyForm>) => {
        (f.manifest.audiences as string[]).push('public');
      },
      '/audiences/3',
    ],
  ])('reports %s', (_name, breakIt, pointer) => {
    const form = tinyForm();
    breakIt(form);
    expect(checkManifest(form, 'tiny-form').map((p) => p.pointer)).toEqual([pointer]);
  });
});
