import { Box } from '@mui/material';
import type { KitStrings } from '../i18n/kitStrings';
import { derivedText } from '../renderers/DerivedNote';
import { Heading } from '../renderers/headingLevel';
import type { PlacedDerived } from '../rules/placeDerived';

/** A section's worked-out values that belong to no field of their own, each with its legal source. */
export function DerivedList({
  items,
  strings,
  level,
}: {
  items: readonly PlacedDerived[];
  strings: KitStrings;
  level: number;
}) {
  if (items.length === 0) return null;
  return (
    <Box
      component="section"
      className="asf-derived-list"
      sx={{ borderLeft: 4, borderColor: 'divider', pl: 2, my: 2, breakInside: 'avoid' }}
    >
      <Heading level={level}>{strings.text('kit.derived.title')}</Heading>
      <Box component="ul" sx={{ pl: 2.5, my: 0 }}>
        {items.map((item) => (
          <li key={`${item.pointer}:${item.derived.ruleId ?? ''}`}>{derivedText(item.derived, strings, 'list')}</li>
        ))}
      </Box>
    </Box>
  );
}
