import { z } from 'zod';
import { attachmentId, LIMITS, templateContentSchema } from './template';

/**
 * The programme exchange file (`*.introplan.json`), version 1.
 *
 * {
 *   "format": "introplan-program",     // identifies the file
 *   "formatVersion": 1,                 // bumped on any incompatible change
 *   "exportedAt": ISO time, "exportedBy": "Introplan <app version>",
 *   "template": { "uid": stable template id, "version": published number or null for a draft },
 *   "content": the template content (phases, items, norms, binder; ids are stable strings),
 *   "attachments": [{ "id": SHA-256 hex, "fileName", "mediaType", "size", "dataBase64" }]
 * }
 *
 * Importing a file creates a new draft; exporting that draft gives the same `content` and
 * `attachments` back.
 */
export const EXCHANGE_FORMAT = 'introplan-program';
export const EXCHANGE_FORMAT_VERSION = 1;
/** Larger files are refused before they are parsed. */
export const MAX_EXCHANGE_BYTES = 60 * 1024 * 1024;

// Base64 is a third larger than the bytes it carries.
const maxBase64 = Math.ceil((LIMITS.attachmentBytes * 4) / 3) + 4;

export const exchangeAttachmentSchema = z.strictObject({
  id: attachmentId,
  fileName: z.string().trim().min(1, 'validation.required').max(255, 'validation.tooLong'),
  mediaType: z.literal('application/pdf', 'exchange.onlyPdf'),
  size: z.number().int().min(1).max(LIMITS.attachmentBytes, 'exchange.attachmentTooLarge'),
  dataBase64: z
    .string()
    .max(maxBase64, 'exchange.attachmentTooLarge')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'exchange.badBase64'),
});
export type ExchangeAttachment = z.infer<typeof exchangeAttachmentSchema>;

export const exchangeFileSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT, 'exchange.wrongFormat'),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION, 'exchange.wrongVersion'),
  exportedAt: z.string().max(40),
  exportedBy: z.string().max(100),
  template: z.strictObject({
    uid: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'validation.contentId'),
    version: z.number().int().positive().nullable(),
  }),
  content: templateContentSchema,
  attachments: z.array(exchangeAttachmentSchema).max(LIMITS.documents),
});
export type ExchangeFile = z.infer<typeof exchangeFileSchema>;
