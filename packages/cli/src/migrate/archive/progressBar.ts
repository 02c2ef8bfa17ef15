import type { Terminal } from '../../terminal/Terminal';
import type { ArchiveProgress } from './migrateArchive';

const count = new Intl.NumberFormat('en-GB');

/** A time span as a person reads it: "under a second", "42 s", "3 min 20 s", "1 h 5 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 1000) return 'under a second';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Documents per second, rounded to a sensible number of figures. */
export function formatRate(documents: number, ms: number): string {
  if (ms <= 0) return '0';
  const rate = (documents * 1000) / ms;
  return rate >= 100 ? count.format(Math.round(rate)) : rate.toFixed(1);
}

/**
 * One line of progress: a bar, the share done and an estimate of the time left, once the documents have
 * been counted; until then, how many are done. The estimate assumes the rest go as fast as those so far.
 */
export function renderProgress(progress: ArchiveProgress, barWidth = 24): string {
  const { done, total, elapsedMs } = progress;
  const rate = `${formatRate(done, elapsedMs)} documents/s`;
  if (total === undefined || total === 0) return `Migrated ${count.format(done)} documents · ${rate} · counting…`;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * barWidth);
  const bar = barWidth > 0 ? `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)} ` : 'Migrating: ';
  const left =
    done > 0 ? `about ${formatDuration(((total - done) * elapsedMs) / done)} left` : 'estimating the time left';
  return `${bar}${Math.floor(share * 100)}% · ${count.format(done)} of ${count.format(total)} documents · ${rate} · ${left}`;
}

/** How often progress is shown. */
export interface ProgressTiming {
  /** Redraw the bar on a terminal at most this often (ms). */
  redrawMs?: number;
  /** Print a plain line when output is not a terminal this often (ms); 0 for never. */
  plainLineMs?: number;
}

/**
 * Shows a run's progress: on an interactive terminal, a bar on standard error, redrawn a few times a
 * second; elsewhere (a file, a pipe, CI), a plain line now and then on standard error, so a long run in
 * a log shows it is alive. Short runs print no plain line at all.
 */
export function createProgressReporter(
  terminal: Terminal,
  { redrawMs = 100, plainLineMs = 10_000 }: ProgressTiming = {},
): (progress: ArchiveProgress) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (progress) => {
    if (terminal.interactive) {
      if (progress.elapsedMs - last < redrawMs && progress.done !== progress.total) return;
      last = progress.elapsedMs;
      terminal.progress(renderProgress(progress));
      return;
    }
    if (plainLineMs <= 0) return;
    if (last === Number.NEGATIVE_INFINITY) last = 0;
    if (progress.elapsedMs - last < plainLineMs) return;
    last = progress.elapsedMs;
    terminal.err(renderProgress(progress, 0));
  };
}
