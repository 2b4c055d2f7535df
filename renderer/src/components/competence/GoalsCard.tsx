import { Button, Group, SimpleGrid, Textarea } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveGoalsInput, type HireCompetence } from '../../../../electron/shared/schemas/competence';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useCompetenceStore } from '../../stores/competence';
import { clientHint } from '../common/ClientHint';
import { SectionCard } from '../common/SectionCard';

/** The hire's goals, short and long term, written together at the start and at the medarbetarsamtal. */
export function GoalsCard({ competence, readOnly }: { competence: HireCompetence; readOnly: boolean }) {
  const { t } = useTranslation();
  const { values, set, errors, saving, check, save } = useForm(
    { shortGoals: competence.shortGoals, longGoals: competence.longGoals },
    { notify: true },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = check(saveGoalsInput.omit({ hireId: true }), values);
    if (!fields || !(await save(() => useCompetenceStore.getState().saveGoals(fields.shortGoals, fields.longGoals)))) return;
    notifySaved(t('competence.goals.saved'));
  }

  const area = (key: 'shortGoals' | 'longGoals', label: string) => (
    <Textarea
      label={label}
      {...clientHint}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errors[key]}
      autosize
      minRows={3}
      maxLength={4000}
      readOnly={readOnly}
    />
  );
  return (
    <SectionCard headingId="competence-goals" title={t('competence.goals.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="competence-goals">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {area('shortGoals', t('competence.goals.short'))}
          {area('longGoals', t('competence.goals.long'))}
        </SimpleGrid>
        {!readOnly && (
          <Group justify="flex-end" mt="sm">
            <Button type="submit" loading={saving}>
              {t('competence.goals.save')}
            </Button>
          </Group>
        )}
      </form>
    </SectionCard>
  );
}
