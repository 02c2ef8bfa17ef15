import {
  Actions,
  type ControlElement,
  type CoreActions,
  isObjectArrayControl,
  type JsonSchema,
  type OwnPropsOfControl,
  rankWith,
  type UISchemaElement,
} from '@jsonforms/core';
import { ctxToArrayLayoutProps, JsonFormsDispatch, useJsonForms } from '@jsonforms/react';
import { Box, Button, FormHelperText } from '@mui/material';
import { memo, useRef, useState } from 'react';
import { fieldId, pathToPointer } from '../form/fieldId';
import { useGuidance } from '../form/guidance';
import { useKit } from '../form/KitContext';
import { Guidance } from './Guidance';
import { Heading, HeadingLevel, useHeadingLevel } from './headingLevel';
import { KIT_ROWS_RANK } from './ranks';
import { visuallyHidden } from './visuallyHidden';

interface Removed {
  row: unknown;
  index: number;
  name: string;
}

type Focus = { kind: 'row' | 'up' | 'down' | 'first'; index: number } | { kind: 'undo' | 'add' };

interface RowProps {
  path: string;
  index: number;
  schema: JsonSchema;
  detail: UISchemaElement;
  enabled: boolean;
  headingId: string;
  heading: string;
  level: number;
}

/** One row's fields: memoised, so the other rows are left alone when this one changes. */
const RowFields = memo(function RowFields({
  path,
  index,
  schema,
  detail,
  enabled,
  headingId,
  heading,
  level,
}: RowProps) {
  return (
    <>
      <Heading level={level} id={headingId} focusable className="asf-row-heading">
        {heading}
      </Heading>
      <HeadingLevel.Provider value={level + 1}>
        <JsonFormsDispatch schema={schema} uischema={detail} path={`${path}.${index}`} enabled={enabled} />
      </HeadingLevel.Provider>
    </>
  );
});

/**
 * Repeatable rows for a list of objects (the professional network, support items, staying in
 * touch...), usable from the keyboard alone: every row has a heading and its own Move up, Move down
 * and Remove buttons whose names say which row they act on; Remove can be undone; focus always lands
 * somewhere sensible (the new row's first field, the moved row's button, the Undo button) and each
 * change is announced. Where the reader cannot see everything in the list (see `AudienceView`), rows
 * can be edited but not added, removed or moved.
 */
function RowsControl(ownProps: OwnPropsOfControl) {
  const ctx = useJsonForms();
  const props = ctxToArrayLayoutProps(ctx, ownProps);
  return (
    <RowsView
      path={props.path}
      count={typeof props.data === 'number' ? props.data : 0}
      visible={props.visible}
      enabled={props.enabled}
      label={props.label}
      description={props.description}
      i18nKeyPrefix={props.i18nKeyPrefix}
      uischema={props.uischema}
      schema={props.schema}
      dispatch={ctx.dispatch}
    />
  );
}

interface RowsViewProps {
  path: string;
  count: number;
  visible: boolean;
  enabled: boolean;
  label: string | undefined;
  description: string | undefined;
  i18nKeyPrefix: string | undefined;
  uischema: UISchemaElement;
  schema: JsonSchema;
  dispatch: ((action: CoreActions) => void) | undefined;
}

const RowsView = memo(function RowsView(props: RowsViewProps) {
  const kit = useKit();
  const level = useHeadingLevel();
  const { path, visible, label, description, count } = props;
  const guidance = useGuidance(props.i18nKeyPrefix);
  const pointer = pathToPointer(path);
  const [removed, setRemoved] = useState<Removed | undefined>();
  const root = useRef<HTMLElement>(null);
  const id = fieldId(kit.idPrefix, pointer);
  const rowHeadingId = (index: number) => `${id}-row-${index}`;

  /** Moves the focus once the change is on screen (the list may not redraw, e.g. when rows swap). */
  const focusAfter = (target: Focus) => {
    window.setTimeout(() => {
      const find = (selector: string) => root.current?.querySelector<HTMLElement>(selector);
      let element: HTMLElement | null | undefined;
      if (target.kind === 'undo') element = find('.asf-rows-undo');
      else if (target.kind === 'add') element = find(`#${id}`);
      else if ('index' in target) {
        const row = find(`[data-row="${target.index}"]`);
        if (target.kind === 'first') element = row?.querySelector<HTMLElement>('input, textarea, select');
        else if (target.kind === 'row') element = find(`#${rowHeadingId(target.index)}`);
        else {
          const wanted = row?.querySelector<HTMLButtonElement>(`.asf-rows-${target.kind}`);
          const other = row?.querySelector<HTMLButtonElement>(`.asf-rows-${target.kind === 'up' ? 'down' : 'up'}`);
          element = wanted && !wanted.disabled ? wanted : other;
        }
        element ??= find(`#${rowHeadingId(target.index)}`);
      }
      element?.focus();
    }, 0);
  };

  if (!visible) return null;
  const detail = (props.uischema as ControlElement).options?.detail as UISchemaElement | undefined;
  const editable = props.enabled && kit.mode === 'edit';
  const locked = kit.isLocked(pointer);
  const rowLabel = kit.strings.get(`${props.i18nKeyPrefix ?? ''}.rowLabel`);
  const rowName = (index: number) =>
    rowLabel
      ? `${rowLabel} ${index + 1}`
      : kit.strings.text('kit.rows.rowHeading', { label: label ?? '', number: index + 1 });
  const fieldError = kit.errors.get(pointer);
  const change = (updater: (list: unknown[]) => unknown[], next: Focus, message: string) => {
    // JSON Forms applies the change to the store's document, so what was typed in the rows moves with them.
    props.dispatch?.(
      Actions.update(path, (current: unknown) => {
        const list = updater(Array.isArray(current) ? [...current] : []);
        return list.length > 0 ? list : undefined;
      }),
    );
    focusAfter(next);
    kit.announce(message);
  };
  const add = () => {
    setRemoved(undefined);
    change(
      (list) => [...list, {}],
      { kind: 'first', index: count },
      kit.strings.text('kit.rows.added', { row: rowName(count) }),
    );
  };
  const remove = (index: number) => {
    // The store has every keystroke: the row comes back on Undo as it was when removed.
    const rows = kit.store.valueAt(path);
    const row = Array.isArray(rows) ? rows[index] : undefined;
    setRemoved({ row, index, name: rowName(index) });
    change(
      (list) => list.filter((_, i) => i !== index),
      { kind: 'undo' },
      kit.strings.text('kit.rows.removed', { row: rowName(index) }),
    );
  };
  const undo = () => {
    if (!removed) return;
    setRemoved(undefined);
    change(
      (list) => [...list.slice(0, removed.index), removed.row, ...list.slice(removed.index)],
      { kind: 'row', index: removed.index },
      kit.strings.text('kit.rows.added', { row: removed.name }),
    );
  };
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    setRemoved(undefined);
    change(
      (list) => {
        const next = [...list];
        [next[index], next[to]] = [next[to], next[index]];
        return next;
      },
      { kind: by === -1 ? 'up' : 'down', index: to },
      kit.strings.text('kit.rows.moved', { row: rowName(index), to: to + 1 }),
    );
  };
  const labelId = `${id}-label`;
  const context = (index: number) => (
    <>
      {' '}
      <Box component="span" sx={visuallyHidden}>
        {kit.strings.text('kit.rows.rowContext', { label: label ?? '', number: index + 1 })}
      </Box>
    </>
  );
  return (
    <Box component="section" ref={root} className="asf-rows" aria-labelledby={labelId} sx={{ my: 2 }}>
      <Heading level={level} id={labelId}>
        {label}
      </Heading>
      {description ? (
        <FormHelperText id={`${id}-hint`} sx={{ mx: 0, mt: 0 }}>
          {description}
        </FormHelperText>
      ) : null}
      <Guidance text={guidance} id={`${id}-guidance`} />
      {fieldError ? (
        <FormHelperText id={`${id}-error`} error sx={{ mx: 0, fontWeight: 'bold' }}>
          <Box component="span" sx={visuallyHidden}>
            {kit.strings.text('kit.error.prefix')}
          </Box>{' '}
          {fieldError.message}
        </FormHelperText>
      ) : null}
      {locked && editable ? (
        <FormHelperText sx={{ mx: 0 }}>{kit.strings.text('kit.rows.locked')}</FormHelperText>
      ) : null}
      {count === 0 ? <Box component="p">{kit.strings.text('kit.rows.empty')}</Box> : null}
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {Array.from({ length: count }, (_, index) => (
          <Box
            component="li"
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position.
            key={index}
            data-row={index}
            className="asf-row"
            sx={{ borderLeft: 4, borderColor: 'divider', pl: 2, my: 2 }}
          >
            {detail ? (
              <RowFields
                path={path}
                index={index}
                schema={props.schema}
                detail={detail}
                enabled={props.enabled}
                headingId={rowHeadingId(index)}
                heading={rowName(index)}
                level={level + 1}
              />
            ) : null}
            {editable && !locked ? (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
                <Button
                  className="asf-rows-up"
                  size="small"
                  variant="outlined"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  {kit.strings.text('kit.rows.moveUp')}
                  {context(index)}
                </Button>
                <Button
                  className="asf-rows-down"
                  size="small"
                  variant="outlined"
                  disabled={index === count - 1}
                  onClick={() => move(index, 1)}
                >
                  {kit.strings.text('kit.rows.moveDown')}
                  {context(index)}
                </Button>
                <Button
                  className="asf-rows-remove"
                  size="small"
                  variant="outlined"
                  color="error"
                  onClick={() => remove(index)}
                >
                  {kit.strings.text('kit.rows.remove')}
                  {context(index)}
                </Button>
              </Box>
            ) : null}
          </Box>
        ))}
      </Box>
      {removed && editable ? (
        <Box className="asf-rows-notice" sx={{ display: 'flex', alignItems: 'center', gap: 1, my: 1 }}>
          <span id={`${id}-removed`}>{kit.strings.text('kit.rows.removed', { row: removed.name })}</span>
          <Button className="asf-rows-undo" size="small" onClick={undo} aria-describedby={`${id}-removed`}>
            {kit.strings.text('kit.rows.undo')}
          </Button>
        </Box>
      ) : null}
      {editable && !locked ? (
        <Button
          id={id}
          className="asf-rows-add"
          variant="outlined"
          onClick={add}
          aria-describedby={fieldError ? `${id}-error` : undefined}
        >
          {kit.strings.text('kit.rows.add')}{' '}
          <Box component="span" sx={visuallyHidden}>
            {kit.strings.text('kit.rows.addContext', { label: label ?? '' })}
          </Box>
        </Button>
      ) : (
        <span id={id} tabIndex={-1} />
      )}
    </Box>
  );
});

/** Tester of {@link KitRowsControl}: a Control on a list of objects. */
export const kitRowsControlTester = rankWith(KIT_ROWS_RANK, isObjectArrayControl);

/** The kit's repeatable rows. */
export const KitRowsControl = RowsControl;
