import { describe, expect, it } from 'vitest';
import { ukToday } from './ukToday';

describe('ukToday', () => {
  it('gives the date in the UK, not in UTC or the machine time zone', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (British Summer Time).
    expect(ukToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    // In winter London is on UTC.
    expect(ukToday(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
  });
});
