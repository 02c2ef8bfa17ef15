import { AdoptionSupportFormBase, type FormMode, READER_AUDIENCES, type ReaderAudience } from '@adoption-support/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import type { PreviewState } from '../src/preview/PreviewState';
import { DrawingGuard, ProblemList } from './PreviewNotices';
import { fill, previewStrings } from './previewStrings';
import { previewValidator } from './previewValidator';

const EMPTY = '';
const MODES: readonly FormMode[] = ['edit', 'check', 'view', 'print'];

// The section on screen is kept for the browser tab, so a save (which redraws the form) and a page
// reload come back to it.
const sectionKey = (formId: string) => `adoption-support-preview:${formId}:section`;
const readSection = (formId: string) => {
  const saved = Number(sessionStorage.getItem(sectionKey(formId)));
  return Number.isSafeInteger(saved) && saved >= 0 ? saved : 0;
};

/** A native drop-down list with its label (keyboard and screen-reader friendly everywhere). */
function Choice(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
  width: number;
}) {
  return (
    <TextField
      select
      size="small"
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: props.width }}
    >
      {props.options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </TextField>
  );
}

/**
 * The preview page: the form drawn by the kit's own component, as the reader chosen will see it, in
 * the language chosen, redrawn on the same section whenever a file in its folder is saved.
 */
export function PreviewApp() {
  const [state, setState] = useState<PreviewState | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [locale, setLocale] = useState<string | undefined>();
  const [audience, setAudience] = useState<ReaderAudience>('agency');
  const [mode, setMode] = useState<FormMode>('edit');
  const [example, setExample] = useState<string>('valid.full');
  const [data, setData] = useState<unknown>({});
  const [updatedAt, setUpdatedAt] = useState<string | undefined>();
  const [submitted, setSubmitted] = useState(false);

  const load = useCallback(async () => {
    try {
      const response = await fetch('/api/form', { cache: 'no-store' });
      setState((await response.json()) as PreviewState);
      setFailed(undefined);
      setUpdatedAt(new Date().toLocaleTimeString('en-GB'));
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
  }, []);

  useEffect(() => {
    void load();
    const events = new EventSource('/events');
    events.addEventListener('change', () => void load());
    return () => events.close();
  }, [load]);

  const definition = state?.definition;
  const manifest = definition?.manifest;
  const examples = state?.examples ?? {};
  const exampleNames = Object.keys(examples).filter((n) => n.startsWith('valid.'));
  const activeLocale = locale && manifest?.locales.includes(locale) ? locale : (manifest?.defaultLocale ?? 'en');
  const strings = previewStrings(activeLocale);
  const readers = READER_AUDIENCES.filter((a) => a === 'agency' || manifest?.audiences.includes(a));
  const reader = readers.includes(audience) ? audience : 'agency';

  useEffect(() => {
    document.documentElement.lang = activeLocale;
    document.title = strings.previewOf;
  }, [activeLocale, strings]);

  // A new example (or the first load) replaces the data; a reload after an edit keeps what was typed.
  const exampleData = examples[example];
  const formId = manifest?.id;
  const hasExample = exampleData !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a reload after an edit must keep what was typed, so the data itself is not a dependency.
  useEffect(() => {
    setData(example === EMPTY ? {} : structuredClone(exampleData ?? {}));
    setSubmitted(false);
  }, [example, formId, hasExample]);

  const compiled = useMemo(() => {
    if (!definition || !state?.renderable) return undefined;
    try {
      return { validator: previewValidator(definition.schema) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [definition, state?.renderable]);

  if (failed) return <Alert severity="error">{fill(strings.unreachable, { error: failed })}</Alert>;
  if (!state) return <Typography sx={{ p: 4 }}>{strings.loading}</Typography>;

  let form: ReactNode;
  if (!definition || !compiled) {
    form = <Alert severity="warning">{strings.cannotDrawYet}</Alert>;
  } else if ('error' in compiled) {
    form = (
      <Alert severity="error" role="alert">
        {compiled.error}. {strings.fixAndSave}
      </Alert>
    );
  } else {
    form = (
      <DrawingGuard resetKey={state.revision} strings={strings}>
        <AdoptionSupportFormBase
          definition={definition}
          validator={compiled.validator}
          data={data}
          audience={reader}
          // A birth relative sees only their own row of the relatives offered support: the first one here.
          {...(reader === 'birthFamily' ? { birthFamilyRecipient: 0 } : {})}
          locale={activeLocale}
          mode={mode}
          initialSection={readSection(definition.manifest.id)}
          onSectionChange={(section) => sessionStorage.setItem(sectionKey(definition.manifest.id), String(section))}
          onChange={(change) => {
            setData(change.data);
            setSubmitted(false);
          }}
          onModeChange={setMode}
          onSubmit={() => setSubmitted(true)}
        />
      </DrawingGuard>
    );
  }

  return (
    <Container maxWidth="lg" sx={{ py: 3 }} lang={activeLocale}>
      <Box
        component="section"
        aria-label={strings.previewOf}
        sx={{ mb: 3, pb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        <Typography component="p" variant="h6">
          {strings.previewOf}
          {manifest ? `: ${manifest.id} ${strings.version} ${manifest.version}` : ''}
        </Typography>
        <Typography variant="body2" color="text.secondary" aria-live="polite" sx={{ mb: 2 }}>
          {strings.updates}
          {updatedAt ? ` (${fill(strings.lastUpdated, { time: updatedAt })})` : ''}.
        </Typography>
        {manifest && (
          <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }}>
            {manifest.locales.length > 1 && (
              <Choice
                label={strings.language}
                value={activeLocale}
                onChange={setLocale}
                width={150}
                options={manifest.locales.map((code) => [
                  code,
                  code === 'cy' ? 'Cymraeg (cy)' : code === 'en' ? 'English (en)' : code,
                ])}
              />
            )}
            <Choice
              label={strings.reader}
              value={reader}
              onChange={(value) => setAudience(value as ReaderAudience)}
              width={220}
              options={readers.map((a) => [a, strings.readers[a]])}
            />
            <Choice
              label={strings.view}
              value={mode}
              onChange={(value) => setMode(value as FormMode)}
              width={160}
              options={MODES.map((m) => [m, strings.modes[m]])}
            />
            <Choice
              label={strings.example}
              value={example}
              onChange={setExample}
              width={200}
              options={[...exampleNames.map((n) => [n, n] as const), [EMPTY, strings.emptyForm] as const]}
            />
          </Stack>
        )}
      </Box>
      <ProblemList problems={state.problems} strings={strings} />
      {submitted && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {strings.submitted}
        </Alert>
      )}
      {form}
    </Container>
  );
}
