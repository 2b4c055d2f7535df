import { useTranslation } from 'react-i18next';
import { useAction } from '../../lib/use-action';
import { exportCalendar } from '../../stores/hours';

/** Saves the hire's calendar (or everyone's) through main's dialog and says where it went. */
export function useCalendarExport() {
  const { t } = useTranslation();
  const { busy, run } = useAction<'calendar'>();
  return {
    exporting: busy !== null,
    run: (hireId?: number) =>
      run('calendar', async () => {
        const fileName = await exportCalendar(hireId);
        return fileName ? t('hours.export.saved', { fileName }) : null;
      }),
  };
}
