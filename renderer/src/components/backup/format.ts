import dayjs from 'dayjs';
import { i18n } from '../../i18n';
import { dayDate } from '../../lib/dates';

/** "måndag 23 november 2026 kl. 14.05" for a backup's local wall-clock time, as the dialogs say it. */
export const longWhen = (localTime: string) =>
  i18n.t('backup.when', { date: dayjs(localTime).format(i18n.t('backup.dateFormat')), time: dayjs(localTime).format(i18n.t('backup.timeFormat')) });

/** "mån 23 nov 2026 kl. 14.05", for the table. */
export const shortWhen = (localTime: string) =>
  i18n.t('backup.when', { date: dayDate(localTime.slice(0, 10)), time: dayjs(localTime).format(i18n.t('backup.timeFormat')) });
