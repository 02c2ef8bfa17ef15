import { describe, expect, it } from 'vitest';
import { describeSummary } from './describeSummary';
import type { ArchiveSummary } from './migrateArchive';

const summary = (over: Partial<ArchiveSummary>): ArchiveSummary => ({
  documents: 0,
  migrated: 0,
  current: 0,
  needAttention: 0,
  failed: 0,
  failures: {},
  workers: 2,
  durationMs: 0,
  stopped: false,
  ...over,
});

describe('describeSummary', () => {
  it('counts each reason a document was not migrated, and says how long the run took', () => {
    const lines = describeSummary(
      summary({
        documents: 100_000,
        migrated: 99_000,
        current: 900,
        needAttention: 120,
        failed: 100,
        failures: { 'unknown-form': 1, 'not-json': 97, 'too-deep': 2 },
        durationMs: 50_000,
      }),
      false,
    );
    expect(lines).toEqual([
      '99000 documents migrated, 900 already current, 120 need a person (answers kept aside or not complete), 100 could not be migrated.',
      'Not migrated, and not written: 97 not valid JSON; 2 nested too deeply; 1 for a form that is not in the forms folder.',
      '100000 documents in 50 s (2,000 documents/s, on 2 workers).',
    ]);
  });

  it('speaks of what would happen on a dry run, and of the calling thread when no worker ran', () => {
    const lines = describeSummary(
      summary({ documents: 1, migrated: 1, needAttention: 1, workers: 0, durationMs: 10 }),
      true,
    );
    expect(lines).toEqual([
      '1 document would be migrated, 1 would need a person (answers kept aside or not complete). Nothing was written (dry run).',
      '1 document in under a second (100 documents/s, in one thread).',
    ]);
    expect(describeSummary(summary({}), false)).toEqual(['There are no .json documents there.']);
    expect(describeSummary(summary({ documents: 5, migrated: 5, stopped: true, durationMs: 1000 }), false)).toEqual([
      '5 documents migrated.',
      'Stopped before the end: the documents not counted here were not looked at and are as they were.',
      '5 documents in 1 s (5.0 documents/s, on 2 workers).',
    ]);
  });
});
