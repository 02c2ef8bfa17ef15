import type { FormDefinitionData } from '@adoption-support/schemas';
import type { DefinitionCheck, DefinitionProblem } from './DefinitionProblem';
import { UnreadableInputError } from './jsonInput';

const SHARED = new Set(['date', 'person', 'contact', 'professional', 'supportItem', 'stayingInTouch', 'signOff']);

/**
 * Runs a check, turning a schema too broken to walk (a `$ref` to a missing definition) into a problem
 * with a fix instead of an exception.
 */
export function guardCheck(
  check: DefinitionCheck,
  definition: FormDefinitionData,
  run: () => DefinitionProblem[],
): DefinitionProblem[] {
  try {
    return run();
  } catch (thrown) {
    // A guarded function wraps what it could not read: the reason is underneath.
    const error = thrown instanceof UnreadableInputError ? thrown.cause : thrown;
    const message = error instanceof Error ? error.message : String(error);
    const ref = /reference "#\/\$defs\/([^"/]+)"/.exec(message)?.[1];
    const fix =
      ref && SHARED.has(ref)
        ? `"${ref}" is a shared definition: run \`pnpm generate\` to copy it into schema.json.`
        : 'Add the missing definition to "$defs" in schema.json, or correct the "$ref".';
    return [
      {
        check,
        form: definition.manifest.id,
        file: 'schema.json',
        pointer: ref ? `/$defs/${ref}` : '',
        message: `The schema cannot be read: ${message}`,
        fix,
      },
    ];
  }
}
