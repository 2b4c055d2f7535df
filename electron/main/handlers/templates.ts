import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as templates from '../../../db/queries/templates';
import { defaultProgramme } from '../../../db/seed/default-programme';
import { checkTemplateReferences } from '../../shared/rules/template-checks';
import { translateSv } from '../../shared/i18n/translate';
import { LIMITS, type TemplateContent } from '../../shared/schemas/template';
import { AppError } from '../errors';
import type { HandlerTable } from '../ipc/dispatch';
import type { HandlerContext } from '../ipc/context';
import { exportProgramme, importProgramme, isPdf, serializeProgramme, sha256 } from '../services/exchange';
import { writeFileAtomically } from '../services/files';
import { problemMessages, titleLookup } from '../services/problems';

const text = (key: string, vars?: Record<string, string | number>) => translateSv(key, vars) ?? key;

function found<T>(value: T | undefined, key = 'template.notFound'): T {
  if (value === undefined) throw new AppError('not-found', text(key));
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

const fileNameFor = (name: string, suffix: string) =>
  `${name.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim() || 'program'}${suffix}`;

async function readChosenFile(file: string, maxBytes: number, tooLargeKey: string): Promise<Buffer> {
  try {
    if ((await stat(file)).size > maxBytes) throw new AppError('invalid-input', text(tooLargeKey));
    return await readFile(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid-input', text('exchange.unreadable'));
  }
}

async function exportTo(ctx: HandlerContext, source: { versionId: number } | { templateId: number }) {
  const file = found(exportProgramme(ctx.db, source, `Introplan ${ctx.version}`, ctx.now()), 'template.versionNotFound');
  const suffix = file.template.version ? ` v${file.template.version}.introplan.json` : ' (utkast).introplan.json';
  const target = await ctx.desktop.chooseSaveFile({
    title: text('program.exportDialog'),
    defaultName: fileNameFor(file.content.name, suffix),
    filters: [{ name: text('program.fileType'), extensions: ['json'] }],
  });
  if (!target) return { saved: false as const };
  await writeFileAtomically(target, serializeProgramme(file));
  return { saved: true as const, fileName: path.basename(target) };
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
      throw new AppError('invalid-input', text('errors.invalid-input'), problemMessages([], problems, titleLookup(content)));
    }
    return found(templates.saveDraft(db, templateId, content, now()));
  },
  'templates:publish-draft': ({ templateId }, { db, now }) => {
    const version = found(templates.publishDraft(db, templateId, now(), null));
    if (version === 'unchanged') throw new AppError('conflict', text('template.nothingToPublish'));
    return version;
  },
  'templates:export-version': ({ versionId }, ctx) => exportTo(ctx, { versionId }),
  'templates:export-draft': ({ templateId }, ctx) => exportTo(ctx, { templateId }),
  'templates:import-programme': async (_input, ctx) => {
    const file = await ctx.desktop.chooseOpenFile({
      title: text('program.importDialog'),
      filters: [{ name: text('program.fileType'), extensions: ['json'] }],
    });
    if (!file) return { imported: false as const };
    const bytes = await readChosenFile(file, 60 * 1024 * 1024, 'exchange.tooLarge');
    return { imported: true as const, draft: importProgramme(ctx.db, bytes, ctx.now()) };
  },
  'templates:attach-document': async (_input, { db, desktop, now }) => {
    const file = await desktop.chooseOpenFile({ title: text('program.attachDialog'), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (!file) return null;
    const data = await readChosenFile(file, LIMITS.attachmentBytes, 'exchange.fileTooLarge');
    if (!isPdf(data)) throw new AppError('invalid-input', text('exchange.notPdf'));
    return templates.storeAttachment(db, { id: sha256(data), fileName: path.basename(file), mediaType: 'application/pdf', data }, now());
  },
} satisfies Partial<HandlerTable>;
