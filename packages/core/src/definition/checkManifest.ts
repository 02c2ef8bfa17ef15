import type { FormDefinitionData } from '@adoption-support/schemas';
import { AUDIENCES } from './annotations';
import type { DefinitionProblem } from './DefinitionProblem';
import { assertDefinitionObject, assertString, describeValue, guarded } from './jsonInput';

const VERSION = /^\d{4}\.\d+$/;
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The manifest names the form, its version, locales and audiences correctly. */
export function checkManifest(definition: FormDefinitionData, folderName?: string): DefinitionProblem[] {
  return guarded('checkManifest', () => {
    assertDefinitionObject({ function: 'checkManifest' }, definition);
    if (folderName !== undefined) assertString({ function: 'checkManifest', argument: 'folderName' }, folderName);
    return checkManifestUnchecked(definition, folderName);
  });
}

function checkManifestUnchecked(definition: FormDefinitionData, folderName?: string): DefinitionProblem[] {
  const m = definition.manifest;
  const form = typeof m.id === 'string' ? m.id : (folderName ?? '(unknown form)');
  const problems: DefinitionProblem[] = [];
  const at = (pointer: string, message: string, fix: string) =>
    problems.push({ check: 'manifest', form, file: 'form.json', pointer, message, fix });
  if (typeof m.id !== 'string' || !ID.test(m.id)) {
    at(
      '/id',
      `The id ${describeValue(m.id)} is not a kebab-case name.`,
      'Use lower-case words joined by hyphens, e.g. "asp-england".',
    );
  } else if (folderName !== undefined && m.id !== folderName) {
    at(
      '/id',
      `The id "${m.id}" differs from the folder name "${folderName}".`,
      'Rename the folder or the id so they match.',
    );
  }
  if (typeof m.version !== 'string' || !VERSION.test(m.version)) {
    at(
      '/version',
      `The version ${describeValue(m.version)} is not in the form YYYY.N.`,
      'Use the year and a release number, e.g. "2025.1".',
    );
  }
  if (!Array.isArray(m.locales) || !m.locales.includes('en')) {
    at('/locales', 'The locales do not include English ("en").', 'List every locale file, starting with "en".');
  } else if (!m.locales.includes(m.defaultLocale)) {
    at(
      '/defaultLocale',
      `The default locale ${describeValue(m.defaultLocale)} is not one of the form's locales.`,
      'Set it to one of the listed locales.',
    );
  }
  if (m.jurisdiction === 'wales' && Array.isArray(m.locales) && !m.locales.includes('cy')) {
    at(
      '/locales',
      'A Wales form must be bilingual, but "cy" (Welsh) is not listed.',
      'Add "cy" and an i18n/cy.json file.',
    );
  }
  if (m.jurisdiction !== 'england' && m.jurisdiction !== 'wales') {
    at(
      '/jurisdiction',
      `The jurisdiction ${describeValue(m.jurisdiction)} is not "england" or "wales".`,
      'Set it to "england" or "wales".',
    );
  }
  for (const [i, audience] of (Array.isArray(m.audiences) ? m.audiences : []).entries()) {
    if (!AUDIENCES.includes(audience)) {
      at(
        `/audiences/${i}`,
        `${describeValue(audience)} is not an audience the kit knows.`,
        `Use only: ${AUDIENCES.join(', ')}.`,
      );
    }
  }
  return problems;
}
