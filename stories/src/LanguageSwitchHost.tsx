import { Box, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useState } from 'react';
import { FormStory, type FormStoryProps } from './FormStory';

/** The languages a host page offers, each named in its own language. */
const LANGUAGES = [
  { locale: 'en', name: 'English' },
  { locale: 'cy', name: 'Cymraeg' },
] as const;

/**
 * A form on a host page with the page's own language switch, as a Welsh agency's portal would have
 * it: the switch changes only the `locale` prop, and the form keeps every answer.
 */
export function LanguageSwitchHost({ locale: initial = 'en', ...props }: FormStoryProps) {
  const [locale, setLocale] = useState<'en' | 'cy'>(initial);
  return (
    <>
      <Box component="nav" aria-label="Language / Iaith" sx={{ mb: 2, display: 'flex', justifyContent: 'flex-end' }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={locale}
          onChange={(_event, next: 'en' | 'cy' | null) => {
            if (next) setLocale(next);
          }}
        >
          {LANGUAGES.map((language) => (
            <ToggleButton key={language.locale} value={language.locale} lang={language.locale}>
              {language.name}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Box>
      <FormStory {...props} locale={locale} />
    </>
  );
}
