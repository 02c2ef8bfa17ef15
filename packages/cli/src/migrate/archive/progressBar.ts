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
 * been counted; until then, how many are done. The estimate assumes the rest go at `recentPerSecond`
 * documents a second (default: the average so far).
 */
export function renderProgress(progress: ArchiveProgress, barWidth = 24, recentPerSecond?: number): string {
  const { done, total, elapsedMs } = progress;
  const perSecond = recentPerSecond ?? (elapsedMs > 0 ? (done * 1000) / elapsedMs : 0);
  const rate = `${formatRate(perSecond, 1000)} documents/s`;
  if (total === undefined || total === 0) return `Migrated ${count.format(done)} documents · ${rate} · counting…`;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * barWidth);
  const bar = barWidth > 0 ? `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)} ` : 'Migrating: ';
  const leftMs = perSecond > 0 ? ((total - done) * 1000) / perSecond : Number.POSITIVE_INFINITY;
  const left =
    done === 0 || !Number.isFinite(leftMs)
      ? 'estimating the time left'
      : leftMs < 1000
        ? 'almost done'
        : `about ${formatDuration(leftMs)} left`;
  return `${bar}${Math.floor(share * 100)}% · ${count.format(done)} of ${count.format(total)} documents · ${rate} · ${left}`;
}

/** The estimate of time left goes by the rate over about this long (ms). */
const RATE_WINDOW_MS = 5000;

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
 * a log shows it is alive. Short runs print no plain line at all. The rate shown, and the time left,
 * go by the last few seconds: workers take a moment to start, and that moment should not weigh on the
 * estimate to the end of a long run.
 */
export function createProgressReporter(
  terminal: Terminal,
  { redrawMs = 100, plainLineMs = 10_000 }: ProgressTiming = {},
): (progress: ArchiveProgress) => void {
  let last = Number.NEGATIVE_INFINITY;
  const samples: { at: number; done: number }[] = [];
  const recentRate = ({ done, elapsedMs }: ArchiveProgress): number | undefined => {
    samples.push({ at: elapsedMs, done });
    while (samples.length > 2 && elapsedMs - (samples[1]?.at ?? elapsedMs) >= RATE_WINDOW_MS) samples.shift();
    const first = samples[0] as { at: number; done: number };
    return elapsedMs > first.at ? ((done - first.done) * 1000) / (elapsedMs - first.at) : undefined;
  };
  return (progress) => {
    const perSecond = recentRate(progress);
    if (terminal.interactive) {
      if (progress.elapsedMs - last < redrawMs && progress.done !== progress.total) return;
      last = progress.elapsedMs;
      terminal.progress(renderProgress(progress, 24, perSecond));
      return;
    }
    if (plainLineMs <= 0) return;
    if (last === Number.NEGATIVE_INFINITY) last = 0;
    if (progress.elapsedMs - last < plainLineMs) return;
    last = progress.elapsedMs;
    terminal.err(renderProgress(progress, 0, perSecond));
  };
}
