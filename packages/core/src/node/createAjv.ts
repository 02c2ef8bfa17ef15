import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { annotationKeywords } from '../definition/annotations';
import { optionsOf } from '../definition/jsonInput';

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;

/** Options for {@link createAjv}. */
export interface CreateAjvOptions {
  /** Strict mode rejects unknown keywords and loose types. On by default. */
  strict?: boolean;
  /** Keep the generated code so `standaloneCode` can write it out as an ES module. */
  standalone?: boolean;
}

/**
 * An ajv instance for draft 2020-12 with full date and email formats and the kit's annotation
 * keywords. Compiles at runtime, so use it in Node; browsers use the precompiled validators.
 */
export function createAjv(options: CreateAjvOptions = {}): Ajv2020 {
  optionsOf<CreateAjvOptions>({ function: 'createAjv' }, options);
  const ajv = new Ajv2020({
    strict: options.strict === undefined ? true : options.strict === true,
    allErrors: true,
    allowUnionTypes: true,
    ...(options.standalone ? { code: { source: true, esm: true } } : {}),
  });
  addFormats(ajv);
  for (const keyword of annotationKeywords) {
    ajv.addKeyword({ keyword: keyword.keyword, metaSchema: structuredClone(keyword.metaSchema) as object });
  }
  return ajv;
}
