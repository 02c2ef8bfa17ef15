import type { Audience, HiddenDataPolicy } from '@adoption-support/schemas';

/** Every audience, from the widest professional view to the narrowest. */
export const AUDIENCES: readonly Audience[] = ['professionals', 'panel', 'adopters', 'child', 'birthFamily'];

/** The two hidden-data policies. */
export const HIDDEN_DATA_POLICIES: readonly HiddenDataPolicy[] = ['retain', 'clear'];

/** The annotation keyword naming who may see a property. */
export const AUDIENCE_KEYWORD = 'x-audience';
/** The annotation keyword saying what happens to a hidden field's answer. */
export const HIDDEN_DATA_KEYWORD = 'x-hidden-data';
/**
 * The annotation keyword that grants an audience a property only while an answer in the document
 * has (or has not) certain values: `{ "adopters": { "field": "/referral/requesterCategory", "in": ["adoptiveParent"] } }`.
 * It only narrows what `x-audience` grants. A `field` starting with `/` is a JSON pointer from the
 * document's root; any other is a path (`a/b`) inside the object the keyword sits on (a row, for a list's items).
 */
export const AUDIENCE_WHEN_KEYWORD = 'x-audience-when';
/**
 * The annotation keyword on a list a birth relative may see: `"own"` (the default) when each row is
 * one relative's and a relative sees only theirs, `"all"` when the whole list belongs to the one
 * person the document is about (their own assessment).
 */
export const BIRTH_FAMILY_ROWS_KEYWORD = 'x-birth-family-rows';

/** The values an audience condition compares an answer with. */
const conditionField = { type: 'string', minLength: 1 };
const conditionValues = { type: 'array', minItems: 1, items: { type: ['string', 'number', 'boolean'] } };

/**
 * The kit's schema keywords, in the shape ajv's `addKeyword` takes, so that ajv's strict mode accepts
 * them and rejects a misspelt value.
 */
export const annotationKeywords = [
  {
    keyword: AUDIENCE_KEYWORD,
    metaSchema: { type: 'array', uniqueItems: true, items: { enum: [...AUDIENCES] } },
  },
  {
    keyword: HIDDEN_DATA_KEYWORD,
    metaSchema: { enum: [...HIDDEN_DATA_POLICIES] },
  },
  {
    keyword: AUDIENCE_WHEN_KEYWORD,
    metaSchema: {
      type: 'object',
      propertyNames: { enum: [...AUDIENCES] },
      additionalProperties: {
        oneOf: [
          {
            type: 'object',
            properties: { field: conditionField, in: conditionValues },
            required: ['field', 'in'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: { field: conditionField, notIn: conditionValues },
            required: ['field', 'notIn'],
            additionalProperties: false,
          },
        ],
      },
    },
  },
  {
    keyword: BIRTH_FAMILY_ROWS_KEYWORD,
    metaSchema: { enum: ['own', 'all'] },
  },
] as const;
