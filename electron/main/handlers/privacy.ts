import dayjs from 'dayjs';
import { getPreferences } from '../../../db/queries/preferences';
import { archivedBefore, listArchived, setArchived } from '../../../db/queries/privacy';
import { getPerson } from '../../../db/queries/staff';
import { svText, type TextKey } from '../../shared/i18n/translate';
import { confirmsName } from '../../shared/schemas/privacy';
import { AppError } from '../errors';
import type { DomainHandlers } from '../ipc/dispatch';
import { copiesHoldingErased } from '../services/backup/erased-copies';
import { eraseHire } from '../services/erase';
import { outcomeOf, safeFileName, saveThroughDialog } from '../services/files';
import { personalExport, serializePersonalExport } from '../services/personal-export';
import { hireOrFail } from '../services/plans';
import { today } from '../ipc/context';
import { summaryOf } from '../services/summaries';
import { actor, audited } from '../ipc/audited';

const refuse = (key: TextKey) => new AppError('conflict', svText(key));

export const privacyHandlers: DomainHandlers<'privacy'> = {
  /** A register extract; who exported it is recorded, since the file leaves the app's protection. */
  'privacy:export-hire': async ({ hireId }, ctx) => {
    const by = actor(ctx);
    const hire = hireOrFail(ctx.db, hireId);
    const options = {
      title: svText('privacy.exportDialog', { name: hire.name }),
      defaultName: svText('privacy.exportFileName', { name: safeFileName(hire.name) }),
      filters: [{ name: svText('privacy.exportFileType'), extensions: ['json'] }],
    };
    const exportedBy = getPerson(ctx.db, by)?.name ?? null;
    const target = await saveThroughDialog(ctx.desktop, options, () =>
      serializePersonalExport(personalExport(ctx.db, hireId, ctx.now(), exportedBy)),
    );
    // Nothing in the database changes; the row records that the data left it.
    if (target) audited(ctx, by, () => undefined, { entity: 'hire', entityId: hireId, hireId, action: 'hire.exported' });
    return outcomeOf(target);
  },
  'privacy:set-archived': ({ hireId, archived }, ctx) => {
    const by = actor(ctx);
    const hire = hireOrFail(ctx.db, hireId);
    if (archived && hire.archivedAt !== null) throw refuse('privacy.alreadyArchived');
    if (archived && hire.finishedAt === null) throw refuse('privacy.notFinished');
    if (!archived && hire.archivedAt === null) throw refuse('privacy.notArchived');
    const now = ctx.now();
    audited(ctx, by, (tx) => setArchived(tx, hireId, archived ? { at: now, by } : null, now), {
      entity: 'hire',
      entityId: hireId,
      hireId,
      action: archived ? 'hire.archived' : 'hire.unarchived',
    });
    return summaryOf(ctx.db, hireId, today(ctx));
  },
  'privacy:list-archived': (_input, ctx) => listArchived(ctx.db),
  'privacy:retention-proposal': (_input, ctx) => {
    const years = getPreferences(ctx.db).retentionYears;
    const before = dayjs(ctx.now()).subtract(years, 'year').toISOString();
    return { years, before, hires: archivedBefore(ctx.db, before) };
  },
  'privacy:erase-hire': ({ hireId, confirmName }, ctx) => {
    const by = actor(ctx);
    const hire = hireOrFail(ctx.db, hireId);
    if (!confirmsName(confirmName, hire.name)) {
      throw new AppError('invalid-input', svText('privacy.confirmMismatch'), { confirmName: svText('privacy.confirmMismatch') });
    }
    const scrub = eraseHire(ctx, ctx.session.file, ctx.session.sqlite, hireId, by);
    return { scrub, ...copiesHoldingErased(ctx, hireId) };
  },
};
