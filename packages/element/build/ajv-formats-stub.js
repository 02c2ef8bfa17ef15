// Stands in for `ajv-formats` inside the element bundle (see ajv-stub.js). The precompiled
// validators import the format checks they need from `ajv-formats/dist/formats.js` directly.
export default function addFormats(ajv) {
  return ajv;
}
