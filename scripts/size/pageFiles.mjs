// Reading a Vite build for `pnpm size`: which files a page showing one form downloads, which
// packages take the room, and what must never ship.

/** The page's entry and every chunk it imports, plus the form's own chunk and its imports. */
export function pageFiles(manifest, entry, formId) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  const isForm = (key) => manifest[key].isDynamicEntry && new RegExp(`(^|[/_-])${formId}([.-]|$)`).test(key);
  const forms = Object.keys(manifest).filter(isForm);
  if (forms.length !== 1) throw new Error(`Expected one chunk for the form ${formId}, found ${forms.length}.`);
  visit(forms[0]);
  return [...files];
}

/** The package a module belongs to (`@scope/name` or `name`), or `(own code)`. */
const packageOf = (id) => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(id.replace(/\\/g, '/'));
  if (match) return match[1];
  const workspace = /\/(schemas|packages\/[^/]+)\/(?:dist|src)\//.exec(id.replace(/\\/g, '/'));
  return workspace ? `(workspace) ${workspace[1]}` : '(own code)';
};

/** Packages by their minified size in the shipped chunks, largest first. */
export function largestPackages(chunks) {
  const sizes = new Map();
  for (const chunk of chunks) {
    for (const [id, info] of Object.entries(chunk.modules ?? {})) {
      const name = packageOf(id);
      sizes.set(name, (sizes.get(name) ?? 0) + (info.renderedLength ?? 0));
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

// A form never uses a date picker (the kit draws GOV.UK day/month/year boxes) or ajv's schema compiler
// (validators are precompiled; only ajv's small runtime helpers, ajv/dist/runtime/*, are needed).
const forbidden = [
  /node_modules\/@mui\/x-date-pickers\//,
  /node_modules\/ajv\/dist\/(?!runtime\/)/,
  /node_modules\/ajv-formats\/dist\/(?!formats)/,
];

/** Modules with code in the shipped chunks that no form uses. */
export function forbiddenModules(chunks) {
  const found = new Set();
  for (const chunk of chunks) {
    for (const [id, info] of Object.entries(chunk.modules ?? {})) {
      const path = id.replace(/\\/g, '/');
      if ((info.renderedLength ?? 0) > 0 && forbidden.some((re) => re.test(path))) {
        found.add(path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
      }
    }
  }
  return [...found].sort();
}
