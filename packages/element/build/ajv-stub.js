// Stands in for `ajv` inside the element bundle. The kit validates with validators precompiled at
// build time and gives JSON Forms an ajv that compiles nothing, so the bundle needs no schema
// compiler (and so no `eval`). Anything that tried to compile would fail loudly here.
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
