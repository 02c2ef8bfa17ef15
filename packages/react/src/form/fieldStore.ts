import { coveredBy, type DerivedValue, NO_RULE_RESULTS, type RuleResults } from '../rules/ruleResults';
import { pathToPointer } from './fieldId';

/** How long the typist must pause before what they typed is validated, run through the rules and sent (milliseconds). */
export const QUIET_MS = 150;

type Json = Record<string, unknown>;
type Listener = () => void;

/** What the rules say of one field, the same object while none of it changes. */
export interface FieldRules {
  required: boolean;
  disabled: boolean;
  derived: DerivedValue | undefined;
}

/** Called with the document and the pointers (into the reader's view) edited since the last call. */
export type CommitListener = (data: Json, changed: readonly string[], urgent: boolean) => void;

/** Numbers each document a store starts from or is given, across stores (see `FieldStore.replacements`). */
let documentsGiven = 0;

const isContainer = (value: unknown): value is Json | unknown[] => typeof value === 'object' && value !== null;

/** Sets an own, enumerable property (a `__proto__` key stays data, never becomes the prototype). */
function define(target: Json | unknown[], key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A shallow copy that keeps every own key as data (`__proto__` included). */
function copyOf(value: Json | unknown[]): Json | unknown[] {
  if (Array.isArray(value)) return [...value];
  const copy: Json = {};
  for (const key of Object.keys(value)) define(copy, key, value[key]);
  return copy;
}

/** JSON Forms' dotted path (`supportItems.0.objective`) as keys; the empty path is the document. */
const keysOf = (path: string): string[] => (path === '' ? [] : path.split('.'));

/** The value at a dotted path, reading own properties only (never `constructor` from a prototype). */
export function valueAtPath(data: unknown, path: string): unknown {
  let node: unknown = data;
  for (const key of keysOf(path)) {
    if (!isContainer(node) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

/**
 * A copy of `data` with `value` at a dotted path, sharing every untouched branch. Missing containers
 * on the way are made (a list for a numeric key, as JSON Forms does); `undefined` removes the key, as
 * JSON Forms does when an answer is cleared. Iterative, so a deep path costs its length only.
 */
export function withValueAtPath(data: Json, path: string, value: unknown): Json {
  const keys = keysOf(path);
  if (keys.length === 0) return isContainer(value) && !Array.isArray(value) ? (value as Json) : {};
  const root = copyOf(data) as Json;
  let parent: Json | unknown[] = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i] as string;
    const existing: unknown = Object.hasOwn(parent, key) ? (parent as Json)[key] : undefined;
    const child: Json | unknown[] = isContainer(existing)
      ? copyOf(existing)
      : /^\d+$/.test(keys[i + 1] as string)
        ? []
        : {};
    define(parent, key, child);
    parent = child;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined && !Array.isArray(parent)) delete (parent as Json)[last];
  else define(parent, last, value);
  return root;
}

/** Whether one dotted path is the other, or inside it. */
const related = (a: string, b: string) =>
  a === b || a === '' || b === '' || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

const sameDerived = (a: DerivedValue | undefined, b: DerivedValue | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.ruleId === b.ruleId &&
    a.source === b.source &&
    a.messageKey === b.messageKey &&
    JSON.stringify(a.value) === JSON.stringify(b.value));

/**
 * The answers on screen, field by field. Each control subscribes to its own path
 * (`useSyncExternalStore`), so a keystroke re-renders the field typed in and nothing else; JSON Forms
 * keeps the layout, testers and translations, and is given the document only when what it shows
 * changes (a section entered, rows added or moved, a question shown or hidden by the rules).
 *
 * Validation, the rules and the host's `onChange` run on the whole document once the typist pauses
 * for {@link QUIET_MS} (`typing` edits), at once for a choice, and at once when {@link settle} is
 * called (leaving a box, Continue, Submit, a change of section, moving a row). The commit listener is
 * given the pointers edited since the last commit (`""` once the document was replaced), so that only
 * the rules that read them run again.
 */
export class FieldStore {
  private doc: Json;
  private rules: RuleResults = NO_RULE_RESULTS;
  private derivedAt: ReadonlyMap<string, DerivedValue> = new Map();
  private readonly fieldRules = new Map<string, FieldRules>();
  private readonly byPath = new Map<string, Set<Listener>>();
  private readonly ruleListeners = new Set<Listener>();
  private readonly replaceListeners = new Set<Listener>();
  private replaced = ++documentsGiven;
  private changed = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly quietMs: number;
  private commitListener: CommitListener | undefined;

  constructor(data: Json, quietMs = QUIET_MS) {
    this.doc = data;
    this.quietMs = quietMs;
  }

  /** The document as it stands, every keystroke included. */
  get data(): Json {
    return this.doc;
  }

  /** Whether edits are waiting for the typist's pause. */
  get pending(): boolean {
    return this.changed.size > 0;
  }

  /** The value at a JSON Forms path. */
  valueAt = (path: string): unknown => valueAtPath(this.doc, path);

  /** Listens for changes at, above or below a path; returns the unsubscribe function. */
  subscribe(path: string, listener: Listener): () => void {
    let set = this.byPath.get(path);
    if (!set) {
      set = new Set();
      this.byPath.set(path, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.byPath.get(path) === set) this.byPath.delete(path);
    };
  }

  /** Where whole-document work goes: validation, rules, the host's events (set by the form). */
  onCommit(listener: CommitListener | undefined): void {
    this.commitListener = listener;
  }

  /**
   * An answer given in a field: the fields at that path hear of it at once, except `source` (a box
   * that already shows what was typed has nothing to redraw); the document is committed after the
   * typist's pause (`typing`) or at once.
   */
  set(path: string, value: unknown, typing: boolean, source?: Listener): void {
    if (typeof path !== 'string') return;
    this.doc = withValueAtPath(this.doc, path, value);
    this.changed.add(pathToPointer(path));
    for (const [listened, listeners] of this.byPath) {
      if (!related(listened, path)) continue;
      for (const listener of [...listeners]) if (listener !== source) listener();
    }
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (typing) this.timer = setTimeout(() => this.commit(false), this.quietMs);
    else this.commit(true);
  }

  /**
   * A whole document from outside the fields (the host's, a section's empty lists recorded, JSON
   * Forms' own edit of a list): every field is asked whether its value changed. `silently` when
   * JSON Forms is about to redraw the section anyway (no listener may run while React renders).
   */
  replace(data: Json, silently = false): void {
    if (data === this.doc) return;
    this.doc = data;
    this.replaced = ++documentsGiven;
    // Anything may have changed: the next commit re-runs every rule.
    this.changed.add('');
    if (silently) return;
    for (const listeners of [...this.byPath.values()]) for (const listener of [...listeners]) listener();
    for (const listener of [...this.replaceListeners]) listener();
  }

  /**
   * A number that changes whenever the document is replaced from outside the fields, different for
   * every store (a new store is made when the rules or the reader change). A box that was not told
   * of its own keystrokes compares itself with the store again when this changes, even if its value
   * is the one it was last drawn with (the host gave back the document from before the typing).
   */
  get replacements(): number {
    return this.replaced;
  }

  /** Listens for documents replaced from outside the fields; returns the unsubscribe function. */
  subscribeReplacements = (listener: Listener): (() => void) => {
    this.replaceListeners.add(listener);
    return () => this.replaceListeners.delete(listener);
  };

  /** Commits what is waiting now, before anything reads the answers. */
  settle(): void {
    this.commit(true);
  }

  /** Forgets the edits waiting for a pause (the host gave another document, or the form has gone). */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.changed.clear();
  }

  private commit(urgent: boolean): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const changed = [...this.changed];
    this.changed.clear();
    this.commitListener?.(this.doc, changed, urgent);
  }

  /** The rules' results for the document last committed (pointers into the reader's view). */
  get ruleResults(): RuleResults {
    return this.rules;
  }

  /** Listens for new rule results; returns the unsubscribe function. */
  subscribeRules = (listener: Listener): (() => void) => {
    this.ruleListeners.add(listener);
    return () => this.ruleListeners.delete(listener);
  };

  /** New rule results, and the derived values shown at fields, by pointer. Fields whose part changed hear of it. */
  setRules(rules: RuleResults, derivedAt: ReadonlyMap<string, DerivedValue>): void {
    if (rules === this.rules) return;
    this.rules = rules;
    this.derivedAt = derivedAt;
    for (const listener of [...this.ruleListeners]) listener();
  }

  /** What the rules say of the field at a pointer: the same object until that changes. */
  rulesAt(pointer: string): FieldRules {
    const next: FieldRules = {
      required: this.rules.required.includes(pointer),
      disabled: coveredBy(this.rules.disabled, pointer),
      derived: this.derivedAt.get(pointer),
    };
    const before = this.fieldRules.get(pointer);
    if (
      before &&
      before.required === next.required &&
      before.disabled === next.disabled &&
      sameDerived(before.derived, next.derived)
    )
      return before;
    this.fieldRules.set(pointer, next);
    return next;
  }
}
