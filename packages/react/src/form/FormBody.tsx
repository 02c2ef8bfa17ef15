import type { StandaloneValidator } from '@adoption-support/core';
import type { FormDefinitionData } from '@adoption-support/schemas';
import { INIT, type Middleware, UPDATE_CORE } from '@jsonforms/core';
import { Box } from '@mui/material';
import { startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FormModel } from '../definition/formModel';
import type { KitStrings } from '../i18n/kitStrings';
import { visuallyHidden } from '../renderers/visuallyHidden';
import { type PlacedDerived, placeDerived } from '../rules/placeDerived';
import { coveredBy, type RuleEvaluator, type RuleResults } from '../rules/ruleResults';
import type { FormChange, FormSubmission, FormValidity } from '../types';
import { collectErrors, type KitFieldError } from '../validation/collectErrors';
import { CheckAnswersView } from '../views/CheckAnswersView';
import { EditView } from '../views/EditView';
import { PrintView } from '../views/PrintView';
import { AfterPaintQueue } from './afterPaint';
import { FormSession, type HiddenDataApplier } from './FormSession';
import { fieldId } from './fieldId';
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
  const latestView = useRef<unknown>(pushed);
  const focusSerial = useRef(0);
  const afterPaint = useMemo(() => new AfterPaintQueue(), []);
  // Nothing typed is handed to a form that has gone.
  useEffect(() => () => afterPaint.cancel(), [afterPaint]);

  // A new session (rules or recipient changed): start from its view.
  const [sessionSeen, setSessionSeen] = useState(session);
  if (sessionSeen !== session) {
    setSessionSeen(session);
    setPushed(session.view.data);
    setFull(session.view.full);
    latestView.current = session.view.data;
  }

  useEffect(() => setMode(props.mode), [props.mode]);

  // Data from the host that is not what the form last sent: take it as the new document.
  useEffect(() => {
    if (props.data === lastEmitted.current) return;
    lastEmitted.current = props.data;
    // A copy of the document the form already holds (a host that stores and passes back what it got).
    const current = session.fullOf(latestView.current);
    if (JSON.stringify(props.data ?? {}) === JSON.stringify(session.emittedOf(current))) return;
    // The host's document replaces the one on screen: keystrokes still waiting for a pause belong to
    // the document being replaced and must not land on the new one.
    afterPaint.cancel();
    const view = session.reset(props.data);
    latestView.current = view.data;
    setPushed(view.data);
    setFull(view.full);
  }, [props.data, session, afterPaint]);

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
   * Takes in the answers JSON Forms holds and tells the host. The rest of the screen (statuses,
   * errors) catches up in a transition while typing, and at once for Continue and Submit (`urgent`).
   */
  const takeIn = useCallback(
    (viewData: unknown, urgent = false): Json => {
      if (viewData === session.view.data) {
        if (urgent) setFull(session.view.full);
        return session.view.full;
      }
      const commit = session.commit(viewData);
      if (urgent) setFull(commit.full);
      else startTransition(() => setFull(commit.full));
      emit(commit.full);
      return commit.full;
    },
    [session, emit],
  );

  // JSON Forms keeps its own copy of the answers. The middleware notes the newest one, and never lets
  // JSON Forms go back to an older copy it already had (an update of another prop carries the data
  // the form was last given, which may be older than what the reader has typed since).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh set for each session.
  const applied = useMemo(() => new WeakSet<object>(), [session]);
  const middleware = useCallback<Middleware>(
    (state, action, reducer) => {
      let next = action;
      if ((action.type === UPDATE_CORE || action.type === INIT) && state.data !== undefined) {
        const incoming = (action as { data?: unknown }).data;
        if (incoming !== state.data && typeof incoming === 'object' && incoming !== null && applied.has(incoming)) {
          next = { ...action, data: state.data } as typeof action;
        }
      }
      const result = reducer(state, next);
      if (typeof result.data === 'object' && result.data !== null) applied.add(result.data);
      latestView.current = result.data;
      return result;
    },
    [applied],
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

  /** The document as it stands, including the last keystrokes JSON Forms may not have had yet. */
  const flush = useCallback(() => {
    flushSync(() => afterPaint.settle());
    return takeIn(latestView.current, true);
  }, [afterPaint, takeIn]);

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
      // Keystrokes still waiting for their paint go in first, so the lists below are added to them.
      flushSync(() => afterPaint.settle());
      const before = latestView.current;
      if (section && typeof before === 'object' && before !== null) {
        const recorded = recordEmptyLists(model.definition.schema, section, before as Json, rulesFor(before).hidden);
        if (recorded !== before) {
          // Given to JSON Forms as new data, and taken in as an edit.
          latestView.current = recorded;
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
    [session, model, rulesFor, afterPaint, flush, errorsFor, reveal, requestFocus, changeMode],
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

  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh cache for each form model and session.
  const derivedByRules = useMemo(() => new WeakMap<object, Map<string, PlacedDerived>>(), [model, session]);
  const derivedAt = useCallback(
    (viewData: unknown, pointer: string) => {
      const doc = typeof viewData === 'object' && viewData !== null ? session.fullOf(viewData) : session.view.full;
      const rules = session.rulesFor(doc);
      let atFields = derivedByRules.get(rules);
      if (!atFields) {
        atFields = new Map(
          placeDerived(model, rules.derived, session.view.toView)
            .filter((p) => p.atField)
            .map((p) => [p.pointer, p]),
        );
        derivedByRules.set(rules, atFields);
      }
      return atFields.get(pointer)?.derived;
    },
    [model, session, derivedByRules],
  );

  const kit = useMemo<KitContextValue>(
    () => ({
      model,
      strings,
      mode,
      idPrefix,
      errors: errorMap,
      rulesFor,
      derivedAt,
      isLocked: (pointer) => session.view.isLocked(pointer),
      announce,
      afterPaint,
    }),
    [model, strings, mode, idPrefix, errorMap, rulesFor, derivedAt, session, announce, afterPaint],
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
            evaluateHidden={(pointer, viewData) => coveredBy(rulesFor(viewData).hidden, pointer)}
            middleware={middleware}
            onJsonFormsChange={takeIn}
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
