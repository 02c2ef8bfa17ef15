import type { JsonSchema, Translator, UISchemaElement } from '@jsonforms/core';
import { materialCells, materialRenderers } from '@jsonforms/material-renderers';
import { JsonForms } from '@jsonforms/react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { Component, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import type { LintProblem } from '../src/lint/LintProblem';
import type { PreviewState } from '../src/preview/PreviewState';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

const EMPTY = '(empty form)';

function createPreviewAjv() {
  // The preview compiles the schema in the page; published renderers use precompiled validators.
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
  addFormats(ajv);
  return ajv;
}

/** Shows the problems instead of a blank page when the form cannot be drawn. */
class DrawingGuard extends Component<{ children: ReactNode; resetKey: number }, { error?: string }> {
  override state: { error?: string } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override componentDidUpdate(previous: { resetKey: number }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }
  override render() {
    if (this.state.error) {
      return (
        <Alert severity="error" role="alert">
          <AlertTitle>The form could not be drawn</AlertTitle>
          {this.state.error}. Fix the problems listed above and save: the page updates by itself.
        </Alert>
      );
    }
    return this.props.children;
  }
}

function ProblemList({ problems }: { problems: LintProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mb: 3 }}>
      <AlertTitle>
        {problems.length === 1 ? '1 problem' : `${problems.length} problems`} found by adoption-support lint
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {problems.map((p) => {
          const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
          const place = [p.section && `section "${p.section}"`, p.field && `field "${p.field}"`]
            .filter(Boolean)
            .join(', ');
          return (
            <li key={`${where}${p.pointer}${p.message}`}>
              <strong>{where}</strong>
              {p.pointer ? ` at ${p.pointer}` : ''}
              {place ? ` (${place})` : ''}: {p.message} <em>Fix:</em> {p.fix}
            </li>
          );
        })}
      </Box>
    </Alert>
  );
}

/** The preview page: the form as it is on disk, redrawn whenever a file in its folder is saved. */
export function PreviewApp() {
  const [state, setState] = useState<PreviewState | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [locale, setLocale] = useState<string | undefined>();
  const [example, setExample] = useState<string>('valid.full');
  const [data, setData] = useState<unknown>({});
  const [updatedAt, setUpdatedAt] = useState<string | undefined>();
  const ajv = useMemo(createPreviewAjv, []);

  const load = useCallback(async () => {
    try {
      const response = await fetch('/api/form', { cache: 'no-store' });
      const next = (await response.json()) as PreviewState;
      setState(next);
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
  const examples = state?.examples ?? {};
  const exampleNames = Object.keys(examples).filter((n) => n.startsWith('valid.'));
  const activeLocale =
    locale && definition?.manifest.locales.includes(locale) ? locale : (definition?.manifest.defaultLocale ?? 'en');
  const strings = definition?.locales[activeLocale] ?? {};

  // A new example (or the first load) replaces the data; a reload after an edit keeps what was typed.
  const exampleData = examples[example];
  const formId = definition?.manifest.id;
  const hasExample = exampleData !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a reload after an edit must keep what was typed, so the data itself is not a dependency.
  useEffect(() => {
    setData(example === EMPTY ? {} : structuredClone(exampleData ?? {}));
  }, [example, formId, hasExample]);

  const i18n = useMemo(() => {
    const translate = ((key: string, fallback?: string) => strings[key] ?? fallback) as Translator;
    return { locale: activeLocale, translate };
  }, [activeLocale, strings]);

  if (failed)
    return <Alert severity="error">The preview server cannot be reached ({failed}). Is it still running?</Alert>;
  if (!state) return <Typography sx={{ p: 4 }}>Loading the form…</Typography>;

  const title = definition ? (strings[definition.manifest.titleKey] ?? definition.manifest.id) : 'Form preview';
  return (
    <Container maxWidth="lg" sx={{ py: 3 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'flex-end' } }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h4" component="h1">
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary" aria-live="polite">
            {definition ? `${definition.manifest.id} version ${definition.manifest.version}. ` : ''}
            Updates by itself when you save a file{updatedAt ? ` (last updated ${updatedAt})` : ''}.
          </Typography>
        </Box>
        {definition && (
          <>
            <FormControl size="small" sx={{ minWidth: 140 }}>
              <InputLabel id="locale-label">Language</InputLabel>
              <Select
                labelId="locale-label"
                label="Language"
                value={activeLocale}
                onChange={(e) => setLocale(String(e.target.value))}
              >
                {definition.manifest.locales.map((code) => (
                  <MenuItem key={code} value={code}>
                    {code === 'cy' ? 'Cymraeg (cy)' : code === 'en' ? 'English (en)' : code}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <FormControl size="small" sx={{ minWidth: 200 }}>
              <InputLabel id="example-label">Example</InputLabel>
              <Select
                labelId="example-label"
                label="Example"
                value={example}
                onChange={(e) => setExample(String(e.target.value))}
              >
                {[...exampleNames, EMPTY].map((name) => (
                  <MenuItem key={name} value={name}>
                    {name}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
          </>
        )}
      </Stack>
      <ProblemList problems={state.problems} />
      {definition && state.renderable ? (
        <Box lang={activeLocale}>
          {strings['form.description'] && <Typography sx={{ mb: 2 }}>{strings['form.description']}</Typography>}
          <DrawingGuard resetKey={state.revision}>
            <JsonForms
              key={`${activeLocale}/${state.revision}`}
              schema={definition.schema as JsonSchema}
              uischema={definition.uischema as unknown as UISchemaElement}
              data={data}
              renderers={materialRenderers}
              cells={materialCells}
              ajv={ajv}
              i18n={i18n}
              validationMode="ValidateAndShow"
              onChange={({ data: next }) => setData(next)}
            />
          </DrawingGuard>
        </Box>
      ) : (
        <Alert severity="warning">
          The form cannot be drawn until the problems above are fixed. Save a file and this page updates.
        </Alert>
      )}
    </Container>
  );
}
