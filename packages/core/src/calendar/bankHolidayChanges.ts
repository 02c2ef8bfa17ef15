/**
 * One-off changes to the England and Wales bank holidays since 1990, as proclaimed: a standing
 * holiday moved to another day, or an extra day given once. The standing rules cannot foresee these,
 * so they are kept here as data. When a new one is proclaimed, add it here (and to the tests).
 */
export interface BankHolidayChange {
  year: number;
  /** The standing-rule date the change takes away (a moved holiday's usual day), if any. */
  instead?: string;
  /** The day the holiday falls on. */
  date: string;
  /** Why, in a few words. */
  reason: string;
}

export const BANK_HOLIDAY_CHANGES: readonly BankHolidayChange[] = Object.freeze(
  [
    {
      year: 1995,
      instead: '1995-05-01',
      date: '1995-05-08',
      reason: 'Early May holiday moved for the 50th anniversary of VE Day',
    },
    { year: 1999, date: '1999-12-31', reason: 'Millennium holiday' },
    { year: 2002, instead: '2002-05-27', date: '2002-06-04', reason: 'Spring holiday moved for the Golden Jubilee' },
    { year: 2002, date: '2002-06-03', reason: 'Golden Jubilee' },
    { year: 2011, date: '2011-04-29', reason: 'Royal wedding' },
    { year: 2012, instead: '2012-05-28', date: '2012-06-04', reason: 'Spring holiday moved for the Diamond Jubilee' },
    { year: 2012, date: '2012-06-05', reason: 'Diamond Jubilee' },
    {
      year: 2020,
      instead: '2020-05-04',
      date: '2020-05-08',
      reason: 'Early May holiday moved for the 75th anniversary of VE Day',
    },
    { year: 2022, instead: '2022-05-30', date: '2022-06-02', reason: 'Spring holiday moved for the Platinum Jubilee' },
    { year: 2022, date: '2022-06-03', reason: 'Platinum Jubilee' },
    { year: 2022, date: '2022-09-19', reason: 'State funeral of Queen Elizabeth II' },
    { year: 2023, date: '2023-05-08', reason: 'Coronation of King Charles III' },
  ].map((change) => Object.freeze(change)),
);
