import {
  type GroupLayout,
  type Layout,
  type LayoutProps,
  rankWith,
  type UISchemaElement,
  uiTypeIs,
} from '@jsonforms/core';
import { JsonFormsDispatch, withJsonFormsLayoutProps } from '@jsonforms/react';
import { Box } from '@mui/material';
import { type ComponentType, memo } from 'react';
import { useGuidance } from '../form/guidance';
import { useKit } from '../form/KitContext';
import { Guidance } from './Guidance';
import { Heading, HeadingLevel, useHeadingLevel } from './headingLevel';
import { KIT_LAYOUT_RANK } from './ranks';

function Elements({ layout, props }: { layout: Layout; props: LayoutProps }) {
  return (
    <>
      {layout.elements.map((element: UISchemaElement, i: number) => (
        <JsonFormsDispatch
          // biome-ignore lint/suspicious/noArrayIndexKey: UI schema elements have no ids and never move.
          key={i}
          uischema={element}
          schema={props.schema}
          path={props.path}
          enabled={props.enabled}
          renderers={props.renderers}
          cells={props.cells}
        />
      ))}
    </>
  );
}

/** A section's fields (the active Category of the edit view); its heading is the view's. */
function CategoryLayout(props: LayoutProps) {
  if (!props.visible) return null;
  return (
    <HeadingLevel.Provider value={3}>
      <Elements layout={props.uischema as Layout} props={props} />
    </HeadingLevel.Provider>
  );
}

/** A titled group of fields: a real heading at the right level, not a card; its guidance under its description. */
function GroupLayoutRenderer(props: LayoutProps) {
  const { strings } = useKit();
  const level = useHeadingLevel();
  const group = props.uischema as GroupLayout & { i18n?: string };
  const guidance = useGuidance(group.i18n);
  if (!props.visible) return null;
  const title = (group.i18n ? strings.get(`${group.i18n}.label`) : undefined) ?? group.label;
  const description = group.i18n ? strings.get(`${group.i18n}.description`) : undefined;
  return (
    <Box component="section" className="asf-group" sx={{ my: 2 }}>
      {title ? <Heading level={level}>{title}</Heading> : null}
      {description ? <Box component="p">{description}</Box> : null}
      <Guidance text={guidance} />
      <HeadingLevel.Provider value={level + 1}>
        <Elements layout={group} props={props} />
      </HeadingLevel.Provider>
    </Box>
  );
}

/** Fields side by side that wrap onto new lines when the space is narrow (not a fixed grid). */
function HorizontalLayoutRenderer(props: LayoutProps) {
  if (!props.visible) return null;
  return (
    <Box
      className="asf-row-of-fields"
      sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, '& > *': { flex: '1 1 16rem', minWidth: 0 } }}
    >
      {(props.uischema as Layout).elements.map((element, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: UI schema elements have no ids and never move.
          key={i}
        >
          <JsonFormsDispatch
            uischema={element}
            schema={props.schema}
            path={props.path}
            enabled={props.enabled}
            renderers={props.renderers}
            cells={props.cells}
          />
        </div>
      ))}
    </Box>
  );
}

/** Fields one under another (the rows of a list use it), without extra spacing between them. */
function VerticalLayoutRenderer(props: LayoutProps) {
  if (!props.visible) return null;
  return (
    <Box className="asf-fields">
      <Elements layout={props.uischema as Layout} props={props} />
    </Box>
  );
}

/** Tester of {@link KitCategoryLayout}. */
export const kitCategoryLayoutTester = rankWith(KIT_LAYOUT_RANK, uiTypeIs('Category'));
/** Tester of {@link KitGroupLayout}. */
export const kitGroupLayoutTester = rankWith(KIT_LAYOUT_RANK, uiTypeIs('Group'));
/** Tester of {@link KitHorizontalLayout}. */
export const kitHorizontalLayoutTester = rankWith(KIT_LAYOUT_RANK, uiTypeIs('HorizontalLayout'));
/** Tester of {@link KitVerticalLayout}. */
export const kitVerticalLayoutTester = rankWith(KIT_LAYOUT_RANK, uiTypeIs('VerticalLayout'));

/**
 * Memoised like JSON Forms' own wrapper, but ignoring `data`: the kit's layouts never read it, and
 * JSON Forms hands every layout the new data at each keystroke, which would redraw them all.
 */
function layout(component: ComponentType<LayoutProps>) {
  const withoutData = memo(component, (before, after) => {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    keys.delete('data');
    for (const key of keys) {
      if (before[key as keyof LayoutProps] !== after[key as keyof LayoutProps]) return false;
    }
    return true;
  });
  return withJsonFormsLayoutProps(withoutData, false);
}

/** The edit view's section body. */
export const KitCategoryLayout = layout(CategoryLayout);
/** The kit's Group. */
export const KitGroupLayout = layout(GroupLayoutRenderer);
/** The kit's HorizontalLayout. */
export const KitHorizontalLayout = layout(HorizontalLayoutRenderer);
/** The kit's VerticalLayout. */
export const KitVerticalLayout = layout(VerticalLayoutRenderer);
