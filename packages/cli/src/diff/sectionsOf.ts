import { ANY_ITEM } from '@adoption-support/core';
import { isJsonObject } from '../definition';
import type { FormSnapshot } from './FormChange';
import { isUnder, key } from './fieldPaths';

/** The label of the Category each field is asked in, by data path. */
export function sectionsOf(snapshot: FormSnapshot): (path: readonly string[]) => string | undefined {
  const controls: { path: string[]; section: string | undefined }[] = [];
  const uischema = snapshot.uischema;
  const visit = (element: unknown, prefix: string[], section: string | undefined) => {
    if (!isJsonObject(element)) return;
    if (element.type === 'Control' && typeof element.scope === 'string') {
      const tokens = element.scope
        .replace(/^#/, '')
        .split('/')
        .filter((t, i) => i % 2 === 0 && t !== '');
      const path = [...prefix, ...tokens];
      controls.push({ path, section });
      const detail = isJsonObject(element.options) ? element.options.detail : undefined;
      if (detail) visit(detail, [...path, ANY_ITEM], section);
      return;
    }
    for (const child of Array.isArray(element.elements) ? element.elements : []) visit(child, prefix, section);
  };
  if (uischema && Array.isArray(uischema.elements)) {
    for (const category of uischema.elements) {
      if (!isJsonObject(category)) continue;
      const i18n = typeof category.i18n === 'string' ? category.i18n : undefined;
      const label =
        (i18n ? snapshot.english[`${i18n}.label`] : undefined) ??
        (typeof category.label === 'string' ? category.label : i18n);
      visit(category, [], label);
    }
  }
  return (path) =>
    (
      controls.find((c) => key(c.path) === key(path)) ??
      controls.find((c) => isUnder(c.path, path)) ??
      [...controls].reverse().find((c) => isUnder(path, c.path))
    )?.section;
}
