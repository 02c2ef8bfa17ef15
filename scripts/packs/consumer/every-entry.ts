// A TypeScript consumer: imports every entry point of the packed packages but the React component
// (react-entry.ts) and uses their types. The pack check compiles it with `strict` and
// `skipLibCheck: false`, with moduleResolution node16 and bundler, so a declaration that only
// compiles with the kit's own settings fails.
import { loadFormHistory } from '@adoption-support/cli';
import { createRuleEngine, type RuleEngine, redact } from '@adoption-support/core';
import { createAjv } from '@adoption-support/core/node';
import { AdoptionSupportFormElement, type FormChangeDetail, TAG_NAME } from '@adoption-support/element';
import { type AspEnglandData, aspEngland, type FormId, formIds, forms } from '@adoption-support/schemas';
import { form as aspWalesForm } from '@adoption-support/schemas/asp-wales';
import { formExamples } from '@adoption-support/schemas/examples';
import { validators } from '@adoption-support/schemas/validators';

const id: FormId = formIds[0] ?? 'asp-england';
const data = (formExamples[id]['valid.full']?.data ?? {}) as AspEnglandData;
const valid: boolean = validators[id]?.(data) ?? createAjv().compile(forms[id].schema)(data) === true;
const walesValid: boolean = aspWalesForm.validator(formExamples['asp-wales']['valid.full']?.data);
const adopters: Record<string, unknown> = redact(aspEngland, data, 'adopters').data;
const engine: RuleEngine = createRuleEngine({ packs: [] });
const tag: 'adoption-support-form' = TAG_NAME;
const onChange = (detail: FormChangeDetail): boolean => detail.valid;

export const used = [valid, walesValid, adopters, engine, tag, onChange, AdoptionSupportFormElement];
export const history = loadFormHistory('node_modules/@adoption-support/schemas/forms/asp-england');
