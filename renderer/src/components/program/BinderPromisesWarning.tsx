import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkBinderPromises } from '../../../../electron/shared/rules/binder-promises';
import type { TemplateDraft } from '../../../../electron/shared/schemas/template-api';

/**
 * Texts of the draft that promise the new hire something "i pärmen" the binder will not hold (a
 * document placed in the binder without a file, a booklet sentence about a page that is not
 * there). A warning only: the programme can still be published. Says nothing while all is kept.
 */
export function BinderPromisesWarning({ draft }: { draft: TemplateDraft }) {
  const { t } = useTranslation();
  const problems = useMemo(
    () => checkBinderPromises(draft.content, new Set(draft.attachments.map((a) => a.id))),
    [draft.content, draft.attachments],
  );
  if (!problems.length) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('program.promises.title')}>
      <Text size="sm" mb="xs">
        {t('program.promises.text')}
      </Text>
      <List size="sm" spacing={2}>
        {problems.map((p) => (
          <List.Item key={`${p.path}-${String(p.values?.sentence ?? '')}`}>{t(p.key, p.values ?? {})}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
