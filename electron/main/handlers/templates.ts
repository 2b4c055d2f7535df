import path from 'node:path';
import * as templates from '../../../db/queries/templates';
import { defaultProgramme } from '../../../db/seed/default-programme';
import { checkTemplateReferences } from '../../shared/rules/template-checks';
import { svText } from '../../shared/i18n/translate';
import { MAX_EXCHANGE_BYTES } from '../../shared/schemas/exchange';
import { LIMITS, type TemplateContent } from '../../shared/schemas/template';
import { AppError } from '../errors';
import type { HandlerTable } from '../ipc/dispatch';
import type { HandlerContext } from '../ipc/context';
import { exportProgramme, importProgramme, isPdf, serializeProgramme, sha256 } from '../services/exchange';
import { outcomeOf, readChosenFile, safeFileName, saveThroughDialog } from '../services/files';
import { problemMessages, titleLookup } from '../services/problems';


function found<T>(value: T | undefined, key = 'template.notFound'): T {
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

export const templateHandlers = {
  'templates:list-templates': (_input, { db }) => templates.listTemplates(db),
  'templates:get-draft': ({ templateId }, { db }) => found(templates.getDraft(db, templateId)),
  'templates:get-version': ({ versionId }, { db }) => found(templates.getVersion(db, versionId), 'template.versionNotFound'),
  'templates:list-published': (_input, { db }) => templates.listPublishedVersions(db),
  'templates:create-template': ({ name, fromVersionId }, { db, now }) => {
    const source = fromVersionId === null ? emptyProgramme(name) : { ...found(templates.getVersion(db, fromVersionId), 'template.versionNotFound').content, name };
    return templates.createTemplate(db, source, now());
  },
  'templates:save-draft': ({ templateId, content }, { db, now }) => {
    const ids = content.binder.documents.flatMap((d) => (d.attachmentId ? [d.attachmentId] : []));
    const problems = checkTemplateReferences(content, templates.knownAttachmentIds(db, ids));
    if (problems.length) {
      throw new AppError('invalid-input', svText('errors.invalid-input'), problemMessages([], problems, titleLookup(content)));
    }
    return found(templates.saveDraft(db, templateId, content, now()));
  },
  'templates:publish-draft': ({ templateId }, { db, now }) => {
    const version = found(templates.publishDraft(db, templateId, now(), null));
    if (version === 'unchanged') throw new AppError('conflict', svText('template.nothingToPublish'));
    return version;
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
    return { imported: true as const, draft: importProgramme(ctx.db, bytes, ctx.now()) };
  },
  'templates:attach-document': async (_input, { db, desktop, now }) => {
    const file = await desktop.chooseOpenFile({ title: svText('program.attachDialog'), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (!file) return null;
    const data = await readChosenFile(file, LIMITS.attachmentBytes, { tooLarge: 'exchange.fileTooLarge', unreadable: 'exchange.unreadable' });
    if (!isPdf(data)) throw new AppError('invalid-input', svText('exchange.notPdf'));
    return templates.storeAttachment(db, { id: sha256(data), fileName: path.basename(file), mediaType: 'application/pdf', data }, now());
  },
} satisfies Partial<HandlerTable>;
