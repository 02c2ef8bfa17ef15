import { forms } from '@adoption-support/schemas';
import { composeStories } from '@storybook/react-vite';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as aspEngland from './AspEngland.stories';
import * as aspReviewEngland from './AspReviewEngland.stories';
import * as aspReviewWales from './AspReviewWales.stories';
import * as aspWales from './AspWales.stories';
import * as assessmentWales from './AssessmentWales.stories';

afterEach(cleanup);

const modules = { aspEngland, aspReviewEngland, aspWales, aspReviewWales, assessmentWales };

describe.each(Object.entries(modules))('%s stories', (_name, module) => {
  const stories = Object.entries(composeStories(module));

  it.each(stories)('%s renders the form title and one tab per section, in its language', async (_story, Story) => {
    const { form, locale = 'en' } = { ...module.default.args, ...Story.args };
    const definition = forms[form];
    const strings = definition.locales[locale] ?? {};
    render(<Story />);
    expect(await screen.findByRole('heading', { level: 1, name: strings['form.title'] })).toBeTruthy();
    const categories = (definition.uischema as { elements: { i18n: string }[] }).elements;
    const tabs = within(screen.getByRole('tablist')).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(categories.map((c) => strings[`${c.i18n}.label`]));
  });
});
