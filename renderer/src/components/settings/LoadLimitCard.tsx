import { useTranslation } from 'react-i18next';
import { WEEK_LOAD_LIMIT_HOURS } from '../../../../electron/shared/schemas/preferences';
import { useSettingsStore } from '../../stores/settings';
import { PreferenceNumberForm } from '../common/PreferenceNumberForm';
import { SectionCard } from '../common/SectionCard';

/** How many hours of a full working week the plan may ask of a new hire before the week is marked as too heavy. */
export function LoadLimitCard() {
  const { t } = useTranslation();
  return (
    <SectionCard headingId="load-heading" title={t('settings.load.title')} intro={t('settings.load.text')}>
      <PreferenceNumberForm
        field="weekLoadLimitHours"
        label={t('settings.load.hours')}
        hint={t('settings.load.hoursHint')}
        min={WEEK_LOAD_LIMIT_HOURS.min}
        max={WEEK_LOAD_LIMIT_HOURS.max}
        rangeMessage={t('settings.load.hoursRange')}
        save={(hours) => useSettingsStore.getState().setWeekLoadLimit(hours)}
        saved={(hours) => t('settings.load.saved', { hours })}
      />
    </SectionCard>
  );
}
