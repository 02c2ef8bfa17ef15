// Architecture checks run by `pnpm test:architecture` (see docs/developers/architecture-checks.md and
// docs/decisions/0019-architecture-checks.md). Each rule fails the suite when broken.
//
// The packages depend one way: schemas <- core <- react <- element, and cli -> core. Imports between
// packages go through their package names; the `@adoption-support/source` condition resolves them to
// the sources, so a rule sees the real file on the other side.

/** Source folders of each package, as path patterns. */
const SCHEMAS = '^schemas/src/';
const CORE = '^packages/core/src/';
const REACT = '^packages/react/src/';
const ELEMENT = '^packages/element/src/';
const CLI = '^packages/cli/src/';
/** Tests and test helpers may reach further than the code they test. */
const TESTS = '(\\.test\\.tsx?$|/testing/|/test/)';

/** A rule that a package's sources import none of the packages named. */
const mayNotImport = (name, from, forbidden, comment) => ({
  name,
  severity: 'error',
  comment,
  from: { path: from, pathNot: TESTS },
  to: { path: forbidden },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle between modules makes load order matter and blocks splitting a bundle by form.',
      from: {},
      to: { circular: true },
    },
    mayNotImport(
      'schemas-imports-no-package',
      SCHEMAS,
      '^packages/',
      'schemas is the bottom layer: the form definitions and their generated modules depend on nothing of the kit.',
    ),
    mayNotImport(
      'core-imports-only-schemas',
      CORE,
      '^(packages/(react|element|cli)|stories)/',
      'core is framework-free: it may use schemas, never the React component, the element or the CLI.',
    ),
    mayNotImport(
      'react-imports-no-element-or-cli',
      REACT,
      '^(packages/(element|cli)|stories)/',
      'react builds on core and schemas; the element wraps react, not the other way round.',
    ),
    mayNotImport(
      'element-imports-no-cli',
      ELEMENT,
      '^(packages/cli|stories)/',
      'The element wraps the React component; it never needs the CLI.',
    ),
    mayNotImport(
      'cli-imports-no-ui',
      CLI,
      '^(packages/(react|element)/src|stories)/',
      'The CLI runs on core and schemas (its preview page is built from the React component, not imported).',
    ),
    {
      name: 'core-main-entry-no-node',
      severity: 'error',
      comment:
        "core's main entry runs in browsers: only src/node (the @adoption-support/core/node entry) may use node:* modules.",
      from: { path: CORE, pathNot: `${TESTS}|^packages/core/src/node/` },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-main-entry-not-via-node',
      severity: 'error',
      comment:
        "Nothing outside core's src/node may import from it: that would pull Node-only code into the browser entry.",
      from: { path: CORE, pathNot: `${TESTS}|^packages/core/src/node/` },
      to: { path: '^packages/core/src/node/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing fails at run time.',
      from: { pathNot: TESTS },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Other packages are leaves: their own imports are not the kit's architecture.
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      conditionNames: ['@adoption-support/source', 'import', 'types', 'default'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
