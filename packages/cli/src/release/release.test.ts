import { readFileSync } from 'node:fs';
import { KitInputError } from '@adoption-support/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deepArray,
  deepObject,
  expectKitErrorOrResult,
  fuzzParameters,
  hostileJson,
  hostileString,
  prototypeKeys,
} from '../../../core/src/testing/hostileJson';
import { nextVersion } from './changeLog';
import { canonicalJson, meaningHash, meaningOf, withoutWording } from './formMeaning';
import { formatJson } from './releaseRecord';
import { fieldPath, moveAnswer, movePointer, moveRowVars, moveVar } from './renamePaths';

const FORM = new URL('../../../../schemas/forms/asp-england/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, FORM), 'utf8')) as Record<string, unknown>;
const files = () => ({
  manifest: read('form.json'),
  schema: read('schema.json'),
  uischema: read('uischema.json'),
  rules: { visits: read('rules/visits.json') },
});
type Node = Record<string, unknown> & { properties: Record<string, Node>; required?: string[]; enum?: string[] };

describe('nextVersion', () => {
  const version = String(read('form.json').version);
  const [year, number] = version.split('.').map(Number) as [number, number];
  it('counts up within the year and starts again at 1 in a new year', () => {
    expect(nextVersion(version, new Date(Date.UTC(year, 5, 1)))).toBe(`${year}.${number + 1}`);
    expect(nextVersion(version, new Date(Date.UTC(year + 1, 0, 1)))).toBe(`${year + 1}.1`);
    expect(nextVersion(version, new Date(Date.UTC(year - 1, 0, 1)))).toBe(`${year}.${number + 1}`);
  });
  it('refuses a version that is not YEAR.NUMBER, and a date that is not one', () => {
    expect(() => nextVersion('v2', new Date())).toThrow(KitInputError);
    expect(() => nextVersion(version, new Date(Number.NaN))).toThrow(KitInputError);
  });
});

describe('the meaning of a version', () => {
  const hash = () => meaningHash(meaningOf(files()));
  const changed = (edit: (f: ReturnType<typeof files>) => void) => {
    const f = files();
    edit(f);
    return meaningHash(meaningOf(f));
  };
  const child = (f: ReturnType<typeof files>) => (f.schema as Node).properties.child as Node;

  it('does not change with wording: titles, descriptions, labels, rule descriptions and messages', () => {
    expect(
      changed((f) => {
        child(f).description = 'New wording';
        (f.uischema.elements as Node[])[0]!.label = 'Another label';
        const rule = ((f.rules.visits as Node).rules as unknown as Node[])[0] as Node;
        rule.description = 'Said differently';
        f.manifest.locales = ['en', 'cy'];
      }),
    ).toBe(hash());
  });

  it('changes with a field renamed, an option removed, a reader restricted, a rule parameter or a layout', () => {
    const edits: ((f: ReturnType<typeof files>) => void)[] = [
      (f) => {
        const props = child(f).properties;
        const [name, node] = Object.entries(props)[0] as [string, Node];
        delete props[name];
        props[`${name}Renamed`] = node;
      },
      (f) => {
        const withOptions = Object.values(child(f).properties).find((n) => Array.isArray(n.enum));
        if (withOptions) withOptions.enum = withOptions.enum?.slice(1);
        else child(f).required = [];
      },
      (f) => {
        child(f)['x-audience'] = ['professionals'];
      },
      (f) => {
        const rule = ((f.rules.visits as Node).rules as unknown as Node[]).find((r) => r.params) as Node;
        const params = rule.params as Record<string, number>;
        const [key, value] = Object.entries(params)[0] as [string, number];
        params[key] = value + 1;
      },
      (f) => {
        (f.uischema.elements as unknown[]).reverse();
      },
    ];
    const hashes = edits.map(changed);
    for (const h of hashes) expect(h).not.toBe(hash());
    expect(new Set(hashes).size).toBe(edits.length);
  });

  it('keeps a field named like a wording keyword ("description") as meaning', () => {
    const schema = { type: 'object', properties: { description: { type: 'string', description: 'Wording' } } };
    expect(withoutWording(schema, new Set(['description']))).toEqual({
      type: 'object',
      properties: { description: { type: 'string' } },
    });
  });
});

describe('renaming paths', () => {
  const move = { from: ['supportItems', '*', 'service'], to: ['supportItems', '*', 'provision'] };
  it('moves pointers through rows, keeping each row token, and leaves others alone', () => {
    expect(movePointer('/supportItems/2/service', move)).toBe('/supportItems/2/provision');
    expect(movePointer('/supportItems/-/service/x', move)).toBe('/supportItems/-/provision/x');
    expect(movePointer('/supportItems/2/services', move)).toBeUndefined();
    expect(moveVar('data.supportItems.0.service', move)).toBe('data.supportItems.0.provision');
    expect(moveVar('row.service', move)).toBeUndefined();
  });
  it('moves answers in every row, keeping unknown and __proto__ keys as own data', () => {
    const data = { supportItems: [{ service: 'a' }, { other: 1 }, prototypeKeys({ service: 'b' })] };
    expect(moveAnswer(data, move)).toBe(1);
    expect(data.supportItems[0]).toEqual({ provision: 'a' });
    expect(Object.getPrototypeOf(data.supportItems[2])).toBe(Object.prototype);
  });
  it("moves a per-row rule's row. paths, and only those under the moved field", () => {
    const rule = {
      target: '/supportItems/*/status',
      logic: { and: [{ var: 'row.service' }, { var: 'row.services' }, { var: 'data.supportItems.0.service' }] },
    };
    expect(moveRowVars(rule, move)).toBe(1);
    expect(rule.logic.and).toEqual([
      { var: 'row.provision' },
      { var: 'row.services' },
      { var: 'data.supportItems.0.service' },
    ]);
    expect(moveRowVars({ target: '/child/name', logic: { var: 'row.service' } }, move)).toBe(0);
  });

  it('reads dotted paths and pointers alike, and refuses an empty one', () => {
    expect(fieldPath('child.name')).toEqual(fieldPath('/child/name'));
    expect(() => fieldPath('')).toThrow(KitInputError);
  });
});

describe('any JSON value', () => {
  it('gives a result or a KitInputError, never another error', () => {
    fc.assert(
      fc.property(hostileJson, hostileString, (value, text) => {
        expectKitErrorOrResult(() => canonicalJson(value));
        expectKitErrorOrResult(() => withoutWording(value, new Set(['title'])));
        expectKitErrorOrResult(() => meaningOf({ manifest: value, schema: value, uischema: value }));
        expectKitErrorOrResult(() => formatJson(value));
        expectKitErrorOrResult(() => fieldPath(text));
        expectKitErrorOrResult(() => moveAnswer(value, { from: ['a', '*', 'b'], to: ['a', '*', 'c'] }));
        expectKitErrorOrResult(() => moveRowVars(value, { from: ['a', '*', 'b'], to: ['a', '*', 'c'] }));
      }),
      fuzzParameters(),
    );
  });
  it('handles 10,000-deep values without a stack overflow', () => {
    for (const deep of [deepArray(10_000), deepObject(10_000)]) {
      const { error } = expectKitErrorOrResult(() => canonicalJson(deep));
      expect(error).toBeInstanceOf(KitInputError);
      expect(() => formatJson(deep)).toThrow(KitInputError);
    }
  });
});
