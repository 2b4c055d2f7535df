import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../lib/use-action';
import { useAuditStore } from '../../stores/audit';
import { SectionCard } from '../common/SectionCard';

/** Saves the audit trail as CSV through main's save dialog: one hire's, or with `hireId` null the whole trail. */
export function AuditExportButton({ hireId, children }: { hireId: number | null; children: ReactNode }) {
  const { t } = useTranslation();
  const { busy, run } = useAction<'export'>();
  const exportCsv = () =>
    run('export', async () => {
      const outcome = await useAuditStore.getState().exportCsv(hireId);
      return outcome.saved ? t('audit.exported', { fileName: outcome.fileName }) : null;
    });

  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
      loading={busy !== null}
      onClick={() => void exportCsv()}
    >
      {children}
    </Button>
  );
}

/** The whole audit trail as CSV, for whoever reviews how the app is used. */
export function AuditExportCard() {
  const { t } = useTranslation();
  return (
    <SectionCard headingId="audit-heading" title={t('audit.allTitle')} intro={t('audit.allText')} align="flex-start">
      <AuditExportButton hireId={null}>{t('audit.exportAll')}</AuditExportButton>
    </SectionCard>
  );
}
