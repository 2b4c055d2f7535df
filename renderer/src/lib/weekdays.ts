/** Monday to Friday, as the catalogue keys their names ("hours.weekdays.1" is Monday). */
export const WEEKDAYS = ['1', '2', '3', '4', '5'] as const;
type Weekday = (typeof WEEKDAYS)[number];

/** The catalogue key of a weekday number (1 = Monday); booked slots and sessions fall Monday to Friday. */
export const weekdayKey = (day: number): Weekday => WEEKDAYS[Math.min(Math.max(Math.trunc(day), 1), WEEKDAYS.length) - 1]!;
