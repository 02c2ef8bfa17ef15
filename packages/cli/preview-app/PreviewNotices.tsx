import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { Component, type ReactNode } from 'react';
import type { LintProblem } from '../src/lint/LintProblem';
import { fill, type PreviewStrings } from './previewStrings';

/** Shows why the form cannot be drawn instead of a blank page; tries again after the next save. */
export class DrawingGuard extends Component<
  { children: ReactNode; resetKey: number; strings: PreviewStrings },
  { error?: string }
> {
  override state: { error?: string } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override componentDidUpdate(previous: { resetKey: number }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }
  override render() {
    if (this.state.error) {
      return (
        <Alert severity="error" role="alert">
          <AlertTitle>{this.props.strings.cannotDraw}</AlertTitle>
          {this.state.error}. {this.props.strings.fixAndSave}
        </Alert>
      );
    }
    return this.props.children;
  }
}

/** What lint found, each with where it is and its fix. */
export function ProblemList({ problems, strings }: { problems: LintProblem[]; strings: PreviewStrings }) {
  if (problems.length === 0) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mb: 3 }}>
      <AlertTitle>
        {problems.length === 1 ? strings.oneProblem : fill(strings.manyProblems, { count: problems.length })}
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {problems.map((p) => {
          const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
          const place = [p.section && `${strings.section} "${p.section}"`, p.field && `${strings.field} "${p.field}"`]
            .filter(Boolean)
            .join(', ');
          return (
            <li key={`${where}${p.pointer}${p.message}`}>
              <strong>{where}</strong>
              {p.pointer ? ` ${strings.at} ${p.pointer}` : ''}
              {place ? ` (${place})` : ''}: {p.message} <em>{strings.fix}</em> {p.fix}
            </li>
          );
        })}
      </Box>
    </Alert>
  );
}
