import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showError } from '../../lib/show-error';
import { useAuditStore } from '../../stores/audit';
import { SectionCard } from '../SectionCard';

/** Saves the audit trail as CSV through main's save dialog: one hire's, or with `hireId` null the whole trail. */
export function AuditExportButton({ hireId, children }: { hireId: number | null; children: ReactNode }) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);

  async function exportCsv() {
    setExporting(true);
    try {
      const outcome = await useAuditStore.getState().exportCsv(hireId);
      if (outcome.saved) notifications.show({ color: 'green', message: t('audit.exported', { fileName: outcome.fileName }) });
    } catch (error) {
      showError(error);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Button variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} loading={exporting} onClick={() => void exportCsv()}>
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
