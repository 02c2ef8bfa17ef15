import type { FormEnvelope } from '@adoption-support/schemas';
import { assertDepth, guarded, MAX_INPUT_DEPTH, optionsOf } from '../definition/jsonInput';
import type { CarriedValue, CarryForwardMapping } from './CarryForwardMapping';
import { assertEnvelope, assertSameCase, assertUsableMapping } from './checkDocuments';
import { mappingFile } from './mappingShapeProblems';
import { runMapping } from './runMapping';

/** Options for {@link prefill}. */
export interface PrefillOptions {
  /** A target document already started. Nothing typed in it is overwritten, and its unknown fields stay. */
  existing?: FormEnvelope;
}

/** A pre-filled document and what went into it. */
export interface PrefillResult<T = Record<string, unknown>> {
  /** The target document: the existing one topped up, or a new one. */
  envelope: FormEnvelope<T>;
  /** Each value copied: pointers into the source's and the target's data. */
  copied: CarriedValue[];
  /** Each value not copied because an answer was already typed there (or a list already had rows). */
  kept: CarriedValue[];
}

/**
 * Starts a document from another with a `prefill` mapping: a review from the current plan, a Wales
 * plan from its assessment. With `existing`, only empty fields are filled in: an answer someone
 * typed is never overwritten, a list they put rows in is left as it is, and fields the kit does not
 * know are kept. Pure: neither document is changed.
 */
export function prefill<T = Record<string, unknown>>(
  mapping: CarryForwardMapping,
  source: FormEnvelope,
  options: PrefillOptions = {},
): PrefillResult<T> {
  return guarded('prefill', () => {
    const site = { function: 'prefill' };
    assertDepth({ ...site, argument: 'mapping' }, mapping);
    assertDepth({ ...site, argument: 'source' }, source);
    const { existing } = optionsOf<PrefillOptions>(site, options);
    assertDepth({ ...site, argument: 'options' }, existing, MAX_INPUT_DEPTH, '/existing');
    return fill<T>(mapping, source, existing);
  });
}

function fill<T>(mapping: CarryForwardMapping, source: FormEnvelope, existing: FormEnvelope | undefined) {
  assertUsableMapping(mapping, 'prefill');
  const file = mappingFile(mapping);
  assertEnvelope(source, 'source document', mapping.source.form, mapping.source.versions, file);
  if (existing !== undefined) {
    assertEnvelope(existing, 'existing document', mapping.target.form, [mapping.target.version], file);
    assertSameCase(mapping, source, existing, { source: 'source document', target: 'existing document' });
  }
  const run = runMapping(mapping, source.data, existing?.data ?? {}, 'fill');
  const envelope = existing
    ? { ...existing, data: run.data }
    : { form: mapping.target.form, version: mapping.target.version, data: run.data };
  return { envelope: envelope as FormEnvelope<T>, copied: run.copied, kept: run.kept } satisfies PrefillResult<T>;
}
