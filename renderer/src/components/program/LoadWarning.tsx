import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import type { LoadCheck } from '../../../../electron/shared/rules/load-check';
import type { TemplateDraft } from '../../../../electron/shared/schemas/template-api';
import { dayDate } from '../../lib/dates';
import { useProgramsStore } from '../../stores/programs';

/**
 * Weeks in which the draft would ask more of a new hire than the load limit (Inställningar), for a
 * plan starting next week; checked again after every save. Says nothing while the load is fine.
 */
export function LoadWarning({ draft }: { draft: TemplateDraft }) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<LoadCheck | null>(null);

  useEffect(() => {
    let current = true;
    useProgramsStore
      .getState()
      .checkLoad(draft.templateId)
      .then((found) => current && setCheck(found))
      // The editor works without the check; a failure only means no warning.
      .catch(() => current && setCheck(null));
    return () => {
      current = false;
    };
  }, [draft.templateId, draft.updatedAt]);

  if (!check?.heavy.length) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('program.load.title')}>
      <Text size="sm" mb="xs">
        {t('program.load.text', { date: dayDate(check.startDate), limit: formatMinutes(check.weekLimitMinutes) })}
      </Text>
      <List size="sm" spacing={2}>
        {check.heavy.map((w) => (
          <List.Item key={`${w.team}-${w.monday}`}>
            {t(w.team ? 'program.load.weekForTeam' : 'program.load.week', {
              week: w.week,
              year: w.year,
              time: formatMinutes(w.minutes),
              limit: formatMinutes(w.limitMinutes),
              team: w.team,
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
