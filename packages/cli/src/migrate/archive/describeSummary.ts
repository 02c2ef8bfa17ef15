import { FAILURE_REASONS, type FailureReason } from './failureReasons';
import type { ArchiveSummary } from './migrateArchive';
import { formatDuration, formatRate } from './progressBar';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The closing lines of a run: what was migrated, what needs a person, what could not be migrated and
 * why (a count per reason), and how long it took.
 */
export function describeSummary(summary: ArchiveSummary, dryRun: boolean): string[] {
  const { migrated, current, needAttention, failed } = summary;
  if (summary.documents === 0) return ['There are no .json documents there.'];
  const parts = [
    `${plural(migrated, 'document')} ${dryRun ? 'would be ' : ''}migrated`,
    current > 0 ? `${current} already current` : '',
    needAttention > 0
      ? `${needAttention} ${dryRun ? 'would need' : needAttention === 1 ? 'needs' : 'need'} a person (answers kept aside or not complete)`
      : '',
    failed > 0 ? `${failed} could not be migrated` : '',
  ].filter(Boolean);
  const lines = [`${parts.join(', ')}.${dryRun ? ' Nothing was written (dry run).' : ''}`];
  if (failed > 0) {
    const reasons = (Object.keys(FAILURE_REASONS) as FailureReason[])
      .filter((reason) => (summary.failures[reason] ?? 0) > 0)
      .map((reason) => `${summary.failures[reason]} ${FAILURE_REASONS[reason]}`);
    lines.push(`Not migrated, and not written: ${reasons.join('; ')}.`);
  }
  if (summary.stopped) {
    lines.push('Stopped before the end: the documents not counted here were not looked at and are as they were.');
  }
  const on = summary.workers === 0 ? 'in one thread' : `on ${plural(summary.workers, 'worker')}`;
  lines.push(
    `${plural(summary.documents, 'document')} in ${formatDuration(summary.durationMs)} (${formatRate(summary.documents, summary.durationMs)} documents/s, ${on}).`,
  );
  return lines;
}
