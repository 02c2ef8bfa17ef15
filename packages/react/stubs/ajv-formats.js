// Stands in for `ajv-formats` in a browser bundle (see ajv.js beside it). The precompiled validators
// import the format checks they need from `ajv-formats/dist/formats.js` directly, which stays as it is.
export default function addFormats(ajv) {
  return ajv;
}
