/** A stand-in for ajv-formats that adds nothing (see ajv-formats.js). */
export default function addFormats<T>(ajv: T): T;
