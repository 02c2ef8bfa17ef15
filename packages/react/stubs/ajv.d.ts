/** A stand-in for ajv that compiles nothing (see ajv.js). */
export default class Ajv {
  compile(): never;
  validate(): never;
  addSchema(): this;
  addFormat(): this;
  addKeyword(): this;
  getSchema(): undefined;
}
