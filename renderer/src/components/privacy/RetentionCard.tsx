import { Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_YEARS } from '../../../../electron/shared/schemas/preferences';
import { showError } from '../../lib/show-error';
import { usePrivacyStore } from '../../stores/privacy';
import { PreferenceNumberForm } from '../common/PreferenceNumberForm';
import { SectionCard } from '../common/SectionCard';
import { ArchivedTable } from './ArchivedTable';
import { ErasedCopies } from './ErasedCopies';

/** Gallring: how long archived plans are kept, and which are past it. Nothing is erased by itself. */
export function RetentionCard() {
  const { t } = useTranslation();
  const proposal = usePrivacyStore((s) => s.proposal);

  useEffect(() => void usePrivacyStore.getState().loadProposal().catch(showError), []);

  return (
    <SectionCard headingId="retention-heading" title={t('privacy.retention.title')} intro={t('privacy.retention.text')}>
      <PreferenceNumberForm
        field="retentionYears"
        label={t('privacy.retention.years')}
        hint={t('privacy.retention.yearsHint')}
        min={RETENTION_YEARS.min}
        max={RETENTION_YEARS.max}
        rangeMessage={t('privacy.retention.yearsRange')}
        save={(years) => usePrivacyStore.getState().setRetentionYears(years)}
        saved={(years) => t('privacy.retention.saved', { count: years })}
      />
      {proposal && proposal.hires.length === 0 && <Text size="sm">{t('privacy.retention.none', { count: proposal.years })}</Text>}
      {proposal && proposal.hires.length > 0 && (
        <>
          <Text size="sm" fw={600} aria-live="polite">
            {t('privacy.retention.count', { count: proposal.hires.length })}
          </Text>
          <ArchivedTable hires={proposal.hires} label={t('privacy.retention.table')} />
        </>
      )}
      <ErasedCopies />
    </SectionCard>
  );
}
