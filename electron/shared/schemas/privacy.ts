import { z } from 'zod';
import { id } from './plan';

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

/** The typed confirmation matches when it is the name, apart from surrounding spaces. */
export const confirmsName = (typed: string, name: string) => typed.trim() === name.trim() && name.trim() !== '';

/** The version of the JSON a person's export is written in. */
export const PERSONAL_EXPORT_FORMAT = 'introplan-personuppgifter';
export const PERSONAL_EXPORT_VERSION = 1;
