import type { StandaloneValidator } from '@adoption-support/core';
import type { FormDefinitionData } from '@adoption-support/schemas';
import { Box } from '@mui/material';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormModel } from '../definition/formModel';
import type { KitStrings } from '../i18n/kitStrings';
import { focusStyles } from '../renderers/focusStyle';
import { visuallyHidden } from '../renderers/visuallyHidden';
import { coveredBy, type RuleEvaluator } from '../rules/ruleResults';
import type { FormChange, FormSubmission, FormValidity } from '../types';
import { CheckAnswersView } from '../views/CheckAnswersView';
import { EditView } from '../views/EditView';
import { PrintView } from '../views/PrintView';
import { ReadView } from '../views/ReadView';
import { type Revealed, useContinueAndSubmit } from './continueAndSubmit';
import { FormSession, type HiddenDataApplier } from './FormSession';
import { FieldStore } from './fieldStore';
import { useFocusRequest } from './focusRequest';
import { useErrorsFor } from './formErrors';
import { useHostDocument } from './hostDocument';
import { type FormMode, KitContext, type KitContextValue } from './KitContext';
import { useScreenSummaries } from './screenSummaries';
import { useSectionNavigation } from './sectionNavigation';
import { useStoreCommits } from './storeCommits';
import { useStoreMiddleware } from './storeMiddleware';
import { useViewRules } from './viewRules';

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

/**
 * One form on screen: holds the document while the reader works on it, runs validation and rules,
 * and shows the edit, check-answers, print or read-only view. Remounted (by key) when the form, the audience
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
  const [revealed, setRevealed] = useState<Revealed>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
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

  const errorsFor = useErrorsFor(model, validator, strings, session);
  const { rulesFor, publishRules, visibleDerived } = useViewRules(model, session, store);
  const emit = useHostDocument({
    data: props.data,
    session,
    store,
    publishRules,
    errorsFor,
    visibleDerived,
    onChange,
    onValidityChange,
    setPushed,
    setFull,
  });
  const flush = useStoreCommits({ session, store, publishRules, emit, setPushed, setFull });
  const middleware = useStoreMiddleware(store);
  const { errorMap, summaryErrors, statuses, placed } = useScreenSummaries({
    model,
    session,
    full,
    revealed,
    errorsFor,
    visibleDerived,
  });

  const announce = useCallback((message: string) => {
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(message), 50);
  }, []);

  const { rootRef, requestFocus } = useFocusRequest(idPrefix);

  const changeMode = useCallback(
    (next: FormMode) => {
      setMode(next);
      onModeChange?.(next);
    },
    [onModeChange],
  );

  const { goToSection, followError, changeAnswer } = useSectionNavigation({
    model,
    mode,
    changeMode,
    flush,
    setActive,
    requestFocus,
  });
  const { continueFrom, submit } = useContinueAndSubmit({
    model,
    session,
    store,
    rulesFor,
    errorsFor,
    visibleDerived,
    flush,
    changeMode,
    setActive,
    setPushed,
    setRevealed,
    requestFocus,
    onSubmit,
  });

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
        sx={{ containerType: 'inline-size', ...focusStyles }}
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
        ) : mode === 'view' ? (
          <ReadView data={viewNow} hidden={hiddenNow} placed={placed} />
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
