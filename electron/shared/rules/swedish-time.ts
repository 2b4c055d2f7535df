import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { IsoDate } from './days';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The programme runs on Swedish time, whatever zone the computer is set to. */
export const TIME_ZONE = 'Europe/Stockholm';

const stockholmDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Sweden at an ISO instant: what "today" means for due dates and lateness. */
export const swedishDate = (instant: string): IsoDate => {
  const parts = Object.fromEntries(stockholmDate.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
};

/** A wall-clock time in Sweden ("2026-11-23", "09:00") as a moment the calendar export can place. */
export const swedishWallClock = (date: IsoDate, time: string): Dayjs => dayjs.tz(`${date}T${time}`, TIME_ZONE);
