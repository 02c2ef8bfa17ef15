import type { FormDefinitionData } from '@adoption-support/schemas';
import { type AudienceView, audienceView, mergeViewEdits } from '../audience/audienceView';
import type { ReaderAudience } from '../definition/formModel';
import type { IncrementalRules, RuleEvaluator, RuleResults } from '../rules/ruleResults';
import { withRequiredLists } from '../validation/withEmptyContainers';

type Json = Record<string, unknown>;

/** Clears or keeps the answers of fields the rules hide, by each field's `x-hidden-data` policy. */
export type HiddenDataApplier = (definition: FormDefinitionData, data: Json, hiddenPointers: readonly string[]) => Json;

/** What a `FormSession` needs. */
export interface FormSessionOptions {
  definition: FormDefinitionData;
  audience: ReaderAudience;
  birthFamilyRecipient?: number;
  evaluate: RuleEvaluator;
  applyHiddenData?: HiddenDataApplier;
}

/** The outcome of taking in the answers JSON Forms holds after an edit. */
export interface Commit {
  /** The whole document as edited (answers of hidden fields still in it, so showing them again brings them back). */
  full: Json;
  /** What the host is given: `full` with the hidden-data policy applied (hidden `clear` answers taken out). */
  emitted: Json;
  /** The rules' results for it. */
  rules: RuleResults;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The document behind one form on screen: the reader's view of it (core's redaction), the whole
 * document the reader's edits go into, and the rules' results, each worked out once per version of
 * the answers (versions are compared by identity, as JSON Forms never changes data in place).
 */
export class FormSession {
  readonly options: FormSessionOptions;
  private current: AudienceView;
  private readonly fullByView = new WeakMap<object, Json>();
  private readonly rulesByFull = new WeakMap<object, RuleResults>();
  private readonly emittedByFull = new WeakMap<object, Json>();

  constructor(options: FormSessionOptions, data: unknown) {
    this.options = options;
    this.current = this.viewOf(isObject(data) ? data : {});
  }

  /** The view JSON Forms was last given. */
  get view(): AudienceView {
    return this.current;
  }

  private viewOf(full: Json): AudienceView {
    const { definition, audience, birthFamilyRecipient } = this.options;
    const view = audienceView(definition, full, audience, birthFamilyRecipient);
    // The agency's view is the document itself: give JSON Forms its own copy of the top level, so a
    // document the host passes again is always taken as new.
    const shown = view.data === full ? { ...full } : view.data;
    const result = { ...view, data: shown };
    this.fullByView.set(shown, full);
    return result;
  }

  /** Starts again from a document the host gave. */
  reset(data: unknown): AudienceView {
    this.current = this.viewOf(isObject(data) ? data : {});
    return this.current;
  }

  /** The whole document behind a version of the reader's answers. */
  fullOf(viewData: unknown): Json {
    if (!isObject(viewData)) return this.current.full;
    let full = this.fullByView.get(viewData);
    if (!full) {
      full = mergeViewEdits(this.current, viewData);
      this.fullByView.set(viewData, full);
    }
    return full;
  }

  /** The rules' results for a whole document. */
  rulesFor(full: Json): RuleResults {
    let results = this.rulesByFull.get(full);
    if (!results) {
      results = this.options.evaluate(full);
      this.rulesByFull.set(full, results);
    }
    return results;
  }

  /**
   * The document the host is given for a whole document: the answers of fields the rules hide are
   * cleared or kept by each field's `x-hidden-data` policy (core's `applyHiddenData`), as a server
   * applying the same packs would. The screen keeps them, so a field shown again has its answer back.
   * A required list the reader added no rows to is given as `[]` (see `withRequiredLists`).
   */
  emittedOf(full: Json): Json {
    let emitted = this.emittedByFull.get(full);
    if (!emitted) {
      const { definition, applyHiddenData } = this.options;
      const hidden = this.rulesFor(full).hidden;
      const policy = hidden.length > 0 && applyHiddenData ? applyHiddenData(definition, full, hidden) : full;
      emitted = withRequiredLists(definition.schema, policy) as Json;
      this.emittedByFull.set(full, emitted);
    }
    return emitted;
  }

  /**
   * Takes in the reader's answers after an edit. `changed` (pointers into the view, `""` for the whole
   * document) lets the kit's own evaluator re-run only the rules that read them.
   */
  commit(viewData: unknown, changed: readonly string[] = ['']): Commit {
    const before = this.current;
    const full = this.fullOf(viewData);
    const { update } = this.options.evaluate as RuleEvaluator & Partial<IncrementalRules>;
    if (update && !this.rulesByFull.has(full) && this.rulesByFull.has(before.full)) {
      const pointers = changed.map((pointer) => (pointer === '' ? '' : before.toFull(pointer)));
      if (pointers.every((pointer): pointer is string => pointer !== undefined)) {
        this.rulesByFull.set(full, update(before.full, full, pointers));
      }
    }
    if (isObject(viewData) && viewData !== this.current.data) {
      const { definition, audience, birthFamilyRecipient } = this.options;
      // The same view, now standing for the edited document (rows added or removed included).
      this.current = { ...audienceView(definition, full, audience, birthFamilyRecipient), data: viewData };
      this.fullByView.set(viewData, full);
    }
    return { full, emitted: this.emittedOf(full), rules: this.rulesFor(full) };
  }
}
