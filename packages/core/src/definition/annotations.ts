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
] as const;
