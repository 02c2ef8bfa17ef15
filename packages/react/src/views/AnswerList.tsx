import { getAtPointer, type SchemaNode } from '@adoption-support/core';
import { Box, Link } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';
import type { UiNode } from '../definition/formModel';
import { fieldId } from '../form/fieldId';
import type { KitStrings } from '../i18n/kitStrings';
import { Heading } from '../renderers/headingLevel';
import { visuallyHidden } from '../renderers/visuallyHidden';
import { coveredBy } from '../rules/ruleResults';
import { formatAnswer } from './formatAnswer';

/** What {@link AnswerList} needs to know. */
export interface AnswerListProps {
  /** A section (Category) of the reader's UI schema. */
  uischema: UiNode;
  /** The form's schema, for resolving the Controls' scopes. */
  schema: SchemaNode;
  /** The reader's view of the data. */
  data: unknown;
  strings: KitStrings;
  idPrefix: string;
  /** Pointers (into the view) the rules hide. */
  hidden: readonly string[];
  /** Heading level of the groups and lists in the section. */
  level: number;
  /** Given, each answer has a Change link that calls it; absent (print), there are no links. */
  onChange?: (pointer: string) => void;
}

const isNode = (value: unknown): value is UiNode =>
  typeof value === 'object' && value !== null && typeof (value as UiNode).type === 'string';

const scopeTokens = (scope: string) =>
  scope
    .replace(/^#\/?/, '')
    .split('/')
    .filter((_, i) => i % 2 === 1);

function resolve(root: SchemaNode, node: unknown): SchemaNode {
  let current = (typeof node === 'object' && node !== null ? node : {}) as SchemaNode;
  for (let depth = 0; typeof current.$ref === 'string' && depth < 32; depth++) {
    const { $ref, ...siblings } = current;
    current = { ...((getAtPointer(root, $ref as string) as SchemaNode | undefined) ?? {}), ...siblings };
  }
  return current;
}

function schemaAt(root: SchemaNode, context: SchemaNode, tokens: readonly string[]): SchemaNode {
  let node = context;
  for (const token of tokens) node = resolve(root, (node.properties as Record<string, unknown> | undefined)?.[token]);
  return node;
}

const i18nKeyOf = (pointerTokens: readonly string[]) => pointerTokens.filter((t) => !/^\d+$/.test(t)).join('.');

/**
 * A section's answers as GOV.UK summary lists: each question with its answer ("Not answered" when
 * blank) and, when checking, a Change link whose hidden text names the question. Groups and each
 * row of a list get their own heading and list. Only the Controls in the reader's UI schema are
 * shown, from the reader's view of the data, and nothing the rules hide.
 */
export function AnswerList(props: AnswerListProps) {
  const { schema, strings, idPrefix, hidden, onChange } = props;
  const render = (node: UiNode, context: SchemaNode, base: string[], level: number, key: string): ReactNode[] => {
    if (node.type === 'Control' && typeof node.scope === 'string') {
      const own = scopeTokens(node.scope);
      const tokens = [...base, ...own];
      const pointer = tokens.map((t) => `/${t}`).join('');
      if (coveredBy(hidden, pointer)) return [];
      const fieldSchema = schemaAt(schema, context, own);
      const i18nKey = typeof node.i18n === 'string' ? node.i18n : i18nKeyOf(tokens);
      const label = strings.get(`${i18nKey}.label`) ?? own.at(-1) ?? '';
      const value = getAtPointer(props.data, pointer);
      const detail = (node.options as Record<string, unknown> | undefined)?.detail;
      if (isNode(detail)) {
        const items = resolve(schema, fieldSchema.items);
        const rows = Array.isArray(value) ? value : [];
        const rowLabel = strings.get(`${i18nKey}.rowLabel`);
        return [
          <Box component="section" key={key} className="asf-answer-list" sx={{ my: 2 }}>
            <Heading level={level}>{label}</Heading>
            {rows.length === 0 ? <Box component="p">{strings.text('kit.check.notAnswered')}</Box> : null}
            {rows.map((_, i) => (
              <Box
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position.
                key={i}
                className="asf-summary-card"
                sx={{ border: 1, borderColor: 'divider', p: 2, my: 1, breakInside: 'avoid' }}
              >
                <Heading level={level + 1}>
                  {rowLabel ? `${rowLabel} ${i + 1}` : strings.text('kit.rows.rowHeading', { label, number: i + 1 })}
                </Heading>
                {group([render(detail, items, [...tokens, String(i)], level + 2, `${key}-${i}`)])}
              </Box>
            ))}
          </Box>,
        ];
      }
      const answer = formatAnswer(value, fieldSchema, i18nKey, strings);
      return [
        <Box key={key} className="asf-summary-row" sx={rowSx}>
          <Box component="dt" sx={{ fontWeight: 'bold', flex: '1 1 30%' }}>
            {label}
          </Box>
          <Box component="dd" sx={{ m: 0, flex: '2 1 50%', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {answer === undefined ? (
              <Box component="span" sx={{ color: 'text.secondary' }}>
                {strings.text('kit.check.notAnswered')}
              </Box>
            ) : Array.isArray(answer) ? (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {answer.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </Box>
            ) : (
              answer
            )}
          </Box>
          {onChange ? (
            <Box component="dd" sx={{ m: 0, flex: '0 0 auto' }}>
              <Link
                href={`#${fieldId(idPrefix, pointer)}`}
                onClick={(event: MouseEvent) => {
                  event.preventDefault();
                  onChange(pointer);
                }}
              >
                {strings.text('kit.action.change')}{' '}
                <Box component="span" sx={visuallyHidden}>
                  {label}
                </Box>
              </Link>
            </Box>
          ) : null}
        </Box>,
      ];
    }
    const children = (Array.isArray(node.elements) ? node.elements : []).filter(isNode);
    if (node.type === 'Group') {
      const title = typeof node.i18n === 'string' ? strings.get(`${node.i18n}.label`) : undefined;
      return [
        <Box component="section" key={key} className="asf-answer-group" sx={{ my: 2 }}>
          {title ? <Heading level={level}>{title}</Heading> : null}
          {group(children.map((child, i) => render(child, context, base, level + 1, `${key}-${i}`)))}
        </Box>,
      ];
    }
    return children.flatMap((child, i) => render(child, context, base, level, `${key}-${i}`));
  };
  return <>{group([render(props.uischema, schema, [], props.level, 'a')])}</>;
}

const rowSx = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 1,
  py: 1,
  borderBottom: 1,
  borderColor: 'divider',
  breakInside: 'avoid',
} as const;

function SummaryList({ children }: { children: ReactNode }) {
  return (
    <Box component="dl" className="asf-summary-list" sx={{ m: 0 }}>
      {children}
    </Box>
  );
}

/** Puts runs of answer rows into summary lists, leaving groups and lists between them as they are. */
function group(parts: ReactNode[][]): ReactNode[] {
  const out: ReactNode[] = [];
  let run: ReactNode[] = [];
  const flush = () => {
    if (run.length > 0) out.push(<SummaryList key={`dl-${out.length}`}>{run}</SummaryList>);
    run = [];
  };
  for (const node of parts.flat()) {
    const isRow =
      typeof node === 'object' &&
      node !== null &&
      'props' in node &&
      (node as { props: { className?: string } }).props.className === 'asf-summary-row';
    if (isRow) run.push(node);
    else {
      flush();
      out.push(node);
    }
  }
  flush();
  return out;
}
