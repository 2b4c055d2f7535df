import { ActionIcon, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../electron/shared/contract';
import { COMMON_NUMBERS_MAX, type CommonNumber } from '../../../../electron/shared/schemas/binder';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useBinderStore } from '../../stores/binder';

// What the users asked for first. The binder is Swedish, so the labels are too, in any language.
const SUGGESTED: CommonNumber[] = ['Växel', 'Socialjour', 'IT-support'].map((label) => ({ label, phone: '', email: '' }));
const blank = (n: CommonNumber) => !n.label.trim() && !n.phone.trim() && !n.email.trim();

/**
 * Inställningar › Introduktionspärmen › the municipality's numbers (växel, socialjour, IT-support):
 * label, phone and an optional e-mail per row, saved together. An empty list starts with suggestions.
 */
export function CommonNumbersForm({ stored, disabled }: { stored: CommonNumber[]; disabled: boolean }) {
  const { t } = useTranslation();
  const { saveNumbers } = useBinderStore.getState();
  // What the user has changed; until then the rows show the stored list (or the suggestions).
  const form = useForm<{ rows?: CommonNumber[] }>({}, { notify: true, fieldName: (path) => path.replace(/^numbers\./, 'rows.') });
  const suggested = form.values.rows === undefined && stored.length === 0;
  const rows = form.values.rows ?? (stored.length ? stored : SUGGESTED);

  const change = (index: number, field: keyof CommonNumber, value: string) =>
    form.set(
      'rows',
      rows.map((r, i) => (i === index ? { ...r, [field]: value } : r)),
      `rows.${index}.${field}`,
    );
  const remove = (index: number) => form.patch({ rows: rows.filter((_, i) => i !== index) }, 'rows');

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Rows left wholly empty are not numbers; they are dropped rather than refused.
    const kept = rows.filter((r) => !blank(r));
    const input = form.check(contract['settings:update-common-numbers'].input, { numbers: kept });
    if (!input) return form.patch({ rows: kept });
    if (!(await form.save(() => saveNumbers(input.numbers)))) return;
    form.patch({ rows: undefined });
    notifySaved(t('binder.settings.numbers.saved'));
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="common-numbers-heading" style={{ marginTop: 8 }}>
      <Stack gap="xs">
        <div>
          <Title order={3} size="h5" id="common-numbers-heading">
            {t('binder.settings.numbers.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('binder.settings.numbers.intro')}
          </Text>
          {suggested && (
            <Text size="sm" c="dimmed">
              {t('binder.settings.numbers.suggested')}
            </Text>
          )}
        </div>
        {rows.length === 0 && <Text size="sm">{t('binder.settings.numbers.none')}</Text>}
        {rows.map((row, index) => {
          const name = row.label.trim() || t('binder.settings.numbers.row', { n: index + 1 });
          return (
            <Group key={index} align="flex-start" gap="sm" role="group" aria-label={name}>
              <TextInput
                label={t('binder.settings.numbers.label')}
                value={row.label}
                onChange={(e) => change(index, 'label', e.currentTarget.value)}
                error={form.errors[`rows.${index}.label`]}
                w={200}
              />
              <TextInput
                label={t('binder.settings.numbers.phone')}
                type="tel"
                value={row.phone}
                onChange={(e) => change(index, 'phone', e.currentTarget.value)}
                error={form.errors[`rows.${index}.phone`]}
                w={180}
              />
              <TextInput
                label={t('binder.settings.numbers.email')}
                type="email"
                value={row.email}
                onChange={(e) => change(index, 'email', e.currentTarget.value)}
                error={form.errors[`rows.${index}.email`]}
                w={260}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={
                  row.label.trim()
                    ? t('binder.settings.numbers.remove', { label: row.label.trim() })
                    : t('binder.settings.numbers.removeEmpty')
                }
                onClick={() => remove(index)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
        {form.errors['rows'] && (
          <Text size="sm" c="red">
            {form.errors['rows']}
          </Text>
        )}
        <Group gap="sm">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={disabled || rows.length >= COMMON_NUMBERS_MAX}
            onClick={() => form.set('rows', [...rows, { label: '', phone: '', email: '' }])}
          >
            {t('binder.settings.numbers.add')}
          </Button>
          <Button type="submit" loading={form.saving} disabled={disabled}>
            {t('binder.settings.numbers.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
