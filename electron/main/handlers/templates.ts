import path from 'node:path';
import * as templates from '../../../db/queries/templates';
import { defaultProgramme } from '../../../db/seed/default-programme';
import { checkLoad } from '../../shared/rules/load-check';
import { checkTemplateReferences } from '../../shared/rules/template-checks';
import { getPreferences } from '../../../db/queries/preferences';
import { calendarOf } from '../services/plans';
import { svText, type TextKey } from '../../shared/i18n/translate';
import { MAX_EXCHANGE_BYTES } from '../../shared/schemas/exchange';
import { LIMITS, type TemplateContent } from '../../shared/schemas/template';
import { AppError } from '../errors';
import type { DomainHandlers } from '../ipc/dispatch';
import { today, type HandlerContext } from '../ipc/context';
import { exportProgramme, importProgramme, isPdf, serializeProgramme, sha256 } from '../services/exchange';
import { outcomeOf, readChosenFile, safeFileName, saveThroughDialog } from '../services/files';
import { problemMessages, titleLookup } from '../services/problems';
import { audited, chosenPerson } from '../ipc/audited';

function found<T>(value: T | undefined, key: TextKey = 'template.notFound'): T {
  if (value === undefined) throw new AppError('not-found', svText(key));
  return value;
}

/** An empty programme has the default norms and one phase, so it is valid from the start. */
export function emptyProgramme(name: string): TemplateContent {
  return {
    name,
    description: '',
    phases: [{ id: 'fas-1', name: 'Fas 1', purpose: '', window: { unit: 'week', start: 1, end: 4 } }],
    items: [],
    norms: defaultProgramme.norms,
    binder: { welcomeLetter: '', sections: [], contacts: [], documents: [] },
    competence: defaultProgramme.competence,
    checkIns: defaultProgramme.checkIns,
  };
}

async function exportTo(ctx: HandlerContext, source: { versionId: number } | { templateId: number }) {
  const file = found(exportProgramme(ctx.db, source, `Introplan ${ctx.version}`, ctx.now()), 'template.versionNotFound');
  const suffix = file.template.version ? ` v${file.template.version}.introplan.json` : ' (utkast).introplan.json';
  const target = await saveThroughDialog(
    ctx.desktop,
    {
      title: svText('program.exportDialog'),
      defaultName: `${safeFileName(file.content.name, 'program')}${suffix}`,
      filters: [{ name: svText('program.fileType'), extensions: ['json'] }],
    },
    () => serializeProgramme(file),
  );
  return outcomeOf(target);
}

export const templateHandlers: DomainHandlers<'templates'> = {
  'templates:list-templates': (_input, { db }) => templates.listTemplates(db),
  'templates:get-draft': ({ templateId }, { db }) => found(templates.getDraft(db, templateId)),
  'templates:check-load': ({ templateId }, ctx) =>
    checkLoad(
      found(templates.getDraft(ctx.db, templateId)).content,
      today(ctx),
      calendarOf(ctx.db),
      getPreferences(ctx.db).weekLoadLimitHours * 60,
    ),
  'templates:get-version': ({ versionId }, { db }) => found(templates.getVersion(db, versionId), 'template.versionNotFound'),
  'templates:list-published': (_input, { db }) => templates.listPublishedVersions(db),
  'templates:create-template': ({ name, fromVersionId }, ctx) => {
    const source =
      fromVersionId === null
        ? emptyProgramme(name)
        : { ...found(templates.getVersion(ctx.db, fromVersionId), 'template.versionNotFound').content, name };
    return audited(
      ctx,
      chosenPerson(ctx),
      (tx) => templates.createTemplate(tx, source, ctx.now()),
      (draft) => ({
        entity: 'template',
        entityId: draft.templateId,
        action: 'template.created',
        detail: { fromVersionId },
      }),
    );
  },
  'templates:save-draft': ({ templateId, content }, ctx) => {
    const ids = content.binder.documents.flatMap((d) => (d.attachmentId ? [d.attachmentId] : []));
    const problems = checkTemplateReferences(content, templates.knownAttachmentIds(ctx.db, ids));
    if (problems.length) {
      throw new AppError('invalid-input', svText('errors.invalid-input'), problemMessages([], problems, titleLookup(content)));
    }
    return audited(ctx, chosenPerson(ctx), (tx) => found(templates.saveDraft(tx, templateId, content, ctx.now())), {
      entity: 'template',
      entityId: templateId,
      action: 'template.draft-saved',
      detail: { items: content.items.length, phases: content.phases.length },
    });
  },
  'templates:publish-draft': ({ templateId }, ctx) => {
    const by = chosenPerson(ctx);
    const publish = (tx: Parameters<typeof templates.publishDraft>[0]) => {
      const version = found(templates.publishDraft(tx, templateId, ctx.now(), by));
      if (version === 'unchanged') throw new AppError('conflict', svText('template.nothingToPublish'));
      return version;
    };
    return audited(ctx, by, publish, (v) => ({
      entity: 'template',
      entityId: templateId,
      action: 'template.published',
      detail: { version: v.number, versionId: v.id },
    }));
  },
  'templates:export-version': ({ versionId }, ctx) => exportTo(ctx, { versionId }),
  'templates:export-draft': ({ templateId }, ctx) => exportTo(ctx, { templateId }),
  'templates:import-programme': async (_input, ctx) => {
    const file = await ctx.desktop.chooseOpenFile({
      title: svText('program.importDialog'),
      filters: [{ name: svText('program.fileType'), extensions: ['json'] }],
    });
    if (!file) return { imported: false as const };
    const bytes = await readChosenFile(file, MAX_EXCHANGE_BYTES, { tooLarge: 'exchange.tooLarge', unreadable: 'exchange.unreadable' });
    const draft = audited(
      ctx,
      chosenPerson(ctx),
      (tx) => importProgramme(tx, bytes, ctx.now()),
      (d) => ({ entity: 'template', entityId: d.templateId, action: 'template.imported' }),
    );
    return { imported: true as const, draft };
  },
  'templates:attach-document': async (_input, ctx) => {
    const file = await ctx.desktop.chooseOpenFile({
      title: svText('program.attachDialog'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (!file) return null;
    const data = await readChosenFile(file, LIMITS.attachmentBytes, {
      tooLarge: 'exchange.fileTooLarge',
      unreadable: 'exchange.unreadable',
    });
    if (!isPdf(data)) throw new AppError('invalid-input', svText('exchange.notPdf'));
    const id = sha256(data);
    // The file name is the user's words: the trail keeps the content hash and size only.
    return audited(
      ctx,
      chosenPerson(ctx),
      (tx) => templates.storeAttachment(tx, { id, fileName: path.basename(file), mediaType: 'application/pdf', data }, ctx.now()),
      {
        entity: 'template',
        action: 'template.document-attached',
        detail: { attachmentId: id, bytes: data.length },
      },
    );
  },
};
