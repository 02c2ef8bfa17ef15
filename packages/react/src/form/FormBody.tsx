import type { StandaloneValidator } from '@adoption-support/core';
import type { FormDefinitionData } from '@adoption-support/schemas';
import { INIT, type JsonFormsCore, type Middleware, UPDATE_CORE, UPDATE_DATA } from '@jsonforms/core';
import { Box } from '@mui/material';
import { startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormModel } from '../definition/formModel';
import type { KitStrings } from '../i18n/kitStrings';
import { visuallyHidden } from '../renderers/visuallyHidden';
import { placeDerived } from '../rules/placeDerived';
import { coveredBy, type DerivedValue, type RuleEvaluator, type RuleResults } from '../rules/ruleResults';
import type { FormChange, FormSubmission, FormValidity } from '../types';
import { collectErrors, type KitFieldError } from '../validation/collectErrors';
import { CheckAnswersView } from '../views/CheckAnswersView';
import { EditView } from '../views/EditView';
import { PrintView } from '../views/PrintView';
import { FormSession, type HiddenDataApplier } from './FormSession';
import { fieldId } from './fieldId';
import { FieldStore } from './fieldStore';
import { type FormMode, KitContext, type KitContextValue } from './KitContext';
import { recordEmptyLists } from './recordEmptyLists';
import { sectionStatus } from './sectionStatus';

/** Everything `FormBody` needs, resolved by `AdoptionSupportForm`. */
export interface FormBodyProps {
  definition: FormDefinitionData;
  model: FormModel;
  strings: KitStrings;
  data: unknown;
  birthFamilyRecipient: number | undefined;
  validator: StandaloneValidator;
  evaluate: RuleEvaluator;
  applyHiddenData: HiddenDataApplier | undefined;
  mode: FormMode;
  onChange: ((change: FormChange) => void) | undefined;
  onValidityChange: ((validity: FormValidity) => void) | undefined;
  onSubmit: ((submission: FormSubmission) => void) | undefined;
  onModeChange: ((mode: FormMode) => void) | undefined;
  initialSection?: number | undefined;
  onSectionChange?: ((section: number) => void) | undefined;
}

type Json = Record<string, unknown>;

/** One empty list, so that "no errors" never looks like a change to a memoised child. */
const NO_ERRORS: readonly KitFieldError[] = Object.freeze([]);

/** Where the focus should go after the next render. */
type FocusTarget = { kind: 'summary' } | { kind: 'section' } | { kind: 'field'; pointer: string; part?: string };

const errorSignature = (errors: readonly KitFieldError[]) =>
  errors.map((e) => `${e.pointer}\u0000${e.message}\u0000${e.parts?.join(',') ?? ''}`).join('\u0001');

/** Rule results with their pointers moved into the reader's view (what cannot be seen is dropped). */
function rulesInView(rules: RuleResults, toView: (pointer: string) => string | undefined): RuleResults {
  const map = (pointers: readonly string[]) => pointers.map(toView).filter((p): p is string => p !== undefined);
  return {
    derived: rules.derived,
    hidden: map(rules.hidden),
    disabled: map(rules.disabled),
    required: map(rules.required),
    messages: rules.messages,
  };
}

/**
 * One form on screen: holds the document while the reader works on it, runs validation and rules,
 * and shows the edit, check-answers or print view. Remounted (by key) when the form, the audience
 * or the birth-family recipient changes.
 */
export function FormBody(props: FormBodyProps) {
  const { definition, model, strings, validator, evaluate, onChange, onValidityChange, onSubmit, onModeChange } = props;
  const idPrefix = `asf${useId().replace(/[^A-Za-z0-9_]/g, '')}`;
  // The session starts from the data it was created with; later data arrives through `reset`.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  const session = useMemo(
    () =>
      new FormSession(
        {
          definition,
          audience: model.audience,
          evaluate,
          ...(props.birthFamilyRecipient === undefined ? {} : { birthFamilyRecipient: props.birthFamilyRecipient }),
          ...(props.applyHiddenData ? { applyHiddenData: props.applyHiddenData } : {}),
        },
        props.data,
      ),
    [definition, model.audience, evaluate, props.birthFamilyRecipient, props.applyHiddenData],
  );
  const [pushed, setPushed] = useState<Json>(() => session.view.data);
  const [full, setFull] = useState<Json>(() => session.view.full);
  const [mode, setMode] = useState<FormMode>(props.mode);
  const [active, setActive] = useState(() =>
    Number.isSafeInteger(props.initialSection) ? Math.max(0, props.initialSection as number) : 0,
  );
  const [revealed, setRevealed] = useState<ReadonlySet<number> | 'all'>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<{ target: FocusTarget; serial: number } | undefined>();
  const rootRef = useRef<HTMLDivElement>(null);
  const lastEmitted = useRef<unknown>(props.data);
  const lastValidity = useRef<boolean | undefined>(undefined);
  const focusSerial = useRef(0);
  // The answers field by field: every keystroke is in it at once (see FieldStore).
  const store = useMemo(() => new FieldStore(session.view.data), [session]);

  // A new session (rules or recipient changed): start from its view.
  const [sessionSeen, setSessionSeen] = useState(session);
  if (sessionSeen !== session) {
    setSessionSeen(session);
    setPushed(session.view.data);
    setFull(session.view.full);
  }

  useEffect(() => setMode(props.mode), [props.mode]);

  // A fresh cache whenever what the errors depend on changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are what invalidates it.
  const errorCache = useMemo(() => new WeakMap<object, KitFieldError[]>(), [model, validator, strings, session]);
  const errorsFor = useCallback(
    (doc: Json): KitFieldError[] => {
      let errors = errorCache.get(doc);
      if (!errors) {
        errors = collectErrors({
          model,
          data: doc,
          validator,
          strings,
          rules: session.rulesFor(doc),
          toView: session.view.toView,
        });
        errorCache.set(doc, errors);
      }
      return errors;
    },
    [errorCache, model, validator, strings, session],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh cache for each session.
  const viewRules = useMemo(() => new WeakMap<object, RuleResults>(), [session]);
  const rulesFor = useCallback(
    (viewData: unknown): RuleResults => {
      if (typeof viewData !== 'object' || viewData === null)
        return rulesInView(session.rulesFor(session.view.full), session.view.toView);
      let results = viewRules.get(viewData);
      if (!results) {
        results = rulesInView(session.rulesFor(session.fullOf(viewData)), session.view.toView);
        viewRules.set(viewData, results);
      }
      return results;
    },
    [session, viewRules],
  );

  /** Gives the fields, through the store, what the rules say of a whole document. */
  const publishRules = useCallback(
    (doc: Json) => {
      const rules = session.rulesFor(doc);
      const atFields = new Map<string, DerivedValue>();
      for (const p of placeDerived(model, rules.derived, session.view.toView)) {
        if (p.atField) atFields.set(p.pointer, p.derived);
      }
      store.setRules(rulesInView(rules, session.view.toView), atFields);
    },
    [model, session, store],
  );
  // The fields of a new store read the rules in their first render.
  const [published, setPublished] = useState<FieldStore | undefined>();
  if (published !== store) {
    publishRules(session.view.full);
    setPublished(store);
  }

  // Data from the host that is not what the form last sent: take it as the new document.
  useEffect(() => {
    if (props.data === lastEmitted.current) return;
    lastEmitted.current = props.data;
    // A copy of the document the form already holds (a host that stores and passes back what it got).
    const current = session.fullOf(store.data);
    if (JSON.stringify(props.data ?? {}) === JSON.stringify(session.emittedOf(current))) return;
    // The host's document replaces the one on screen: keystrokes still waiting for a pause belong to
    // the document being replaced and must not be committed.
    store.cancel();
    const view = session.reset(props.data);
    store.replace(view.data);
    publishRules(view.full);
    setPushed(view.data);
    setFull(view.full);
  }, [props.data, session, store, publishRules]);

  const visibleDerived = useCallback(
    (doc: Json) => placeDerived(model, session.rulesFor(doc).derived, session.view.toView),
    [model, session],
  );

  /** Sends the host the state of a document. */
  const emit = useCallback(
    (full: Json) => {
      const doc = session.emittedOf(full);
      const errors = errorsFor(doc);
      const valid = errors.length === 0;
      const derived = visibleDerived(doc).map((p) => p.derived);
      lastEmitted.current = doc;
      onChange?.({ data: doc, valid, errors, derived });
      if (lastValidity.current !== valid) {
        lastValidity.current = valid;
        onValidityChange?.({ valid, errors });
      }
    },
    [session, errorsFor, visibleDerived, onChange, onValidityChange],
  );

  // Tell the host once, after mounting, whether the document it gave is valid.
  useEffect(() => {
    if (lastValidity.current !== undefined) return;
    const errors = errorsFor(session.emittedOf(session.view.full));
    lastValidity.current = errors.length === 0;
    onValidityChange?.({ valid: errors.length === 0, errors });
  }, [errorsFor, session, onValidityChange]);

  /**
   * Takes in the store's answers: validation, the rules (their results go to the fields through the
   * store) and the host's `onChange`. The rest of the screen (statuses, errors) catches up in a
   * transition while typing, and at once for Continue and Submit (`urgent`). JSON Forms is given the
   * document only when the rules show or hide a question, so a keystroke never redraws the section.
   */
  const takeIn = useCallback(
    (viewData: unknown, urgent = false, changed: readonly string[] = ['']): Json => {
      if (viewData === session.view.data) {
        if (urgent) setFull(session.view.full);
        return session.view.full;
      }
      const hiddenBefore = store.ruleResults.hidden.join('\u0000');
      const commit = session.commit(viewData, changed);
      publishRules(commit.full);
      const shownOrHidden = store.ruleResults.hidden.join('\u0000') !== hiddenBefore;
      const update = () => {
        setFull(commit.full);
        if (shownOrHidden) setPushed(viewData as Json);
      };
      if (urgent) update();
      else startTransition(update);
      emit(commit.full);
      return commit.full;
    },
    [session, store, emit, publishRules],
  );
  const takeInRef = useRef(takeIn);
  takeInRef.current = takeIn;
  useEffect(() => {
    // Only the rules that read the pointers edited since the last commit run again.
    store.onCommit((data, changed, urgent) => takeInRef.current(data, urgent, changed));
    return () => {
      // Nothing typed is committed to a form that has gone.
      store.onCommit(undefined);
      store.cancel();
    };
  }, [store]);

  // JSON Forms keeps its own copy of the answers, which falls behind while the reader types (the
  // store has every keystroke). Whenever JSON Forms takes in data or changes it itself (rows added,
  // removed or moved), it starts from the store's document, and its result goes back to the store.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh cache for each store.
  const reduced = useMemo(() => new WeakMap<object, JsonFormsCore>(), [store]);
  const middleware = useCallback<Middleware>(
    (state, action, reducer) => {
      if (action.type === UPDATE_CORE || action.type === INIT)
        return reducer(state, { ...action, data: store.data } as typeof action);
      if (action.type !== UPDATE_DATA) return reducer(state, action);
      // React may run this again for the same action: it is applied to the store once.
      let result = reduced.get(action);
      if (!result) {
        result = reducer({ ...state, data: store.data }, action);
        reduced.set(action, result);
        // JSON Forms redraws the section with it: the fields read it then.
        if (typeof result.data === 'object' && result.data !== null) store.replace(result.data as Json, true);
      }
      return { ...state, data: result.data, errors: result.errors };
    },
    [store, reduced],
  );

  // `full` moves on in a transition while the reader types, so the checks below never hold up a keystroke.
  const allErrors = errorsFor(session.emittedOf(full));
  const shown = useMemo(
    () => allErrors.filter((e) => revealed === 'all' || revealed.has(e.section)),
    [allErrors, revealed],
  );
  const shownSignature = errorSignature(shown);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for the errors' content.
  const shownErrors = useMemo(() => shown, [shownSignature]);
  const errorMap = useMemo(() => new Map(shownErrors.map((e) => [e.pointer, e])), [shownErrors]);
  // `full` moves on with every edit; `session.view.data` is the view of it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  const computedStatuses = useMemo(
    () =>
      model.sections.map((section) =>
        sectionStatus(section, session.view.data, allErrors, revealed === 'all' || revealed.has(section.index)),
      ),
    [model, allErrors, revealed, full, session],
  );
  const statusSignature = computedStatuses.map((s) => `${s.state}:${s.errorCount}`).join(',');
  // The same array while nothing in it changes, so the task list is not redrawn at every keystroke.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for the statuses.
  const statuses = useMemo(() => computedStatuses, [statusSignature]);
  const computedPlaced = useMemo(() => visibleDerived(full), [visibleDerived, full]);
  const placedSignature = JSON.stringify(computedPlaced.map((p) => [p.pointer, p.derived.value, p.derived.ruleId]));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for the values.
  const placed = useMemo(() => computedPlaced, [placedSignature]);

  const announce = useCallback((message: string) => {
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(message), 50);
  }, []);

  const requestFocus = useCallback((target: FocusTarget) => {
    focusSerial.current += 1;
    setFocus({ target, serial: focusSerial.current });
  }, []);

  useEffect(() => {
    if (!focus || !rootRef.current) return;
    const root = rootRef.current;
    const byId = (id: string) => root.querySelector<HTMLElement>(`#${id}`);
    const { target } = focus;
    let element: HTMLElement | null = null;
    if (target.kind === 'summary') element = root.querySelector<HTMLElement>('.asf-error-summary');
    else if (target.kind === 'section') element = root.querySelector<HTMLElement>('.asf-section-heading');
    else {
      element =
        (target.part ? byId(fieldId(idPrefix, target.pointer, target.part)) : null) ??
        byId(fieldId(idPrefix, target.pointer));
      const tokens = target.pointer.split('/');
      while (!element && tokens.length > 1) {
        tokens.pop();
        element = byId(fieldId(idPrefix, tokens.join('/')));
      }
      element ??= root.querySelector<HTMLElement>('.asf-section-heading');
    }
    element?.focus();
  }, [focus, idPrefix]);

  const changeMode = useCallback(
    (next: FormMode) => {
      setMode(next);
      onModeChange?.(next);
    },
    [onModeChange],
  );

  /** The document as it stands, every keystroke committed. */
  const flush = useCallback(() => {
    store.settle();
    return takeIn(store.data, true);
  }, [store, takeIn]);

  const goToSection = useCallback(
    (index: number) => {
      flush();
      setActive(index);
      requestFocus({ kind: 'section' });
    },
    [flush, requestFocus],
  );

  const followError = useCallback(
    (error: KitFieldError) => {
      flush();
      if (mode !== 'edit') changeMode('edit');
      setActive(error.section);
      requestFocus({ kind: 'field', pointer: error.pointer, ...(error.parts?.[0] ? { part: error.parts[0] } : {}) });
    },
    [flush, mode, changeMode, requestFocus],
  );

  const reveal = useCallback((sections: ReadonlySet<number> | 'all') => {
    setRevealed((current) => {
      if (current === 'all' || sections === 'all') return 'all';
      return new Set([...current, ...sections]);
    });
  }, []);

  const continueFrom = useCallback(
    (index: number) => {
      const section = model.sections[index];
      // Keystrokes still waiting for the pause go in first, so the lists below are added to them.
      store.settle();
      const before = store.data;
      if (section) {
        const recorded = recordEmptyLists(model.definition.schema, section, before, rulesFor(before).hidden);
        if (recorded !== before) {
          // Given to the fields and to JSON Forms as new data, and taken in as an edit.
          store.replace(recorded);
          setPushed(recorded);
        }
      }
      const doc = session.emittedOf(flush());
      const errors = errorsFor(doc).filter((e) => e.section === index);
      reveal(new Set([index]));
      if (errors.length > 0) {
        requestFocus({ kind: 'summary' });
        return;
      }
      if (index + 1 < model.sections.length) {
        setActive(index + 1);
        requestFocus({ kind: 'section' });
      } else {
        changeMode('check');
        requestFocus({ kind: 'section' });
      }
    },
    [session, model, store, rulesFor, flush, errorsFor, reveal, requestFocus, changeMode],
  );

  const submit = useCallback(() => {
    const doc = session.emittedOf(flush());
    const errors = errorsFor(doc);
    reveal('all');
    if (errors.length > 0) {
      requestFocus({ kind: 'summary' });
      return;
    }
    onSubmit?.({ data: doc, derived: visibleDerived(doc).map((p) => p.derived) });
  }, [session, flush, errorsFor, reveal, requestFocus, onSubmit, visibleDerived]);

  const changeAnswer = useCallback(
    (pointer: string) => {
      const section = model.sectionOf(pointer) ?? 0;
      changeMode('edit');
      setActive(section);
      requestFocus({ kind: 'field', pointer });
    },
    [model, changeMode, requestFocus],
  );

  const kit = useMemo<KitContextValue>(
    () => ({
      model,
      strings,
      mode,
      idPrefix,
      errors: errorMap,
      isLocked: (pointer) => session.view.isLocked(pointer),
      announce,
      store,
    }),
    [model, strings, mode, idPrefix, errorMap, session, announce, store],
  );

  const viewNow = session.view.data;
  const hiddenNow = rulesFor(viewNow).hidden;
  const summaryErrors = revealed === 'all' || (revealed as ReadonlySet<number>).size > 0 ? shownErrors : NO_ERRORS;
  const section = Math.min(active, Math.max(model.sections.length - 1, 0));
  const onSectionChange = props.onSectionChange;
  const reportedSection = useRef(section);
  useEffect(() => {
    if (reportedSection.current === section) return;
    reportedSection.current = section;
    onSectionChange?.(section);
  }, [section, onSectionChange]);

  return (
    <KitContext.Provider value={kit}>
      <Box
        ref={rootRef}
        className={`asf-root asf-mode-${mode}`}
        lang={strings.locale}
        sx={{ containerType: 'inline-size' }}
      >
        {model.sections.length === 0 ? (
          <Box component="p" role="status">
            {strings.text('kit.empty.nothingToShow')}
          </Box>
        ) : mode === 'edit' ? (
          <EditView
            active={section}
            statuses={statuses}
            summaryErrors={summaryErrors}
            data={pushed}
            placed={placed}
            evaluateHidden={(pointer) => coveredBy(store.ruleResults.hidden, pointer)}
            middleware={middleware}
            onJsonFormsChange={() => store.settle()}
            onSelectSection={goToSection}
            onFollowError={followError}
            onContinue={continueFrom}
          />
        ) : mode === 'check' ? (
          <CheckAnswersView
            data={viewNow}
            hidden={hiddenNow}
            placed={placed}
            summaryErrors={summaryErrors}
            onFollowError={followError}
            onChangeAnswer={changeAnswer}
            onSubmit={submit}
          />
        ) : (
          <PrintView data={viewNow} hidden={hiddenNow} placed={placed} />
        )}
        <Box aria-live="polite" role="status" className="asf-live" sx={visuallyHidden}>
          {announcement}
        </Box>
      </Box>
    </KitContext.Provider>
  );
}
