import type { FormDefinitionData } from '@adoption-support/schemas';
import type { JsonSchema, Translator, UISchemaElement } from '@jsonforms/core';
import { materialCells, materialRenderers } from '@jsonforms/material-renderers';
import { JsonForms } from '@jsonforms/react';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { useMemo, useState } from 'react';

/** Props of {@link FormPreview}. */
export interface FormPreviewProps {
  definition: FormDefinitionData;
  /** The document's data (an example's `data`). */
  data?: Record<string, unknown>;
  /** A locale the form ships, e.g. `en` or `cy`. */
  locale?: string;
}

function createPreviewAjv() {
  // Storybook may compile at runtime; the kit's embeddable renderers use precompiled validators.
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
  addFormats(ajv);
  return ajv;
}

/**
 * A form rendered by the stock JSON Forms material renderers with the form's own strings: the
 * designers' first look at a definition, before the kit's own renderers arrive.
 */
export function FormPreview({ definition, data, locale = 'en' }: FormPreviewProps) {
  const [current, setCurrent] = useState<unknown>(data ?? {});
  const ajv = useMemo(createPreviewAjv, []);
  const strings = definition.locales[locale] ?? {};
  const i18n = useMemo(() => {
    // Keys the form does not define (optional hints) fall back to JSON Forms' default, never to the key.
    const translate = ((key: string, fallback?: string) => strings[key] ?? fallback) as Translator;
    return { locale, translate };
  }, [locale, strings]);
  return (
    <div lang={locale}>
      <h1>{strings[definition.manifest.titleKey] ?? definition.manifest.id}</h1>
      <p>{strings['form.description']}</p>
      <JsonForms
        schema={definition.schema as JsonSchema}
        uischema={definition.uischema as unknown as UISchemaElement}
        data={current}
        renderers={materialRenderers}
        cells={materialCells}
        ajv={ajv}
        i18n={i18n}
        validationMode="ValidateAndShow"
        onChange={({ data: next }) => setCurrent(next)}
      />
    </div>
  );
}
