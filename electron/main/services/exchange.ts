import { createHash } from 'node:crypto';
import type { Db } from '../../../db/client';
import * as templates from '../../../db/queries/templates';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  exchangeFileSchema,
  MAX_EXCHANGE_BYTES,
  type ExchangeFile,
} from '../../shared/schemas/exchange';
import type { TemplateDraft } from '../../shared/schemas/template-api';
import type { TemplateContent } from '../../shared/schemas/template';
import { checkTemplateReferences, type TemplateProblem } from '../../shared/rules/template-checks';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import { problemMessages, titleLookup } from './problems';

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

const invalid = (fields: Record<string, string>) => new AppError('invalid-input', svText('exchange.invalid'), fields);

/** Builds the exchange file for a published version, or for a template's draft. */
export function exportProgramme(
  db: Db,
  source: { versionId: number } | { templateId: number },
  exportedBy: string,
  exportedAt: string,
): ExchangeFile | undefined {
  let uid: string, version: number | null, content: TemplateContent;
  if ('versionId' in source) {
    const found = templates.getVersion(db, source.versionId);
    if (!found) return undefined;
    ({ uid, content } = found);
    version = found.number;
  } else {
    const draft = templates.getDraft(db, source.templateId);
    if (!draft) return undefined;
    ({ uid, content } = draft);
    version = null;
  }
  const ids = [...new Set(content.binder.documents.flatMap((d) => (d.attachmentId ? [d.attachmentId] : [])))];
  const files = templates.attachmentData(db, ids).sort((a, b) => a.id.localeCompare(b.id));
  return {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    exportedAt,
    exportedBy,
    template: { uid, version },
    content,
    attachments: files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      mediaType: 'application/pdf' as const,
      size: f.size,
      dataBase64: f.data.toString('base64'),
    })),
  };
}

export const serializeProgramme = (file: ExchangeFile) => `${JSON.stringify(file, null, 2)}\n`;

/**
 * Reads and checks an exchange file completely before anything is stored. Every problem found
 * is reported, each as a Swedish sentence that says where in the programme it is.
 */
export function parseProgramme(bytes: Buffer): { file: ExchangeFile; data: Map<string, Buffer> } {
  if (bytes.length > MAX_EXCHANGE_BYTES) throw invalid({ _: svText('exchange.tooLarge') });
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw invalid({ _: svText('exchange.notJson') });
  }
  // A file of another kind or version is named as such rather than drowned in field errors.
  const head = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (head.format !== EXCHANGE_FORMAT) throw invalid({ format: svText('exchange.wrongFormat') });
  if (head.formatVersion !== EXCHANGE_FORMAT_VERSION) throw invalid({ formatVersion: svText('exchange.wrongVersion') });

  const parsed = exchangeFileSchema.safeParse(json);
  if (!parsed.success) throw invalid(problemMessages(parsed.error.issues, [], titleLookup(json)));
  const file = parsed.data;

  const problems: TemplateProblem[] = [];
  const data = new Map<string, Buffer>();
  file.attachments.forEach((a, index) => {
    const bytes = Buffer.from(a.dataBase64, 'base64');
    if (data.has(a.id)) problems.push({ path: `attachments.${index}.id`, key: 'template.duplicateId', values: { id: a.id } });
    else if (bytes.length !== a.size || sha256(bytes) !== a.id || !isPdf(bytes)) {
      problems.push({ path: `attachments.${index}`, key: 'exchange.attachmentMismatch', values: { name: a.fileName } });
    } else data.set(a.id, bytes);
  });
  const used = new Set(file.content.binder.documents.map((d) => d.attachmentId));
  file.attachments.forEach((a, index) => {
    if (!used.has(a.id)) problems.push({ path: `attachments.${index}`, key: 'exchange.attachmentUnused', values: { name: a.fileName } });
  });
  problems.push(
    ...checkTemplateReferences(file.content, new Set(file.attachments.map((a) => a.id))).map((p) => ({
      ...p,
      path: `content.${p.path}`,
    })),
  );
  if (problems.length) throw invalid(problemMessages([], problems, titleLookup(json)));
  return { file, data };
}

/** Imports a checked file as a new template with the file's content as its draft, in one transaction. */
export function importProgramme(db: Db, bytes: Buffer, now: string): TemplateDraft {
  const { file, data } = parseProgramme(bytes);
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    for (const a of file.attachments) {
      templates.storeAttachment(txDb, { id: a.id, fileName: a.fileName, mediaType: a.mediaType, data: data.get(a.id)! }, now);
    }
    return templates.createTemplate(txDb, file.content, now, file.template.uid);
  });
}

export const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';
