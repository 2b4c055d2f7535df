import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';

dayjs.extend(isoWeek);

/** "mån 17 aug 2026" (in the language dayjs is set to) for a "YYYY-MM-DD" calendar date. */
export const dayDate = (iso: string) => dayjs(iso).format('ddd D MMM YYYY');

/** The ISO week number Swedes use ("vecka 34"). */
export const weekNumber = (iso: string) => dayjs(iso).isoWeek();

/** The local calendar day of an instant ("2026-11-23T09:00:00.000Z"), as dayDate shows it. */
export const instantDate = (instant: string) => dayDate(dayjs(instant).format('YYYY-MM-DD'));
