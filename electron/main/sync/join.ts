import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { people, templates, templateVersions } from '../../../db/schema';
import { readState, type SharedDoc } from './shared-document';
import type { SharedFolder } from './shared-folder';
import type { Rec, Scalar } from './tables';

const personKey = (name: Scalar | undefined, email: Scalar | undefined) =>
  `${String(name ?? '')
    .trim()
    .toLowerCase()}|${String(email ?? '')
    .trim()
    .toLowerCase()}`;
const NONE = new Map<string, Rec>();

/**
 * Before a computer with data of its own joins: the people and programmes both sides already
 * have (the same name and e-mail; the same published versions) take the folder's ids, so they
 * merge into one instead of appearing twice. Returns what to change, applied in the joining
 * transaction.
 */
export async function adoptFolderIdentities(db: Db, folder: SharedFolder): Promise<{ apply: (tx: Db) => void }> {
  const staff = readState((await folder.loadDocument<SharedDoc>('staff')).doc, ['people']).people ?? NONE;
  const folderPeople = new Map([...staff].map(([globalId, p]) => [personKey(p.name, p.email), globalId]));
  const known = new Set(staff.keys());
  const personChanges = db
    .select({ id: people.id, name: people.name, email: people.email, globalId: people.globalId })
    .from(people)
    .all()
    .flatMap((p) => {
      const theirs = folderPeople.get(personKey(p.name, p.email));
      return theirs && theirs !== p.globalId && !known.has(p.globalId ?? '') ? [{ id: p.id, globalId: theirs }] : [];
    });

  const programmes = new Map<string, string>();
  for (const docId of (await folder.scan()).keys()) {
    if (!docId.startsWith('template-')) continue;
    const versions = readState((await folder.loadDocument<SharedDoc>(docId)).doc, ['versions']).versions ?? NONE;
    const signature = JSON.stringify([...versions].sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v.content));
    programmes.set(signature, docId.slice('template-'.length));
  }
  const templateChanges = db
    .select({ id: templates.id, uid: templates.uid })
    .from(templates)
    .all()
    .flatMap((t) => {
      const versions = db
        .select({ content: templateVersions.content, number: templateVersions.number })
        .from(templateVersions)
        .where(and(eq(templateVersions.templateId, t.id), isNotNull(templateVersions.number)))
        .orderBy(templateVersions.number)
        .all();
      const theirs = programmes.get(JSON.stringify(versions.map((v) => JSON.stringify(v.content))));
      return theirs && theirs !== t.uid ? [{ id: t.id, uid: theirs }] : [];
    });

  return {
    apply(tx) {
      for (const change of personChanges) tx.update(people).set({ globalId: change.globalId }).where(eq(people.id, change.id)).run();
      for (const change of templateChanges) tx.update(templates).set({ uid: change.uid }).where(eq(templates.id, change.id)).run();
    },
  };
}
