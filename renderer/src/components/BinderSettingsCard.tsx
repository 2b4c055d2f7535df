import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../electron/shared/contract';
import { formatBytes } from '../../../electron/shared/rules/duration';
import { ApiError } from '../api';
import { showError } from '../lib/show-error';
import { validate, type FieldErrors } from '../lib/validate';
import { useBinderStore } from '../stores/binder';
import { SectionCard } from './SectionCard';

/** Inställningar › Introduktionspärmen: municipality, unit and logo for the binder's cover. */
export function BinderSettingsCard() {
  const { t } = useTranslation();
  const settings = useBinderStore((s) => s.settings);
  const status = useBinderStore((s) => s.status);
  const loadError = useBinderStore((s) => s.loadError);
  const { loadSettings, saveSettings, chooseLogo, removeLogo } = useBinderStore.getState();
  // What the user has typed; until then the fields show the stored values.
  const [draft, setDraft] = useState<{ municipality?: string; unit?: string }>({});
  const municipality = draft.municipality ?? settings?.municipality ?? '';
  const unit = draft.unit ?? settings?.unit ?? '';
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState<'save' | 'logo' | null>(null);

  useEffect(() => void loadSettings(), [loadSettings]);

  async function run(kind: 'save' | 'logo', action: () => Promise<string | null>) {
    setBusy(kind);
    try {
      const message = await action();
      if (message) notifications.show({ color: 'green', message });
    } catch (error) {
      if (error instanceof ApiError && error.payload.fields) setErrors(error.payload.fields);
      showError(error);
    } finally {
      setBusy(null);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(contract['settings:update-binder-settings'].input, { municipality, unit }, (key) => t(key as never));
    if (!checked.ok) return setErrors(checked.errors);
    void run('save', async () => {
      await saveSettings(checked.data);
      setDraft({});
      return t('binder.settings.saved');
    });
  }

  const logo = settings?.logo;
  return (
    <SectionCard headingId="binder-settings-heading" title={t('binder.settings.title')} intro={t('binder.settings.intro')}>
      {status === 'error' && (
        <Text size="sm" c="red">
          {loadError}
        </Text>
      )}
      <form onSubmit={submit} noValidate aria-label={t('binder.settings.title')}>
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('binder.settings.municipality')}
            placeholder={t('binder.settings.municipalityHint')}
            value={municipality}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, municipality: value }));
              setErrors({});
            }}
            error={errors.municipality}
            w={280}
          />
          <TextInput
            label={t('binder.settings.unit')}
            placeholder={t('binder.settings.unitHint')}
            value={unit}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, unit: value }));
              setErrors({});
            }}
            error={errors.unit}
            w={320}
          />
          <Button type="submit" mt={25} loading={busy === 'save'} disabled={status !== 'ready'}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('binder.settings.logo')}
        </Text>
        <Text size="sm">{logo ? t('binder.settings.logoInfo', { fileName: logo.fileName, size: formatBytes(logo.size) }) : t('binder.settings.noLogo')}</Text>
        <Text size="xs" c="dimmed">
          {t('binder.settings.logoHint')}
        </Text>
        <Group gap="sm" mt={4}>
          <Button
            variant="light"
            leftSection={<IconPhoto size={16} aria-hidden />}
            loading={busy === 'logo'}
            disabled={status !== 'ready'}
            onClick={() =>
              void run('logo', async () => {
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
              disabled={busy !== null}
              onClick={() =>
                void run('logo', async () => {
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
    </SectionCard>
  );
}
