import { z } from 'zod';
import { id } from './plan';
import { BACKUP_NAME, type BackupKind } from '../rules/backup-names';

/** An archived plan, for the Arkiverade list and the retention card. */
export interface ArchivedHire {
  id: number;
  name: string;
  title: string;
  team: string;
  startDate: string;
  finishedAt: string | null;
  archivedAt: string;
  archivedBy: string | null;
}

export interface RetentionProposal {
  years: number;
  /** Plans archived before this instant are proposed for erasing. */
  before: string;
  hires: ArchivedHire[];
}

export const hireHistoryInput = z.strictObject({ hireId: id });
/** The whole trail, or one hire's. */
export const auditExportInput = z.strictObject({ hireId: id.nullable() });
export const archiveInput = z.strictObject({ hireId: id, archived: z.boolean() });
/** The name typed as confirmation; compared with the stored name in main. */
export const eraseHireInput = z.strictObject({ hireId: id, confirmName: z.string().max(200, 'validation.tooLong') });

/** A backup, or a copy made before an upgrade, taken before an erase and still holding erased new hires. */
export interface CopyHoldingErased {
  name: string;
  takenAt: string;
  kind: BackupKind;
  /** How many erased new hires it still holds. */
  hires: number;
}

/** The copies in the backup folder that still hold erased new hires. */
export interface ErasedCopies {
  folder: string;
  copies: CopyHoldingErased[];
}

/**
 * Whether the database file itself was cleaned of the erased rows at once: 'done', or not yet
 * because another reader held it ('busy'), the disk was full, or writing failed. The rows are gone
 * in every case; the cleaning is then done as soon as it can be.
 */
export type ScrubState = 'done' | 'busy' | 'disk-full' | 'failed';

export interface EraseOutcome extends ErasedCopies {
  scrub: ScrubState;
}

/** The copies the user saw and chose to delete; main deletes only those that still hold erased hires. */
export const deleteErasedCopiesInput = z.strictObject({ names: z.array(z.string().regex(BACKUP_NAME)).max(1000) });

/** The typed confirmation matches when it is the name, apart from surrounding spaces. */
export const confirmsName = (typed: string, name: string) => typed.trim() === name.trim() && name.trim() !== '';

/** The version of the JSON a person's export is written in. */
export const PERSONAL_EXPORT_FORMAT = 'introplan-personuppgifter';
export const PERSONAL_EXPORT_VERSION = 1;
