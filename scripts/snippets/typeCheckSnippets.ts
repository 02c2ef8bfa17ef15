// Type-checks every generated snippet module in one TypeScript program, against the workspace source
// (the `@adoption-support/source` condition), and reports each problem at its markdown file and line.
import { join } from 'node:path';
import ts from 'typescript';
import type { SnippetModule } from './snippetModules';

/** Problems per module path, as `file:line:column message` (one program for the TypeScript blocks, one for the JavaScript ones). */
export function typeCheckSnippets(root: string, modules: SnippetModule[]): Map<string, string[]> {
  const base = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(base.config, ts.sys, root);
  const compilerOptions: ts.CompilerOptions = {
    ...options,
    noEmit: true,
    declaration: false,
    allowJs: true,
    checkJs: true,
    types: ['node'],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    // The element is built into dist; before a build, its published types.
    paths: { '@adoption-support/element': [join(root, 'packages/element/src/adoption-support-form.d.ts')] },
  };
  // The element's globals (`<adoption-support-form>` in querySelector), as a portal has them after
  // loading the element's script.
  const ambient = [join(root, 'packages/element/src/adoption-support-form.d.ts')];
  const problems = new Map<string, string[]>(modules.map((m) => [m.path, []]));
  const isJs = (m: SnippetModule) => m.snippet.language === 'js' || m.snippet.language === 'jsx';
  // TypeScript blocks as strict as the kit's own code; JavaScript blocks as an editor checks a
  // portal's plain script (`checkJs`, where `querySelector` may give null without a check).
  const groups = [
    { members: modules.filter((m) => !isJs(m)), options: compilerOptions },
    { members: modules.filter(isJs), options: { ...compilerOptions, strictNullChecks: false } },
  ];
  let previous: ts.Program | undefined;
  for (const { members, options } of groups) {
    // The second program reuses the first one's parsed files (lib, node, React and MUI types).
    if (members.length > 0) previous = checkGroup(members, options, ambient, problems, previous);
  }
  return problems;
}

function checkGroup(
  modules: SnippetModule[],
  options: ts.CompilerOptions,
  ambient: string[],
  problems: Map<string, string[]>,
  oldProgram: ts.Program | undefined,
): ts.Program {
  const rootNames = [...modules.map((m) => m.path), ...ambient];
  const program = ts.createProgram({ rootNames, options, ...(oldProgram ? { oldProgram } : {}) });
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  if (global.length > 0) throw new Error(ts.formatDiagnostics(global, ts.createCompilerHost(options)));
  for (const module of modules) {
    const source = program.getSourceFile(module.path);
    if (!source) throw new Error(`${module.snippet.file}:${module.snippet.line}: not in the program`);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    for (const d of diagnostics) {
      const { line, character } = source.getLineAndCharacterOfPosition(d.start ?? 0);
      const at = module.origin[line] ?? { file: module.snippet.file, line: module.snippet.line };
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      problems.get(module.path)?.push(`${at.file}:${at.line}:${character + 1} TS${d.code} ${text}`);
    }
  }
  return program;
}
