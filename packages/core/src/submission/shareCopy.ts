import type { Audience } from '@adoption-support/schemas';
import { type Redaction, redact } from '../audience/redact';
import { AUDIENCES } from '../definition/annotations';
import { getAtPointer, parsePointer } from '../definition/jsonPointer';
import { KitError, KitInputError } from '../errors';
import { applyHiddenData } from '../hidden-data/applyHiddenData';
import { compareDocumentOrder } from '../hidden-data/documentOrder';
import type { SavedDocument } from '../migrate/index';
import { checkJudgeOptions, type JudgeOptions } from './judgeOptions';
import { formLocale, type MigrationNotes, openSubmission } from './openSubmission';
import { ruleEngineFor } from './ruleEngineFor';
import { type SubmissionProblem, submissionProblem } from './submissionProblems';

/** Options for {@link shareCopy}: the forms, and the reader's row where the reader is a birth relative. */
export interface ShareOptions extends Omit<JudgeOptions, 'validators'> {
  /** For a birth relative: the position of their own row in each list the birth family may see. */
  birthFamilyRecipient?: number;
}

/** One reader's copy of a document: only what that reader may see. */
export interface SharedCopy {
  status: 'shared';
  audience: Audience;
  /** An envelope at the form's current version holding only what the reader may see. */
  document: SavedDocument;
  /** Pointers (into the document at the current version) of what was taken out. */
  removed: string[];
  migration: MigrationNotes;
}

/** A document that could not be shared: not an envelope, too large, an unknown form or version. */
export interface RefusedCopy {
  status: 'refused';
  problem: SubmissionProblem;
}

/** Takes out every answer at a hidden pointer, last first so that no position moves under another. */
function withoutHidden(data: Record<string, unknown>, hidden: readonly string[]): Record<string, unknown> {
  const paths = hidden.map((p) => parsePointer(p)).filter((t) => t.length > 0);
  paths.sort(compareDocumentOrder).reverse();
  for (const tokens of paths) {
    const parent = getAtPointer(data, tokens.slice(0, -1));
    const last = tokens.at(-1)!;
    if (Array.isArray(parent) && /^\d+$/.test(last)) parent.splice(Number(last), 1);
    else if (parent !== null && typeof parent === 'object' && Object.hasOwn(parent, last)) {
      delete (parent as Record<string, unknown>)[last];
    }
  }
  return data;
}

/**
 * Makes one reader's copy of a saved document, as a server sends it to adopters, the child, a birth
 * relative or the panel. The document is checked and brought up to date as {@link judgeSubmission}
 * does; answers to questions the rules hide are left out; then only what the audience may see is
 * kept (deny by default, through `redact`).
 *
 * Never throws on the document: a bad one gives a refusal. A bad audience or bad options (the
 * server's own code) throw a {@link KitInputError}.
 */
export async function shareCopy(
  envelope: unknown,
  audience: Audience,
  options: ShareOptions,
): Promise<SharedCopy | RefusedCopy> {
  const checked = checkJudgeOptions('shareCopy', options, { validators: false });
  if (!AUDIENCES.includes(audience)) {
    throw new KitInputError({
      function: 'shareCopy',
      argument: 'audience',
      pointer: '',
      problem: `"${String(audience)}" is not an audience of the kit.`,
      fix: `Use one of: ${AUDIENCES.join(', ')}.`,
    });
  }
  const recipient = (options as { birthFamilyRecipient?: unknown }).birthFamilyRecipient;
  if (
    recipient !== undefined &&
    !(typeof recipient === 'number' && Number.isSafeInteger(recipient) && recipient >= 0)
  ) {
    throw new KitInputError({
      function: 'shareCopy',
      argument: 'options',
      pointer: '/birthFamilyRecipient',
      problem: 'The birth relative’s row must be a position in the list, from 0.',
      fix: 'Pass the position of their row among the birth-family support recipients.',
    });
  }
  const opened = await openSubmission(envelope, checked);
  if (!opened.ok) return { status: 'refused', problem: opened.problem };
  const { definition, document, migration } = opened;
  const engine = ruleEngineFor(definition, checked);
  let hidden: string[];
  try {
    hidden = engine.evaluate(document.data).hidden;
  } catch (error) {
    if (!(error instanceof KitError)) throw error;
    const locale = formLocale(definition, checked.locale);
    const form = definition.manifest.id;
    return {
      status: 'refused',
      problem: submissionProblem(
        'cannot-evaluate',
        'cannot-evaluate',
        '/data',
        { form, reason: error.message },
        locale,
      ),
    };
  }
  const cleared = applyHiddenData(definition, document.data, hidden).data;
  const visible = withoutHidden(cleared, hidden);
  const copy: Redaction = redact(
    definition,
    visible,
    audience,
    recipient === undefined ? {} : { birthFamilyRecipient: recipient },
  );
  return {
    status: 'shared',
    audience,
    document: { form: definition.manifest.id, version: definition.manifest.version, data: copy.data },
    removed: copy.removed,
    migration,
  };
}
