import { Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decideLevelInput, LEVELS, type Level } from '../../../../electron/shared/schemas/competence';
import { dayDate } from '../../lib/dates';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useCompetenceStore } from '../../stores/competence';
import { clientHint } from '../common/ClientHint';
import { DateField } from '../common/DateField';
import { FormActions } from '../common/FormActions';

interface Props {
  opened: boolean;
  onClose: () => void;
  current: Level;
  today: string;
}

/** A decision on the level: which, from when, and why; the earlier ones stay as history. */
export function LevelModal({ opened, onClose, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('competence.level.dialog')}>
      {opened && <LevelForm {...props} onClose={onClose} />}
    </Modal>
  );
}

function LevelForm({ current, today, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const { values, set, errors, saving, check, save } = useForm({ level: String(current), decidedOn: today, note: '' }, { notify: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = check(decideLevelInput.omit({ hireId: true }), {
      level: Number(values.level),
      decidedOn: values.decidedOn,
      note: values.note,
    });
    if (!fields) return;
    if (!(await save(() => useCompetenceStore.getState().decideLevel(fields)))) return;
    notifySaved(t('competence.level.saved', { level: fields.level, date: dayDate(fields.decidedOn) }));
    onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="level-choice">
            {t('competence.level.choose')}
          </Text>
          <SegmentedControl
            aria-labelledby="level-choice"
            data={LEVELS.map((l) => ({ value: String(l), label: t('competence.level.option', { level: l }) }))}
            value={values.level}
            onChange={(v) => set('level', v)}
          />
        </Stack>
        <DateField
          label={t('competence.level.from')}
          value={values.decidedOn}
          onChange={(iso) => set('decidedOn', iso)}
          error={errors.decidedOn}
          withAsterisk
        />
        <Textarea
          label={t('competence.level.note')}
          {...clientHint}
          value={values.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          error={errors.note}
          autosize
          minRows={2}
          maxLength={1000}
        />
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('competence.level.save')} />
      </Stack>
    </form>
  );
}
