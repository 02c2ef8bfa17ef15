import type { FormDefinitionData } from '@adoption-support/schemas';
import { walkUiSchema } from '../definition/uiSchemaControls';

/**
 * The label key of each part of a form's data that a Category or Group of its UI schema shows as a
 * whole: `network` -> `sections.network.label`. A section stands for the object that holds every
 * answer it shows; the outermost section wins, so a Category labels its data before a Group inside it.
 */
const cache = new WeakMap<object, Map<string, string>>();

function commonPrefix(paths: readonly (readonly string[])[]): string[] {
  const [first, ...rest] = paths;
  if (!first) return [];
  let length = first.length;
  for (const path of rest) {
    let i = 0;
    while (i < length && i < path.length && path[i] === first[i]) i += 1;
    length = i;
  }
  return first.slice(0, length);
}

/** Label keys by data path (tokens joined by `/`, array items as `*`), built once per definition. */
export function sectionLabelKeys(definition: FormDefinitionData): Map<string, string> {
  let keys = cache.get(definition);
  if (keys) return keys;
  keys = new Map();
  const walk = walkUiSchema(definition.manifest.id, definition.uischema, definition.schema);
  for (const section of walk.sections) {
    if (!section.i18n) continue;
    const inside = walk.controls.filter((c) => c.uiPointer.startsWith(`${section.uiPointer}/`));
    // The object that holds every answer the section shows: the common prefix of their parents.
    const prefix = commonPrefix(inside.map((c) => c.dataPath.slice(0, -1)));
    const path = prefix.join('/');
    if (prefix.length > 0 && !keys.has(path)) keys.set(path, `${section.i18n}.label`);
  }
  cache.set(definition, keys);
  return keys;
}
