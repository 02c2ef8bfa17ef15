import { ANY_ITEM, AUDIENCES, type SchemaNode, schemaFields, walkUiSchema } from '@adoption-support/core';
import type { Audience, FormDefinitionData } from '@adoption-support/schemas';

/**
 * Who is reading: one of the kit's audiences, whose view core's redaction decides, or `agency` for
 * the agency's own case workers, who see and edit everything the form holds.
 */
export type ReaderAudience = Audience | 'agency';

/** The audiences a host may name, `agency` first. */
export const READER_AUDIENCES: readonly ReaderAudience[] = ['agency', ...AUDIENCES];

/** A Control of the form as the reader sees it. */
export interface ControlModel {
  /** Data path tokens, array items as `*`. */
  dataPath: string[];
  /** Pointer of the Control in the (filtered) UI schema. */
  uiPointer: string;
  /** Index of the section the Control is in. */
  section: number;
  schema: SchemaNode;
  /** The i18n key prefix of its strings (`document.child.fullName`). */
  i18nKey: string;
}

/** A section (a Category of the UI schema) as the reader sees it. */
export interface SectionModel {
  index: number;
  /** The Category's i18n key, e.g. `sections.network`. */
  i18n: string;
  /** A short id for the DOM, e.g. `network`. */
  id: string;
  /** The Category, with only the Controls the reader may see. */
  uischema: UiNode;
  /** Leaf fields (not lists) and lists of the section, for status and error counts. */
  controls: ControlModel[];
}

/** A UI schema element, loosely typed. */
export type UiNode = Record<string, unknown> & { type: string; elements?: UiNode[] };

/** A form as one reader sees it: its sections, its Controls, and where any pointer belongs. */
export interface FormModel {
  definition: FormDefinitionData;
  audience: ReaderAudience;
  /** The UI schema with everything the reader may not see taken out. */
  uischema: UiNode;
  sections: SectionModel[];
  controls: ControlModel[];
  /** The section a data pointer belongs to, or undefined. */
  sectionOf(pointer: string): number | undefined;
  /** The Control a data pointer names (array positions match `*`), or undefined. */
  controlAt(pointer: string): ControlModel | undefined;
}

const isNode = (value: unknown): value is UiNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as UiNode).type === 'string';

/** Splits a JSON pointer into tokens (the kit's keys never hold `~` or `/`). */
export const pointerTokens = (pointer: string): string[] => (pointer === '' ? [] : pointer.slice(1).split('/'));

const tokenMatches = (token: string, pattern: string) =>
  token === pattern || (pattern === ANY_ITEM && /^\d+$/.test(token));

/** Whether `tokens` and the data path agree as far as the shorter of the two goes. */
function overlaps(tokens: readonly string[], dataPath: readonly string[]): boolean {
  const n = Math.min(tokens.length, dataPath.length);
  for (let i = 0; i < n; i++) if (!tokenMatches(tokens[i]!, dataPath[i]!)) return false;
  return true;
}

/** Rebuilds a UI schema keeping only the Controls `keep` accepts, and the layouts left with any. */
function prune(node: UiNode, pointer: string, keep: (uiPointer: string) => boolean): UiNode | undefined {
  if (node.type === 'Control') {
    if (!keep(pointer)) return undefined;
    const options = node.options as Record<string, unknown> | undefined;
    const detail = options?.detail;
    if (!isNode(detail)) return node;
    const kept = prune(detail, `${pointer}/options/detail`, keep);
    return kept ? { ...node, options: { ...options, detail: kept } } : undefined;
  }
  const elements = Array.isArray(node.elements) ? node.elements : [];
  const kept = elements
    .map((child, i) => (isNode(child) ? prune(child, `${pointer}/elements/${i}`, keep) : undefined))
    .filter((child): child is UiNode => child !== undefined);
  return kept.length > 0 ? { ...node, elements: kept } : undefined;
}

const cache = new WeakMap<FormDefinitionData, Map<ReaderAudience, FormModel>>();

/**
 * The form as `audience` sees it. For the kit's audiences, a Control stays only when the annotations
 * on its whole schema path grant that audience (core's deny-by-default rule, the same one `redact`
 * applies to the data), and sections, groups and lists left empty go too.
 */
export function formModel(definition: FormDefinitionData, audience: ReaderAudience): FormModel {
  let byAudience = cache.get(definition);
  if (!byAudience) {
    byAudience = new Map();
    cache.set(definition, byAudience);
  }
  const cached = byAudience.get(audience);
  if (cached) return cached;
  const model = buildModel(definition, audience);
  byAudience.set(audience, model);
  return model;
}

function buildModel(definition: FormDefinitionData, audience: ReaderAudience): FormModel {
  const schema = definition.schema as SchemaNode;
  const original = definition.uischema as UiNode;
  const walk = walkUiSchema(definition.manifest.id, original, schema);
  const audienceOf = new Map(schemaFields(schema).map((f) => [f.dataPath.join('/'), f.audience]));
  const visible = new Set(
    walk.controls
      .filter((c) => audience === 'agency' || (audienceOf.get(c.dataPath.join('/')) ?? []).includes(audience))
      .map((c) => c.uiPointer),
  );
  const uischema = prune(original, '', (p) => visible.has(p)) ?? { ...original, elements: [] };
  const filtered = walkUiSchema(definition.manifest.id, uischema, schema);
  const controls: ControlModel[] = filtered.controls.map((c) => ({
    dataPath: c.dataPath,
    uiPointer: c.uiPointer,
    section: Number(/^\/elements\/(\d+)/.exec(c.uiPointer)?.[1] ?? -1),
    schema: c.schema,
    i18nKey: c.i18nKey,
  }));
  const categories = (uischema.elements ?? []).filter(isNode);
  const sections: SectionModel[] = categories.map((category, index) => {
    const i18n = typeof category.i18n === 'string' ? category.i18n : `sections.${index + 1}`;
    return {
      index,
      i18n,
      id: i18n.replace(/^sections\./, '').replace(/[^A-Za-z0-9_-]/g, '-'),
      uischema: category,
      controls: controls.filter((c) => c.section === index),
    };
  });
  const sectionOf = (pointer: string): number | undefined => {
    const tokens = pointerTokens(pointer);
    return controls.find((c) => overlaps(tokens, c.dataPath))?.section;
  };
  const controlAt = (pointer: string): ControlModel | undefined => {
    const tokens = pointerTokens(pointer);
    return controls.find((c) => c.dataPath.length === tokens.length && overlaps(tokens, c.dataPath));
  };
  return { definition, audience, uischema, sections, controls, sectionOf, controlAt };
}
