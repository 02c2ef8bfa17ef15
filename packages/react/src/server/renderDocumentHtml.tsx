import {
  KitInputError,
  type MigrationNotes,
  type RefusedCopy,
  type ShareOptions,
  type StandaloneValidator,
  shareCopy,
} from '@adoption-support/core';
import type { Audience } from '@adoption-support/schemas';
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { renderToString } from 'react-dom/server';
import { AdoptionSupportFormBase } from '../AdoptionSupportFormBase';
import { kitStrings, type LabelPack, toKitLocale } from '../i18n/kitStrings';
import { createRuleEvaluator } from '../rules/createRuleEvaluator';
import type { RuleEvaluator } from '../rules/ruleResults';
import { documentPage } from './documentPage';

/** Options of {@link renderDocumentHtml}: the server's forms and the reader. */
export interface DocumentHtmlOptions extends Omit<ShareOptions, 'birthFamilyRecipient'> {
  /** Who the copy is for. Only what this audience may see is in it (deny by default). */
  audience: Audience;
  /** For a birth relative: the position of their own row in each list the birth family may see. */
  recipient?: number;
  /** An agency's label pack, as the form component takes it: wording that wins over the form's own. */
  labels?: LabelPack;
}

/** A reader's copy of a document as one HTML page. */
export interface RenderedDocument {
  status: 'rendered';
  audience: Audience;
  /** The whole page: `<!doctype html>`, its own Content-Security-Policy, the styles inline, no script. */
  html: string;
  /** Pointers (into the document at the current version) of what was left out for this reader. */
  removed: string[];
  migration: MigrationNotes;
}

/** A `<style>` element emotion renders beside a component on a server. */
const EMOTION_STYLE_ELEMENT = /<style data-emotion="[^"]*"(?: nonce="[^"]*")?>([^<]*)<\/style>/g;

/** The print view shows answers; it never validates, so the copy needs no validator. */
const answersOnly: StandaloneValidator = Object.assign(() => true, { errors: null });

/**
 * One reader's copy of a saved document as a standalone, accessible HTML page: the form's print view
 * (every section the reader may see, with the worked-out dates), for an agency to send by post or
 * email, or to turn into a PDF (docs/developers/server-copies.md).
 *
 * The document is opened, checked and brought up to date, and what the audience may not see is taken
 * out, by core's `shareCopy` (the same `redact` every other copy goes through) before anything is drawn.
 * The page carries its styles inline under its own Content-Security-Policy (a hash of that one style
 * element) and no script at all.
 *
 * Never throws on the document: a bad one gives the refusal `shareCopy` gives. Bad options (the
 * server's own code) throw a KitInputError naming the option and the fix.
 */
export async function renderDocumentHtml(
  envelope: unknown,
  options: DocumentHtmlOptions,
): Promise<RenderedDocument | RefusedCopy> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new KitInputError({
      function: 'renderDocumentHtml',
      argument: 'options',
      pointer: '',
      problem: 'The options must be an object.',
      fix: "Pass { forms, audience } at least, with `forms` from '@adoption-support/schemas'.",
    });
  }
  const { audience, recipient, labels, ...share } = options;
  const copy = await shareCopy(envelope, audience, {
    ...share,
    ...(recipient === undefined ? {} : { birthFamilyRecipient: recipient }),
  });
  if (copy.status === 'refused') return copy;
  // shareCopy opened the document with one of `forms`, keyed by its id.
  const definition = options.forms[copy.document.form]!;
  const asked = options.locale ?? 'en';
  const locale = definition.manifest.locales.includes(asked) ? asked : toKitLocale(definition.manifest.defaultLocale);
  // Emotion keeps the styles in the cache instead of writing <style> elements into the markup.
  const cache = createCache({ key: 'asf' });
  cache.compat = true;
  // The rules hid what they hide when shareCopy opened the whole document. Run again on the copy, they
  // would read answers the reader may not see as missing and hide what the copy rightly holds, so the
  // page keeps everything in the copy; the worked-out dates come from the copy alone.
  const today = options.clock?.();
  const evaluate = createRuleEvaluator(definition, {
    ...(today === undefined ? {} : { today }),
    ...(options.bankHolidays === undefined ? {} : { bankHolidays: options.bankHolidays }),
  });
  const rules: RuleEvaluator = (data) => ({ ...evaluate(data), hidden: [] });
  const markup = renderToString(
    <CacheProvider value={cache}>
      <AdoptionSupportFormBase
        definition={definition}
        validator={answersOnly}
        data={copy.document.data}
        audience={audience}
        // The copy holds the relative's own row only, now first in its list.
        {...(recipient === undefined ? {} : { birthFamilyRecipient: 0 })}
        mode="print"
        locale={locale}
        {...(labels === undefined ? {} : { labels })}
        rules={rules}
      />
    </CacheProvider>,
  );
  // Styles emotion wrote into the markup all the same (global styles, or a second copy of emotion
  // in the host's bundle that does not see this cache) move to the one style sheet too.
  const inline: string[] = [];
  const body = markup.replace(EMOTION_STYLE_ELEMENT, (_element, rules: string) => {
    inline.push(rules);
    return '';
  });
  const cached = Object.values(cache.inserted).filter((rule): rule is string => typeof rule === 'string');
  const css = [...cached, ...inline].join('');
  const strings = kitStrings(definition, locale, labels);
  return {
    status: 'rendered',
    audience,
    html: await documentPage({ title: strings.text(definition.manifest.titleKey), lang: locale, css, body }),
    removed: copy.removed,
    migration: copy.migration,
  };
}
