import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { levelTextSchema, type CompetenceTemplate } from '../../../../electron/shared/schemas/competence-template';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useProgramsStore } from '../../stores/programs';
import { FormProblems } from './feedback';

type LevelText = CompetenceTemplate[number];

/** "BBIC – Socialstyrelsen" per line ⇄ the list of trainings. */
const asLines = (trainings: LevelText['trainings']) => trainings.map((t) => (t.provider ? `${t.name} – ${t.provider}` : t.name)).join('\n');
const fromLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...provider] = line.split(/\s+[–-]\s+/);
      return { name: name.trim(), provider: provider.join(' – ').trim() };
    });

/** Kompetensnivåer: what Nivå 1–4 mean and the trainings each recommends, editable per level. */
export function LevelsTab({ levels }: { levels: CompetenceTemplate }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        {t('program.levels.intro')}
      </Text>
      {levels.map((level) => (
        <LevelForm key={`${level.level}:${level.title}:${level.description}:${asLines(level.trainings)}`} saved={level} />
      ))}
    </Stack>
  );
}

function LevelForm({ saved }: { saved: LevelText }) {
  const { t } = useTranslation();
  const { values, set, errors, formError, saving, check, save } = useForm({
    title: saved.title,
    description: saved.description,
    trainings: asLines(saved.trainings),
  });
  const headingId = `level-${saved.level}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const level = check(levelTextSchema, {
      level: saved.level,
      title: values.title,
      description: values.description,
      trainings: fromLines(values.trainings),
    });
    if (!level) return;
    const stored = () =>
      useProgramsStore.getState().update((c) => ({ ...c, competence: c.competence.map((l) => (l.level === level.level ? level : l)) }));
    if (!(await save(stored))) return;
    notifySaved(t('program.levels.saved', { level: saved.level }));
  }

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={headingId}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id={headingId}>
            {t('program.levels.heading', { level: saved.level })}
          </Title>
          <TextInput
            label={t('program.levels.title')}
            value={values.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={errors.title}
            withAsterisk
          />
          <Textarea
            label={t('program.levels.description')}
            autosize
            minRows={3}
            value={values.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errors.description}
          />
          <Textarea
            label={t('program.levels.trainings')}
            description={t('program.levels.trainingsHint')}
            autosize
            minRows={2}
            value={values.trainings}
            onChange={(e) => set('trainings', e.currentTarget.value)}
            error={Object.entries(errors).find(([path]) => path.startsWith('trainings'))?.[1]}
          />
          <FormProblems error={formError} />
          <Group>
            <Button type="submit" size="sm" loading={saving}>
              {t('program.levels.save', { level: saved.level })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
