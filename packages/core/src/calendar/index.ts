export {
  addDays,
  addMonths,
  addToDate,
  addWeeks,
  addYears,
  DATE_UNITS,
  type DateUnit,
  isDateUnit,
} from './addToDate';
export { type AgeOptions, ageOn, birthdayIn, type LeapDayBirthday } from './ageOn';
export { BANK_HOLIDAY_CHANGES, type BankHolidayChange } from './bankHolidayChanges';
export {
  BANK_HOLIDAY_YEARS,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  englandAndWalesBankHolidays,
  requireBankHolidayYears,
} from './bankHolidays';
export { CalendarError } from './CalendarError';
export { diffDates, diffDays, diffMonths, diffWeeks, diffYears } from './diffDates';
export {
  type CalendarDate,
  compareIsoDates,
  dayOfWeek,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  type IsoWeekday,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  toDayNumber,
} from './isoDate';
export {
  compulsorySchoolAgeDate,
  isSchoolMilestone,
  receptionStart,
  SCHOOL_MILESTONES,
  type SchoolMilestone,
  type SchoolMilestoneOptions,
  schoolMilestone,
  termAfterBirthday,
} from './schoolMilestones';
export {
  addWorkingDays,
  countWorkingDays,
  type HolidayList,
  isWorkingDay,
  MAX_WORKING_DAYS,
  WORKING_DAY_COUNTINGS,
  type WorkingDayCounting,
} from './workingDays';
