import { z } from 'zod';
import { templateContentSchema, type TemplateContent } from './template';

export const templateId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const versionId = templateId;

export interface AttachmentMeta {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export interface VersionSummary {
  id: number;
  number: number;
  publishedAt: string;
  name: string;
}

export interface TemplateSummary {
  id: number;
  uid: string;
  name: string;
  updatedAt: string;
  itemCount: number;
  unpublishedChanges: boolean;
  /** Newest first. */
  versions: VersionSummary[];
}

export interface TemplateDraft {
  templateId: number;
  uid: string;
  content: TemplateContent;
  updatedAt: string;
  latestVersion: number | null;
  unpublishedChanges: boolean;
  attachments: AttachmentMeta[];
}

export interface TemplateVersion {
  id: number;
  templateId: number;
  number: number;
  publishedAt: string;
  content: TemplateContent;
}

/** What a file dialog ended in; the renderer only ever sees the file's name, never a path. */
export type FileOutcome = { saved: true; fileName: string } | { saved: false };

export type ImportOutcome = { imported: true; draft: TemplateDraft } | { imported: false };

export const saveDraftInput = z.strictObject({ templateId, content: templateContentSchema });
export const newTemplateInput = z.strictObject({
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  /** Start from a copy of this published version; without it, an empty programme. */
  fromVersionId: versionId.nullable(),
});
