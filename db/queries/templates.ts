import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { withCurrentFields, type TemplateContent } from '../../electron/shared/schemas/template';
import type { AttachmentMeta, TemplateDraft, TemplateSummary, TemplateVersion } from '../../electron/shared/schemas/template-api';
import { sortBySwedish } from '../../electron/shared/rules/collation';
import type { Db } from '../client';
import { attachments, templates, templateVersions } from '../schema';

/** Compared with the fields added since filled in, so a draft saved by this version equals its older published copy. */
const sameContent = (a: TemplateContent, b: TemplateContent) =>
  JSON.stringify(withCurrentFields(a)) === JSON.stringify(withCurrentFields(b));

function draftRow(db: Db, templateId: number) {
  return db
    .select()
    .from(templateVersions)
    .where(and(eq(templateVersions.templateId, templateId), isNull(templateVersions.number)))
    .get();
}

function latestPublished(db: Db, templateId: number) {
  return db
    .select()
    .from(templateVersions)
    .where(and(eq(templateVersions.templateId, templateId), isNotNull(templateVersions.number)))
    .orderBy(desc(templateVersions.number))
    .get();
}

export function listTemplates(db: Db): TemplateSummary[] {
  const rows = db.select().from(templates).all();
  const summaries = rows.map((t): TemplateSummary => {
    const versions = db
      .select({
        id: templateVersions.id,
        number: templateVersions.number,
        publishedAt: templateVersions.publishedAt,
        content: templateVersions.content,
      })
      .from(templateVersions)
      .where(and(eq(templateVersions.templateId, t.id), isNotNull(templateVersions.number)))
      .orderBy(desc(templateVersions.number))
      .all();
    const draft = draftRow(db, t.id);
    const latest = versions[0];
    return {
      id: t.id,
      uid: t.uid,
      name: t.name,
      updatedAt: t.updatedAt,
      itemCount: (draft ?? latest)?.content.items.length ?? 0,
      unpublishedChanges: !!draft && (!latest || !sameContent(draft.content, latest.content)),
      versions: versions.map((v) => ({ id: v.id, number: v.number ?? 0, publishedAt: v.publishedAt ?? '', name: v.content.name })),
    };
  });
  return sortBySwedish(summaries, (t) => t.name);
}

/** Creates a template whose draft holds `content`; the uid is kept when it is free, as on import. */
export function createTemplate(db: Db, content: TemplateContent, now: string, uid?: string): TemplateDraft {
  return db.transaction((tx) => {
    const free = uid && !tx.select({ id: templates.id }).from(templates).where(eq(templates.uid, uid)).get();
    const template = tx
      .insert(templates)
      .values({ uid: free ? uid : randomUUID(), name: content.name, createdAt: now, updatedAt: now })
      .returning()
      .get();
    tx.insert(templateVersions).values({ templateId: template.id, content, createdAt: now, updatedAt: now }).run();
    return getDraft(tx, template.id)!;
  });
}

/** The editable draft; every template has exactly one, made with it and kept after publishing. */
export function getDraft(db: Db, templateId: number): TemplateDraft | undefined {
  const template = db.select().from(templates).where(eq(templates.id, templateId)).get();
  const draft = template && draftRow(db, templateId);
  if (!template || !draft) return undefined;
  const latest = latestPublished(db, templateId);
  return {
    templateId,
    uid: template.uid,
    content: withCurrentFields(draft.content),
    updatedAt: draft.updatedAt,
    latestVersion: latest?.number ?? null,
    unpublishedChanges: !latest || !sameContent(draft.content, latest.content),
    attachments: attachmentsFor(db, draft.content),
  };
}

export function saveDraft(db: Db, templateId: number, content: TemplateContent, now: string): TemplateDraft | undefined {
  return db.transaction((tx) => {
    const draft = getDraft(tx, templateId);
    if (!draft) return undefined;
    tx.update(templateVersions)
      .set({ content, updatedAt: now })
      .where(and(eq(templateVersions.templateId, templateId), isNull(templateVersions.number)))
      .run();
    tx.update(templates).set({ name: content.name, updatedAt: now }).where(eq(templates.id, templateId)).run();
    return getDraft(tx, templateId);
  });
}

/** Freezes the draft as the next numbered version. Returns undefined when there is nothing new. */
export function publishDraft(
  db: Db,
  templateId: number,
  now: string,
  publishedBy: number | null,
): TemplateVersion | 'unchanged' | undefined {
  return db.transaction((tx) => {
    const draft = getDraft(tx, templateId);
    if (!draft) return undefined;
    if (!draft.unpublishedChanges) return 'unchanged';
    const number = (draft.latestVersion ?? 0) + 1;
    const row = tx
      .insert(templateVersions)
      .values({ templateId, number, content: draft.content, publishedAt: now, publishedBy, createdAt: now, updatedAt: now })
      .returning()
      .get();
    return toVersion(row);
  });
}

function toVersion(row: typeof templateVersions.$inferSelect): TemplateVersion {
  return {
    id: row.id,
    templateId: row.templateId,
    number: row.number ?? 0,
    publishedAt: row.publishedAt ?? '',
    content: withCurrentFields(row.content),
  };
}

export function getVersion(db: Db, versionId: number): (TemplateVersion & { uid: string }) | undefined {
  const row = db
    .select({ version: templateVersions, uid: templates.uid })
    .from(templateVersions)
    .innerJoin(templates, eq(templates.id, templateVersions.templateId))
    .where(and(eq(templateVersions.id, versionId), isNotNull(templateVersions.number)))
    .get();
  return row && { ...toVersion(row.version), uid: row.uid };
}

export const getTemplateName = (db: Db, templateId: number): string | undefined =>
  db.select({ name: templates.name }).from(templates).where(eq(templates.id, templateId)).get()?.name;

/** Every published version, newest template version first; what a new plan can be made from. */
export function listPublishedVersions(db: Db): TemplateVersion[] {
  return db
    .select()
    .from(templateVersions)
    .where(isNotNull(templateVersions.number))
    .orderBy(asc(templateVersions.templateId), desc(templateVersions.number))
    .all()
    .map(toVersion);
}

export function attachmentsFor(db: Db, content: TemplateContent): AttachmentMeta[] {
  const ids = content.binder.documents.flatMap((d) => (d.attachmentId ? [d.attachmentId] : []));
  if (!ids.length) return [];
  return db
    .select({ id: attachments.id, fileName: attachments.fileName, mediaType: attachments.mediaType, size: attachments.size })
    .from(attachments)
    .where(inArray(attachments.id, ids))
    .all();
}

export function attachmentData(db: Db, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .select()
    .from(attachments)
    .where(inArray(attachments.id, [...ids]))
    .all();
}

export function knownAttachmentIds(db: Db, ids: readonly string[]): Set<string> {
  return new Set(attachmentData(db, ids).map((a) => a.id));
}

/** Stores a file once, however many documents or imports refer to it. */
export function storeAttachment(
  db: Db,
  file: { id: string; fileName: string; mediaType: string; data: Buffer },
  now: string,
): AttachmentMeta {
  db.insert(attachments)
    .values({ ...file, size: file.data.length, createdAt: now })
    .onConflictDoNothing()
    .run();
  return { id: file.id, fileName: file.fileName, mediaType: file.mediaType, size: file.data.length };
}
