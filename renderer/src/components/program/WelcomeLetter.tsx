import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { binderSchema } from '../../../../electron/shared/schemas/template';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useProgramsStore } from '../../stores/programs';
import { FormProblems } from './feedback';

const letterSchema = binderSchema.pick({ welcomeLetter: true });

/** The letter that opens the binder; saved with its own button, and flagged while unsaved. */
export function WelcomeLetter({ saved }: { saved: string }) {
  const { t } = useTranslation();
  const { values, set, errors, formError, saving, check, save } = useForm({ welcomeLetter: saved });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const letter = check(letterSchema, values);
    if (!letter || !(await save(() => useProgramsStore.getState().update((c) => ({ ...c, binder: { ...c.binder, ...letter } }))))) return;
    notifySaved(t('program.binder.welcomeSaved'));
  }
  const dirty = values.welcomeLetter.trim() !== saved.trim();

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="binder-welcome">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="binder-welcome">
            {t('program.binder.welcomeTitle')}
          </Title>
          <Textarea
            label={t('program.binder.welcomeLetter')}
            description={t('program.binder.welcomeHint')}
            autosize
            minRows={6}
            maxRows={20}
            value={values.welcomeLetter}
            error={errors.welcomeLetter}
            onChange={(e) => set('welcomeLetter', e.currentTarget.value)}
          />
          <FormProblems error={formError} />
          <Group>
            <Button type="submit" size="sm" loading={saving} disabled={!dirty}>
              {t('program.binder.saveWelcome')}
            </Button>
            {dirty && (
              <Text size="sm" c="orange.8" role="status">
                {t('program.binder.unsaved')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
