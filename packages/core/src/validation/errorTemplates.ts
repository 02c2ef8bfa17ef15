/** What kind of answer a field takes; it decides the verb of its error message. */
export type AnswerKind = 'text' | 'choice' | 'multiChoice' | 'yesNo' | 'date' | 'number' | 'list' | 'email' | 'phone';

/** Values a template may use: `{label}` (as in a sentence), `{Label}` (capitalised), `{limit}`. */
export interface TemplateValues {
  label: string;
  limit?: string;
}

type Template = (v: TemplateValues) => string;
type Templates = {
  missing: Record<AnswerKind, Template>;
  format: Partial<Record<AnswerKind, Template>>;
  tooLong: Template;
  tooShort: Template;
  tooSmall: Template;
  tooBig: Template;
  tooFewItems: Template;
  notAnOption: Template;
  notANumber: Template;
  invalid: Template;
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * GOV.UK-style error messages (say what to do, in the field's own words) in English and Welsh.
 * A form can override any of them per field with the key `<field>.error.<keyword>`.
 */
export const errorTemplates: Record<'en' | 'cy', Templates> = {
  en: {
    missing: {
      text: (v) => `Enter ${v.label}`,
      email: (v) => `Enter ${v.label}`,
      phone: (v) => `Enter ${v.label}`,
      date: (v) => `Enter ${v.label}`,
      number: (v) => `Enter ${v.label}`,
      choice: (v) => `Select ${v.label}`,
      multiChoice: (v) => `Select at least one option for ${v.label}`,
      yesNo: (v) => `Select yes or no for ${v.label}`,
      list: (v) => `Add at least one entry to ${v.label}`,
    },
    format: {
      date: (v) => `${cap(v.label)} must be a real date, like 27 3 2026`,
      email: (v) => `Enter ${v.label} in the correct format, like name@example.org`,
      phone: (v) => `Enter ${v.label} in the correct format, like 01632 960 001`,
    },
    tooLong: (v) => `${cap(v.label)} must be ${v.limit} characters or fewer`,
    tooShort: (v) => `Enter ${v.label}`,
    tooSmall: (v) => `${cap(v.label)} must be ${v.limit} or more`,
    tooBig: (v) => `${cap(v.label)} must be ${v.limit} or less`,
    tooFewItems: (v) => `Add at least ${v.limit} to ${v.label}`,
    notAnOption: (v) => `Select ${v.label} from the list`,
    notANumber: (v) => `${cap(v.label)} must be a number`,
    invalid: (v) => `Check ${v.label}`,
  },
  cy: {
    missing: {
      text: (v) => `Rhowch ${v.label}`,
      email: (v) => `Rhowch ${v.label}`,
      phone: (v) => `Rhowch ${v.label}`,
      date: (v) => `Rhowch ${v.label}`,
      number: (v) => `Rhowch ${v.label}`,
      choice: (v) => `Dewiswch ${v.label}`,
      multiChoice: (v) => `Dewiswch o leiaf un opsiwn ar gyfer ${v.label}`,
      yesNo: (v) => `Dewiswch ie neu na ar gyfer ${v.label}`,
      list: (v) => `Ychwanegwch o leiaf un cofnod at ${v.label}`,
    },
    format: {
      date: (v) => `Rhaid i ${v.label} fod yn ddyddiad go iawn, fel 27 3 2026`,
      email: (v) => `Rhowch ${v.label} yn y fformat cywir, fel enw@enghraifft.org`,
      phone: (v) => `Rhowch ${v.label} yn y fformat cywir, fel 01632 960 001`,
    },
    tooLong: (v) => `Rhaid i ${v.label} fod yn ${v.limit} nod neu lai`,
    tooShort: (v) => `Rhowch ${v.label}`,
    tooSmall: (v) => `Rhaid i ${v.label} fod yn ${v.limit} neu fwy`,
    tooBig: (v) => `Rhaid i ${v.label} fod yn ${v.limit} neu lai`,
    tooFewItems: (v) => `Ychwanegwch o leiaf ${v.limit} at ${v.label}`,
    notAnOption: (v) => `Dewiswch ${v.label} o'r rhestr`,
    notANumber: (v) => `Rhaid i ${v.label} fod yn rhif`,
    invalid: (v) => `Gwiriwch ${v.label}`,
  },
};
