import { Box, Typography } from '@mui/material';
import { memo } from 'react';
import { useGuidance } from '../form/guidance';
import { useKit } from '../form/KitContext';
import { Guidance } from '../renderers/Guidance';

/**
 * The form's title (the page's h1), its introduction and, for the agency and professionals, its
 * guidance; in the check view the title becomes a caption.
 */
export const FormHeader = memo(function FormHeader({ title }: { title?: string }) {
  const { model, strings } = useKit();
  const formTitle = strings.text(model.definition.manifest.titleKey);
  const description = strings.get('form.description');
  const guidance = useGuidance('form');
  return (
    <Box component="header" className="asf-header" sx={{ mb: 2 }}>
      {title ? (
        <>
          <Box component="p" sx={{ color: 'text.secondary', m: 0 }}>
            {formTitle}
          </Box>
          <Typography component="h1" variant="h4" sx={{ fontWeight: 'bold' }}>
            {title}
          </Typography>
        </>
      ) : (
        <>
          <Typography component="h1" variant="h4" sx={{ fontWeight: 'bold' }}>
            {formTitle}
          </Typography>
          {description ? <Box component="p">{description}</Box> : null}
          <Guidance text={guidance} />
        </>
      )}
    </Box>
  );
});
