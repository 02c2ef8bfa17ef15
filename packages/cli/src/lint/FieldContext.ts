import { ANY_ITEM, i18nPrefix, parsePointer, walkUiSchema } from '@adoption-support/core';
import type { FormDefinition } from '../definition';

/** The section and field a place in a form definition belongs to, in the form's English wording. */
export interface FieldPlace {
  /** The label of the Category (section) the field is asked in. */
  section?: string;
  /** The field's English label. */
  field?: string;
}

/** Finds the section and field label for places in a form's files. */
export interface FieldContext {
  /** The section and label of a field, by its data path (array items as `*`). */
  ofDataPath(dataPath: readonly string[]): FieldPlace;
  /** The section and label for a JSON pointer in one of the form's files. */
  ofFilePointer(file: string, pointer: string): FieldPlace;
}

interface Located {
  dataPath: string[];
  section: number;
}

const sectionIndex = (uiPointer: string): number | undefined => {
  const match = /^\/elements\/(\d+)(\/|$)/.exec(uiPointer);
  return match ? Number(match[1]) : undefined;
};

/** Data path tokens of a pointer into schema.json (`/properties/a/items/properties/b` -> `a`, `*`, `b`). */
export function schemaPointerToDataPath(pointer: string): string[] | undefined {
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    return undefined;
  }
  if (tokens[0] !== 'properties') return undefined;
  const path: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (tokens[i] === 'properties' && tokens[i + 1] !== undefined) {
      path.push(tokens[i + 1] as string);
      i += 2;
    } else if (tokens[i] === 'items') {
      path.push(ANY_ITEM);
      i += 1;
    } else {
      break;
    }
  }
  return path;
}

/** Data path tokens of a pointer into a document's data: array positions become `*`. */
export function dataPointerToDataPath(pointer: string): string[] {
  try {
    return parsePointer(pointer).map((t) => (/^\d+$/.test(t) ? ANY_ITEM : t));
  } catch {
    return [];
  }
}

/**
 * Builds the lookups that turn a file and pointer into "section X, field Y" for messages. Never throws:
 * a definition too broken to walk simply yields no section names.
 */
export function fieldContext(definition: FormDefinition): FieldContext {
  const english = definition.locales.en ?? {};
  const sections: (string | undefined)[] = [];
  const controls: Located[] = [];
  const byUiPointer = new Map<string, Located>();
  const i18nKeys = new Map<string, Located>();
  const sectionKeys = new Map<string, number>();
  try {
    const walk = walkUiSchema(definition.manifest.id, definition.uischema, definition.schema);
    const elements = Array.isArray(definition.uischema.elements) ? definition.uischema.elements : [];
    elements.forEach((element, i) => {
      const node = (element ?? {}) as Record<string, unknown>;
      const key = typeof node.i18n === 'string' ? node.i18n : undefined;
      sections[i] = (key ? english[`${key}.label`] : undefined) ?? (typeof node.label === 'string' ? node.label : key);
    });
    for (const section of walk.sections) {
      const index = sectionIndex(section.uiPointer);
      if (section.i18n && index !== undefined) sectionKeys.set(section.i18n, index);
    }
    for (const control of walk.controls) {
      const index = sectionIndex(control.uiPointer);
      if (index === undefined) continue;
      const located = { dataPath: control.dataPath, section: index };
      controls.push(located);
      byUiPointer.set(control.uiPointer, located);
      i18nKeys.set(control.i18nKey, located);
    }
  } catch {
    // A schema too broken to walk: the checks report why; messages simply carry no section.
  }
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);
  const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.every((t, i) => path[i] === t);
  const labelOf = (dataPath: readonly string[]) =>
    dataPath.length > 0 ? english[`${i18nPrefix(dataPath)}.label`] : undefined;

  const ofDataPath = (dataPath: readonly string[]): FieldPlace => {
    const control =
      controls.find((c) => same(c.dataPath, dataPath)) ??
      controls.find((c) => dataPath.length > 0 && startsWith(c.dataPath, dataPath)) ??
      [...controls].reverse().find((c) => c.dataPath.length > 0 && startsWith(dataPath, c.dataPath));
    return {
      section: control === undefined ? undefined : sections[control.section],
      field: labelOf(dataPath),
    };
  };

  const ofUiPointer = (pointer: string): FieldPlace => {
    let current = pointer;
    while (current !== '') {
      const located = byUiPointer.get(current);
      if (located) return ofDataPath(located.dataPath);
      current = current.slice(0, current.lastIndexOf('/'));
    }
    const index = sectionIndex(pointer);
    return { section: index === undefined ? undefined : sections[index] };
  };

  const ofStringKey = (key: string): FieldPlace => {
    for (let end = key.lastIndexOf('.'); end > 0; end = key.lastIndexOf('.', end - 1)) {
      const prefix = key.slice(0, end);
      const control = i18nKeys.get(prefix);
      if (control) return ofDataPath(control.dataPath);
      const section = sectionKeys.get(prefix);
      if (section !== undefined) return { section: sections[section] };
    }
    return {};
  };

  return {
    ofDataPath,
    ofFilePointer(file, pointer) {
      if (file === 'schema.json') {
        const dataPath = schemaPointerToDataPath(pointer);
        return dataPath && dataPath.length > 0 ? ofDataPath(dataPath) : {};
      }
      if (file === 'uischema.json') return ofUiPointer(pointer);
      if (file.startsWith('i18n/')) {
        const token = pointer.startsWith('/') ? pointer.slice(1).replace(/~1/g, '/').replace(/~0/g, '~') : '';
        return token === '' ? {} : ofStringKey(token);
      }
      if (file.startsWith('examples/') && pointer.startsWith('/data/')) {
        return ofDataPath(dataPointerToDataPath(pointer.slice('/data'.length)));
      }
      return {};
    },
  };
}
