/**
 * England and Wales bank holidays, 2024-2030 (both nations use the same list).
 *
 * 2024-2027 are the dates gov.uk published; 2028-2030 are worked out from the standing rules (New Year,
 * Good Friday, Easter Monday, first and last Mondays of May, last Monday of August, Christmas, Boxing Day,
 * with substitute weekdays when these fall at a weekend). One-off holidays are proclaimed ad hoc: a host
 * can pass its own list to `createRuleEngine({ bankHolidays })`, e.g. refreshed from
 * https://www.gov.uk/bank-holidays.json.
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = Object.freeze([
  // 2024
  '2024-01-01',
  '2024-03-29',
  '2024-04-01',
  '2024-05-06',
  '2024-05-27',
  '2024-08-26',
  '2024-12-25',
  '2024-12-26',
  // 2025
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  // 2026: Boxing Day falls on a Saturday, substitute Monday 28 December
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  // 2027: Christmas on a Saturday, substitutes Monday 27 and Tuesday 28 December
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
  // 2028 (projected): New Year's Day on a Saturday, substitute Monday 3 January
  '2028-01-03',
  '2028-04-14',
  '2028-04-17',
  '2028-05-01',
  '2028-05-29',
  '2028-08-28',
  '2028-12-25',
  '2028-12-26',
  // 2029 (projected)
  '2029-01-01',
  '2029-03-30',
  '2029-04-02',
  '2029-05-07',
  '2029-05-28',
  '2029-08-27',
  '2029-12-25',
  '2029-12-26',
  // 2030 (projected)
  '2030-01-01',
  '2030-04-19',
  '2030-04-22',
  '2030-05-06',
  '2030-05-27',
  '2030-08-26',
  '2030-12-25',
  '2030-12-26',
]);
