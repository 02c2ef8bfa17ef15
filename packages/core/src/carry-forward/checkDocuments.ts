import type { FormEnvelope } from '@adoption-support/schemas';
import { describeValue } from '../definition/jsonInput';
import { getAtPointer, parsePointer } from '../definition/jsonPointer';
import { CarryForwardError } from './CarryForwardError';
import type { CarryForwardMapping } from './CarryForwardMapping';
import { isObject, sameJson } from './json';
import { mappingFile, mappingShapeProblems } from './mappingShapeProblems';

/** Throws when a mapping's shape is wrong or it is the wrong kind for the call. */
export function assertUsableMapping(mapping: CarryForwardMapping, kind: CarryForwardMapping['kind']): void {
  const file = mappingFile(mapping);
  const problems = mappingShapeProblems(mapping, file);
  if (problems.length > 0) throw new CarryForwardError(`The carry-forward mapping ${file} cannot be used:`, problems);
  if (mapping.kind !== kind) {
    const use = mapping.kind === 'apply' ? 'applyReview' : 'prefill';
    throw new CarryForwardError(`The mapping ${file} is a "${mapping.kind}" mapping. Pass it to ${use} instead.`);
  }
}

/** Throws unless `envelope` is a saved document of `form` at one of `versions`. Never quotes its data. */
export function assertEnvelope(
  envelope: unknown,
  role: string,
  form: string,
  versions: readonly string[],
  file: string,
): asserts envelope is FormEnvelope {
  if (!isObject(envelope) || !isObject(envelope.data) || typeof envelope.form !== 'string') {
    throw new CarryForwardError(
      `The ${role} is not a saved document. Pass the envelope { "form", "version", "data" } as it was saved.`,
    );
  }
  if (envelope.form !== form) {
    throw new CarryForwardError(
      `The mapping ${file} needs a "${form}" document as the ${role}, but was given a "${envelope.form}" document. ` +
        `Use the mapping for "${envelope.form}", or pass the right document.`,
    );
  }
  if (typeof envelope.version !== 'string' || !versions.includes(envelope.version)) {
    throw new CarryForwardError(
      `The ${role} is version ${typeof envelope.version === 'string' ? envelope.version : describeValue(envelope.version)} of "${form}", but the mapping ${file} reads version ${versions.join(' or ')}. ` +
        'Migrate the document to that version first.',
    );
  }
}

/** Throws when the two documents disagree on a field that identifies the case (they are about different children). */
export function assertSameCase(
  mapping: CarryForwardMapping,
  source: FormEnvelope,
  target: FormEnvelope,
  roles: { source: string; target: string },
): void {
  for (const pair of mapping.sameCase ?? []) {
    const a = getAtPointer(source.data, parsePointer(pair.source));
    const b = getAtPointer(target.data, parsePointer(pair.target));
    if (a !== undefined && b !== undefined && !sameJson(a, b)) {
      throw new CarryForwardError(
        `The ${roles.source} and the ${roles.target} seem to be about different children: ${pair.source} in the ${roles.source} ` +
          `does not match ${pair.target} in the ${roles.target}. Check that you picked the right documents.`,
      );
    }
  }
}
