// Stands in for `ajv` in a browser bundle. JSON Forms (@jsonforms/core) imports ajv at module level for
// a fallback it never uses with the kit: the kit validates with precompiled validators and hands JSON
// Forms an ajv that compiles nothing. Point your bundler's `ajv` at this file and the schema compiler
// (about 40 KB gzipped, and code that needs `eval`) stays out of the bundle. Anything that tried to
// compile would fail loudly here.
const refuse = () => {
  throw new Error('The Adoption Support Forms Kit does not compile schemas in the browser.');
};

export default class Ajv {
  compile() {
    return refuse();
  }
  validate() {
    return refuse();
  }
  addSchema() {
    return this;
  }
  addFormat() {
    return this;
  }
  addKeyword() {
    return this;
  }
  getSchema() {
    return undefined;
  }
}
