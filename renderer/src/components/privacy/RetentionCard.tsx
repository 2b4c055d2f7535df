import { Button, Group, NumberInput, Text } from '@mantine/core';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { preferencesSchema, RETENTION_YEARS } from '../../../../electron/shared/schemas/preferences';
import { notifySaved } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { useForm } from '../../lib/use-form';
import type { FieldErrors } from '../../lib/validate';
import { usePrivacyStore } from '../../stores/privacy';
import { useSettingsStore } from '../../stores/settings';
import { SectionCard } from '../common/SectionCard';
import { ArchivedTable } from './ArchivedTable';

const retentionInput = preferencesSchema.pick({ retentionYears: true });

/** Gallring: how long archived plans are kept, and which are past it. Nothing is erased by itself. */
export function RetentionCard() {
  const { t } = useTranslation();
  const stored = useSettingsStore((s) => s.preferences.retentionYears);
  const proposal = usePrivacyStore((s) => s.proposal);
  // What the user is typing; until they type, the stored value.
  const form = useForm<{ retentionYears?: number | string }>({}, { notify: true });
  const years = form.values.retentionYears ?? stored;

  useEffect(() => void usePrivacyStore.getState().loadProposal().catch(showError), []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const value = typeof years === 'number' ? years : undefined;
    const empty: FieldErrors = value === undefined ? { retentionYears: t('privacy.retention.yearsRange') } : {};
    const input = form.check(retentionInput, { retentionYears: value }, empty);
    if (!input || !(await form.save(() => usePrivacyStore.getState().setRetentionYears(input.retentionYears)))) return;
    form.patch({ retentionYears: undefined });
    notifySaved(t('privacy.retention.saved', { count: input.retentionYears }));
  }

  return (
    <SectionCard headingId="retention-heading" title={t('privacy.retention.title')} intro={t('privacy.retention.text')}>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('privacy.retention.years')}
            description={t('privacy.retention.yearsHint')}
            value={years}
            onChange={(value) => form.set('retentionYears', value)}
            error={form.errors.retentionYears}
            min={RETENTION_YEARS.min}
            max={RETENTION_YEARS.max}
            allowDecimal={false}
            w={320}
          />
          <Button type="submit" variant="default" loading={form.saving}>
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
