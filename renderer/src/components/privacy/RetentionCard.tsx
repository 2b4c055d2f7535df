import { Button, Group, NumberInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_YEARS } from '../../../../electron/shared/schemas/preferences';
import { ApiError } from '../../api';
import { showError } from '../../lib/show-error';
import { usePrivacyStore } from '../../stores/privacy';
import { useSettingsStore } from '../../stores/settings';
import { SectionCard } from '../SectionCard';
import { ArchivedTable } from './ArchivedTable';

/** Gallring: how long archived plans are kept, and which are past it. Nothing is erased by itself. */
export function RetentionCard() {
  const { t } = useTranslation();
  const stored = useSettingsStore((s) => s.preferences.retentionYears);
  const proposal = usePrivacyStore((s) => s.proposal);
  // What the user is typing; until they type, the stored value.
  const [draft, setDraft] = useState<number | string | null>(null);
  const years = draft ?? stored;
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  useEffect(() => void usePrivacyStore.getState().loadProposal().catch(showError), []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const value = typeof years === 'number' ? years : Number.NaN;
    if (!Number.isInteger(value) || value < RETENTION_YEARS.min || value > RETENTION_YEARS.max) return setError(t('privacy.retention.yearsRange'));
    setSaving(true);
    try {
      await usePrivacyStore.getState().setRetentionYears(value);
      setDraft(null);
      notifications.show({ color: 'green', message: t('privacy.retention.saved', { count: value }) });
    } catch (e) {
      if (e instanceof ApiError && e.payload.fields?.retentionYears) setError(e.payload.fields.retentionYears);
      else showError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <SectionCard headingId="retention-heading" title={t('privacy.retention.title')} intro={t('privacy.retention.text')}>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('privacy.retention.years')}
            description={t('privacy.retention.yearsHint')}
            value={years}
            onChange={(value) => {
              setDraft(value);
              setError(undefined);
            }}
            error={error}
            min={RETENTION_YEARS.min}
            max={RETENTION_YEARS.max}
            allowDecimal={false}
            w={320}
          />
          <Button type="submit" variant="default" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
      {proposal && proposal.hires.length === 0 && <Text size="sm">{t('privacy.retention.none', { count: proposal.years })}</Text>}
      {proposal && proposal.hires.length > 0 && (
        <>
          <Text size="sm" fw={600} aria-live="polite">
            {t('privacy.retention.count', { count: proposal.hires.length })}
          </Text>
          <ArchivedTable hires={proposal.hires} label={t('privacy.retention.table')} />
        </>
      )}
    </SectionCard>
  );
}
