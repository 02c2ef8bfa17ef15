// JSON Forms' material renderers are one ES module whose top-level renderer definitions are calls
// (`withJsonFormsControlProps(withTranslateProps(...))`, `rankWith(...)`) without /* @__PURE__ */
// marks, so a bundler must keep every renderer, the date pickers, tables and dialogs included,
// even when only a few are used. This esbuild plugin marks them pure so the renderers the kit does
// not register are left out of the bundle:
//  - every call in a one-line top-level initialiser without functions in it (renderer wrappers,
//    testers), and the outer call of any other top-level call initialiser;
//  - top-level object literals built with spreads, wrapped in a pure IIFE;
//  - top-level `class X extends React.Component`, wrapped in a pure IIFE.
// Calls inside function bodies are never marked, so no code that runs later changes.
import { readFile } from 'node:fs/promises';

const ONE_LINE_INITIALISER = /^((?:const|var|let) [\w$]+ = )([^\n{}]*\([^\n{}]*\);)$/gm;
const TOP_LEVEL_CALL = /^((?:const|var|let) [\w$]+ = )(?!\/\* @__PURE__)([\w$.]+\()/gm;
const TOP_LEVEL_SPREAD_OBJECT = /^((?:const|var|let) [\w$]+ = )\{\n((?:(?!^\};$)[\s\S])*?\n {4}\.\.\.[\s\S]*?)^\};$/gm;
const TOP_LEVEL_COMPONENT_CLASS = /^class ([\w$]+) extends (React\.(?:Pure)?Component) \{\n([\s\S]*?)^\}$/gm;

/** The source with its top-level definitions marked pure (exported for the bundle's tests). */
export function markPureSource(source) {
  return source
    .replace(ONE_LINE_INITIALISER, (_line, head, body) =>
      body.includes('=>') || body.includes('function')
        ? `${head}${body}`
        : `${head}${body.replace(/([\w$.]+)\(/g, '/* @__PURE__ */ $1(')}`,
    )
    .replace(TOP_LEVEL_CALL, '$1/* @__PURE__ */ $2')
    .replace(TOP_LEVEL_SPREAD_OBJECT, '$1/* @__PURE__ */ (() => ({\n$2}))();')
    .replace(TOP_LEVEL_COMPONENT_CLASS, 'const $1 = /* @__PURE__ */ (() => class $1 extends $2 {\n$3})();');
}

/** An esbuild plugin applying {@link markPureSource} to the files `pattern` matches. */
export function markPure(pattern) {
  return {
    name: 'mark-pure',
    setup(build) {
      build.onLoad({ filter: pattern }, async (args) => ({
        contents: markPureSource(await readFile(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}
