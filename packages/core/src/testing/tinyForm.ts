import type { FormDefinitionData, FormExample } from '@adoption-support/schemas';

/**
 * A small, correct form definition for tests: a section with a date, a choice, a multi-select and a
 * list of people. Each test breaks one thing in a fresh copy and shows the check catches it.
 */
export function tinyForm(): FormDefinitionData {
  return structuredClone({
    manifest: {
      id: 'tiny-form',
      version: '2025.1',
      titleKey: 'form.title',
      jurisdiction: 'wales',
      locales: ['en', 'cy'],
      defaultLocale: 'en',
      audiences: ['professionals', 'adopters', 'birthFamily'],
      rulePacks: [],
      migrations: [],
    },
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        child: {
          type: 'object',
          'x-audience': ['professionals', 'adopters'],
          'x-hidden-data': 'retain',
          properties: {
            name: { type: 'string', minLength: 1, 'x-audience': ['professionals'] },
            dateOfBirth: { $ref: '#/$defs/date' },
            stage: { enum: ['matching', 'placed'] },
            needs: { type: 'array', uniqueItems: true, items: { enum: ['health', 'education'] } },
            helpers: {
              type: 'array',
              items: {
                type: 'object',
                properties: { name: { type: 'string' }, notes: { type: 'string', 'x-hidden-data': 'clear' } },
                required: ['name'],
              },
            },
          },
          required: ['name', 'dateOfBirth'],
        },
      },
      required: ['child'],
      $defs: { date: { type: 'string', format: 'date' } },
    },
    uischema: {
      type: 'Categorization',
      elements: [
        {
          type: 'Category',
          label: 'Child',
          i18n: 'sections.child',
          elements: [
            { type: 'Control', scope: '#/properties/child/properties/name' },
            { type: 'Control', scope: '#/properties/child/properties/dateOfBirth' },
            { type: 'Control', scope: '#/properties/child/properties/stage' },
            { type: 'Control', scope: '#/properties/child/properties/needs' },
            {
              type: 'Control',
              scope: '#/properties/child/properties/helpers',
              options: {
                detail: {
                  type: 'VerticalLayout',
                  elements: [
                    { type: 'Control', scope: '#/properties/name' },
                    { type: 'Control', scope: '#/properties/notes', options: { multi: true } },
                  ],
                },
              },
            },
          ],
        },
      ],
    },
    locales: {
      en: {
        'form.title': 'Tiny form',
        'form.description': 'A form for tests.',
        'sections.child.label': 'The child',
        'child.name.label': 'Name',
        'child.dateOfBirth.label': 'Date of birth',
        'child.stage.label': 'Stage',
        'child.stage.matching': 'Matching',
        'child.stage.placed': 'Placed',
        'child.needs.label': 'Needs',
        'child.needs.health': 'Health',
        'child.needs.education': 'Education',
        'child.helpers.label': 'Helpers',
        'child.helpers.name.label': 'Helper name',
        'child.helpers.notes.label': 'Notes',
      },
      cy: {
        'form.title': 'Ffurflen fach',
        'form.description': 'Ffurflen ar gyfer profion.',
        'sections.child.label': 'Y plentyn',
        'child.name.label': 'Enw',
        'child.dateOfBirth.label': 'Dyddiad geni',
        'child.stage.label': 'Cam',
        'child.stage.matching': 'Paru',
        'child.stage.placed': 'Wedi ei leoli',
        'child.needs.label': 'Anghenion',
        'child.needs.health': 'Iechyd',
        'child.needs.education': 'Addysg',
        'child.helpers.label': 'Cynorthwywyr',
        'child.helpers.name.label': 'Enw cynorthwyydd',
        'child.helpers.notes.label': 'Nodiadau',
      },
    },
    rulePacks: {},
  } satisfies FormDefinitionData);
}

/** Examples for {@link tinyForm}: two valid and three invalid, each naming its error. */
export function tinyExamples(): Record<string, FormExample> {
  const envelope = (data: Record<string, unknown>, expect?: FormExample['expect']): FormExample => ({
    form: 'tiny-form',
    version: '2025.1',
    ...(expect ? { expect } : {}),
    data,
  });
  return {
    'valid.minimal': envelope({ child: { name: 'Sam', dateOfBirth: '2020-01-31' } }),
    'valid.full': envelope({
      child: { name: 'Sam', dateOfBirth: '2020-01-31', stage: 'placed', needs: ['health'], helpers: [{ name: 'Ali' }] },
    }),
    'invalid.missing-name': envelope({ child: { dateOfBirth: '2020-01-31' } }, [
      { pointer: '/child/name', error: 'required' },
    ]),
    'invalid.impossible-date': envelope({ child: { name: 'Sam', dateOfBirth: '2026-02-30' } }, [
      { pointer: '/child/dateOfBirth', error: 'format' },
    ]),
    'invalid.unknown-stage': envelope({ child: { name: 'Sam', dateOfBirth: '2020-01-31', stage: 'adopted' } }, [
      { pointer: '/child/stage', error: 'enum' },
    ]),
  };
}
