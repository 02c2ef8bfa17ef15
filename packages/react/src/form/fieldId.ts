/** The DOM id of a field's input (or of one box of a date), so the error summary can link to it. */
export const fieldId = (prefix: string, pointer: string, part?: string): string =>
  `${prefix}-f${pointer.replace(/[^A-Za-z0-9_]/g, '-')}${part ? `-${part}` : ''}`;

/** The pointer of a Control from JSON Forms' dotted path of its parent and its scope. */
export function controlPointer(path: string | undefined, scope: string): string {
  const parent = path ? path.split('.') : [];
  const own = scope
    .replace(/^#\/?/, '')
    .split('/')
    .filter((t, i) => t !== '' && i % 2 === 1);
  return [...parent, ...own].map((t) => `/${t}`).join('');
}

/** The pointer of JSON Forms' dotted path (`supportItems.0.objective` → `/supportItems/0/objective`). */
export const pathToPointer = (path: string | undefined): string =>
  path
    ? path
        .split('.')
        .map((t) => `/${t}`)
        .join('')
    : '';
