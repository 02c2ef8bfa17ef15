// How carry-forward problems name fields, kinds of answer and values for a policy lead.
import type { FormDefinitionData } from '@adoption-support/schemas';
import { englishLabel } from '../definition/englishLabel';
import type { SchemaNode } from '../definition/schemaFields';
import type { Place } from './mappingPlaces';

/** A field's kind of answer in words. */
export const typeOf = (schema: SchemaNode): string => {
  if (Array.isArray(schema.enum)) return 'choice';
  if (schema.type === 'array') return 'list';
  if (schema.format === 'date') return 'date';
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'boolean') return 'yes or no';
  return 'text';
};

export const describeList = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** What a place holds, in words. */
export const kindName = (kind: Place['kind']) =>
  kind === 'leaf' ? 'an answer' : kind === 'array' ? 'a list' : kind === 'row' ? 'a row of a list' : 'a group';

/** A field as a policy lead knows it: its pointer, and its English label when it has one. */
export const fieldName = (form: FormDefinitionData, dataPath: readonly string[]) => {
  const label = englishLabel(form, dataPath);
  return `/${dataPath.join('/')}${label ? ` ("${label}")` : ''}`;
};
