// A TypeScript consumer of the React component, compiled with `strict` and `skipLibCheck: false` and
// moduleResolution bundler (how a React app is built). Not node16: MUI 7's own declarations import
// 'react-transition-group/Transition' without an extension, which node16 cannot resolve, whatever the
// kit does (decision 0012).
import { AdoptionSupportForm, kitRenderers, type LabelPack, labelPackGaps } from '@adoption-support/react';
import { aspEngland } from '@adoption-support/schemas';

const labels: LabelPack = { en: { 'kit.action.continue': 'Save and go on' } };
const gaps: string[] = labelPackGaps(aspEngland, labels, 'cy');

export const used = [gaps, AdoptionSupportForm, kitRenderers.length];
