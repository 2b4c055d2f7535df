import { and, eq, like } from 'drizzle-orm';
import {
  commonNumberSchema,
  type BinderSettings,
  type BinderSettingsFields,
  type CommonNumber,
} from '../../electron/shared/schemas/binder';
import { inTransaction, type Db } from '../client';
import { attachments, preferences } from '../schema';

/**
 * The binder's cover details live in the preferences table under their own keys; the logo's bytes
 * live in the attachments table (content-addressed like every binder file) and the key holds its id.
 */
const KEYS = {
  municipality: 'binder.municipality',
  unit: 'binder.unit',
  logoId: 'binder.logoId',
  commonNumbers: 'binder.commonNumbers',
} as const;

function read(db: Db, key: string): unknown {
  return db.select({ value: preferences.value }).from(preferences).where(eq(preferences.key, key)).get()?.value;
}

function write(db: Db, key: string, value: string | CommonNumber[] | null): void {
  if (value === null) db.delete(preferences).where(eq(preferences.key, key)).run();
  else db.insert(preferences).values({ key, value }).onConflictDoUpdate({ target: preferences.key, set: { value } }).run();
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function logoRow(db: Db) {
  const id = read(db, KEYS.logoId);
  if (typeof id !== 'string') return undefined;
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), like(attachments.mediaType, 'image/%')))
    .get();
}

export function getBinderSettings(db: Db): BinderSettings {
  const logo = logoRow(db);
  return {
    municipality: text(read(db, KEYS.municipality)),
    unit: text(read(db, KEYS.unit)),
    logo: logo ? { fileName: logo.fileName, mediaType: logo.mediaType, size: logo.size } : null,
    numbers: commonNumbers(db),
  };
}

/** The municipality-wide numbers; a stored list another version wrote that no longer reads as one is skipped entry by entry. */
function commonNumbers(db: Db): CommonNumber[] {
  const stored = read(db, KEYS.commonNumbers);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = commonNumberSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export function updateCommonNumbers(db: Db, numbers: CommonNumber[]): BinderSettings {
  write(db, KEYS.commonNumbers, numbers.length ? numbers : null);
  return getBinderSettings(db);
}

export function updateBinderSettings(db: Db, fields: BinderSettingsFields): BinderSettings {
  inTransaction(db, (tx) => {
    write(tx, KEYS.municipality, fields.municipality);
    write(tx, KEYS.unit, fields.unit);
  });
  return getBinderSettings(db);
}

/** The logo's bytes for the cover, or null when none is set. */
export function logoData(db: Db): { mediaType: string; data: Buffer } | null {
  const row = logoRow(db);
  return row ? { mediaType: row.mediaType, data: row.data } : null;
}

/** Replaces the logo; the old image goes with it (templates only ever attach PDFs). */
export function setLogo(db: Db, file: { id: string; fileName: string; mediaType: string; data: Buffer }, now: string): BinderSettings {
  inTransaction(db, (tx) => {
    removeLogoRow(tx);
    tx.insert(attachments)
      .values({ ...file, size: file.data.length, createdAt: now })
      .onConflictDoNothing()
      .run();
    write(tx, KEYS.logoId, file.id);
  });
  return getBinderSettings(db);
}

function removeLogoRow(db: Db): void {
  const row = logoRow(db);
  if (row)
    db.delete(attachments)
      .where(and(eq(attachments.id, row.id), like(attachments.mediaType, 'image/%')))
      .run();
  write(db, KEYS.logoId, null);
}

export function removeLogo(db: Db): BinderSettings {
  inTransaction(db, removeLogoRow);
  return getBinderSettings(db);
}
