import { getHire } from '../../../db/queries/hires';
import { svText } from '../../shared/i18n/translate';
import type { DomainHandlers } from '../ipc/dispatch';
import { auditCsv, auditEvents } from '../services/audit-trail';
import { outcomeOf, safeFileName, saveThroughDialog } from '../services/files';

export const auditHandlers: DomainHandlers<'audit'> = {
  // No check that the hire still exists: the events of an erased hire stay in the trail.
  'audit:hire-history': ({ hireId }, ctx) => auditEvents(ctx.db, hireId, { titles: true }),
  'audit:export-trail': async ({ hireId }, ctx) => {
    const hire = hireId === null ? undefined : getHire(ctx.db, hireId);
    const defaultName =
      hireId === null ? svText('audit.fileNameAll') : svText('audit.fileNameHire', { name: hire ? safeFileName(hire.name) : `#${hireId}` });
    const options = {
      title: svText('audit.exportDialog'),
      defaultName,
      filters: [{ name: svText('audit.exportFileType'), extensions: ['csv'] }],
    };
    return outcomeOf(await saveThroughDialog(ctx.desktop, options, () => auditCsv(auditEvents(ctx.db, hireId, { titles: false }))));
  },
};
