import { loadForm } from '@adoption-support/react';
import { ScopedCssBaseline } from '@mui/material';
import type { Preview } from '@storybook/react-vite';

/** axe's tags for every WCAG 2.2 level A and AA rule (2.0, 2.1 and 2.2). */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const preview: Preview = {
  // The component loads a form the first time it is shown; load it before the story renders, so the
  // play functions and the accessibility checks meet the form itself, not the box it shows meanwhile.
  loaders: [
    async ({ args }) => {
      if (typeof args.form === 'string') await loadForm(args.form);
      return {};
    },
  ],
  decorators: [
    // Stands in for a host page's own styles (its font and text colour): the component adds no
    // global styles of its own, and Storybook's preview page has none.
    (Story) => (
      <ScopedCssBaseline>
        <Story />
      </ScopedCssBaseline>
    ),
  ],
  parameters: {
    layout: 'padded',
    options: {
      // The forms in the order the kit lists them, each with its page first, then English, then Welsh.
      // Storybook reads this statically: it must stay a plain literal.
      storySort: {
        order: [
          'Start here',
          'Forms',
          [
            'Adoption support plan (England)',
            ['About this form', 'In English', 'In Welsh (Cymraeg)'],
            'Review of the Adoption Support Plan (England)',
            ['About this form', 'In English', 'In Welsh (Cymraeg)'],
            'All Wales Adoption Support Plan',
            ['About this form', 'In English', 'In Welsh (Cymraeg)'],
            'Review of the All Wales Adoption Support Plan',
            ['About this form', 'In English', 'In Welsh (Cymraeg)'],
            'All Wales assessment of need for adoption support services',
            ['About this form', 'In English', 'In Welsh (Cymraeg)'],
            '*',
          ],
          'Journeys',
          'Renderers',
          '*',
        ],
      },
    },
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // Any violation fails the story's test (in `pnpm vitest run --project storybook` and in CI),
      // and shows in the Accessibility panel.
      test: 'error',
      options: {
        // Only the WCAG 2.2 A and AA rules. axe's "best practice" rules (region, landmark-one-main,
        // page-has-heading-one) are not WCAG criteria; they also judge Storybook's bare preview page,
        // which a host's page replaces, so they are not run. The whole page is checked, not just the
        // story's root, so MUI menus and popups rendered outside it are covered.
        runOnly: { type: 'tag', values: WCAG_22_AA },
      },
    },
  },
  initialGlobals: {
    a11y: { manual: false },
  },
};

export default preview;
