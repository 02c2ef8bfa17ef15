import { describe, expect, it } from 'vitest';
import { tinyForm } from '../testing/tinyForm';
import { schemaFields } from './schemaFields';

describe('schemaFields', () => {
  const fields = schemaFields(tinyForm().schema);
  const byPath = (path: string) => fields.find((f) => f.dataPath.join('/') === path);

  it('narrows audiences going down and inherits them into list rows', () => {
    expect(byPath('child/name')?.audience).toEqual(['professionals']);
    expect(byPath('child/helpers/*/name')?.audience).toEqual(['professionals', 'adopters']);
  });

  it('lets a nearer hidden-data policy win', () => {
    expect(byPath('child/helpers/*/name')?.hiddenData).toBe('retain');
    expect(byPath('child/helpers/*/notes')?.hiddenData).toBe('clear');
  });

  it('resolves shared definitions and lists choice options', () => {
    expect(byPath('child/dateOfBirth')?.schema).toMatchObject({ type: 'string', format: 'date' });
    expect(byPath('child/needs')).toMatchObject({ kind: 'leaf', options: ['health', 'education'] });
    expect(byPath('child/helpers')?.kind).toBe('array');
  });
});
