import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../electron/shared/contract';
import { formatBytes } from '../../../../electron/shared/rules/duration';
import { notifySaved } from '../../lib/notify';
import { useAction } from '../../lib/use-action';
import { useForm } from '../../lib/use-form';
import { useBinderStore } from '../../stores/binder';
import { SectionCard } from '../common/SectionCard';
import { CommonNumbersForm } from './CommonNumbersForm';

/** Inställningar › Introduktionspärmen: municipality, unit and logo for the binder's cover, and the municipality's numbers. */
export function BinderSettingsCard() {
  const { t } = useTranslation();
  const { data: settings, status, error: loadError } = useBinderStore((s) => s.settings);
  const { loadSettings, saveSettings, chooseLogo, removeLogo } = useBinderStore.getState();
  // What the user has typed; until then the fields show the stored values.
  const form = useForm<{ municipality?: string; unit?: string }>({}, { notify: true });
  const municipality = form.values.municipality ?? settings?.municipality ?? '';
  const unit = form.values.unit ?? settings?.unit ?? '';
  const logoAction = useAction<'logo'>();

  useEffect(() => void loadSettings(), [loadSettings]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = form.check(contract['settings:update-binder-settings'].input, { municipality, unit });
    if (!fields || !(await form.save(() => saveSettings(fields)))) return;
    form.patch({ municipality: undefined, unit: undefined });
    notifySaved(t('binder.settings.saved'));
  }

  const logo = settings?.logo;
  return (
    <SectionCard headingId="binder-settings-heading" title={t('binder.settings.title')} intro={t('binder.settings.intro')}>
      {status === 'error' && (
        <Text size="sm" c="red">
          {loadError}
        </Text>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('binder.settings.title')}>
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('binder.settings.municipality')}
            placeholder={t('binder.settings.municipalityHint')}
            value={municipality}
            onChange={(e) => form.set('municipality', e.currentTarget.value)}
            error={form.errors.municipality}
            w={280}
          />
          <TextInput
            label={t('binder.settings.unit')}
            placeholder={t('binder.settings.unitHint')}
            value={unit}
            onChange={(e) => form.set('unit', e.currentTarget.value)}
            error={form.errors.unit}
            w={320}
          />
          <Button type="submit" mt={25} loading={form.saving} disabled={status !== 'ready'}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('binder.settings.logo')}
        </Text>
        <Text size="sm">
          {logo ? t('binder.settings.logoInfo', { fileName: logo.fileName, size: formatBytes(logo.size) }) : t('binder.settings.noLogo')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('binder.settings.logoHint')}
        </Text>
        <Group gap="sm" mt={4}>
          <Button
            variant="light"
            leftSection={<IconPhoto size={16} aria-hidden />}
            loading={logoAction.busy === 'logo'}
            disabled={status !== 'ready'}
            onClick={() =>
              void logoAction.run('logo', async () => {
                const before = settings?.logo;
                const after = (await chooseLogo()).logo;
                return after && JSON.stringify(after) !== JSON.stringify(before) ? t('binder.settings.logoSaved') : null;
              })
            }
          >
            {t('binder.settings.chooseLogo')}
          </Button>
          {logo && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              disabled={logoAction.busy !== null || form.saving}
              onClick={() =>
                void logoAction.run('logo', async () => {
                  await removeLogo();
                  return t('binder.settings.logoRemoved');
                })
              }
            >
              {t('binder.settings.removeLogo')}
            </Button>
          )}
        </Group>
      </Stack>
      {settings && <CommonNumbersForm stored={settings.numbers} disabled={status !== 'ready'} />}
    </SectionCard>
  );
}
