// Names of months and weekdays: dates are read with them, and a month is no person's name.

/** Month names, lower case, January first (index = month - 1). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Weekday names, lower case, Sunday first (index = `Date#getUTCDay()`). */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Month abbreviations that take a period ("Jan.", "Sept."), lower case, without it. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** The month abbreviations that are also given names ("Jan Lipavsky", "Jun Azumi", "Mar Roxas"). */
export const MONTH_ABBREVIATIONS_ALSO_NAMES: readonly string[] = ['jan', 'mar', 'jun'];
