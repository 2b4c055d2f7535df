import * as Automerge from '@automerge/automerge';
import { getHire, itemsOf, type PlanItemRow } from '../../../db/queries/hires';
import { peopleGlobalIds } from '../../../db/queries/staff';
import type { AuditTarget } from '../ipc/audited';
import { newHireDocument, sameStatus, setItemStatus, type HireDocument, type StatusUnit } from './hire-document';
import { projectItemStatuses } from './projection';
import type { SharedFolder } from './shared-folder';

interface Held {
  doc: Automerge.Doc<HireDocument>;
  /** Heads of everything already in the folder (written by us or read): what the next file need not hold. */
  written: Automerge.Heads;
}

const HIRE_DOC = /^hire-([0-9a-f]{32})$/;

/**
 * One desk's side of sharing item statuses: what changes here goes into the hire's shared
 * document and out as a change file of this desk's; what other desks wrote comes in and is
 * applied to this desk's SQLite (projection.ts). Automerge merges; nothing here decides between
 * two desks' values.
 */
export class DeskSync {
  private held = new Map<string, Held>();
  private seen = new Map<string, string>();

  constructor(
    private readonly target: AuditTarget,
    readonly folder: SharedFolder,
  ) {}

  private document(docId: string): Held {
    let held = this.held.get(docId);
    if (!held) {
      // Every desk's document begins with the same first change, so they merge into one. Only what
      // came from the folder counts as written: a desk that is first writes the first change too.
      const loaded = this.folder.loadDocument<HireDocument>(docId).doc;
      held = { doc: Automerge.merge(newHireDocument(), loaded), written: Automerge.getHeads(loaded) };
      this.held.set(docId, held);
    }
    return held;
  }

  private unitsOf(items: PlanItemRow[]): Map<string, StatusUnit> {
    const ids = items.flatMap((i) => [i.doneBy, i.followedUpBy]).filter((id): id is number => id !== null);
    const people = new Map(peopleGlobalIds(this.target.db, { ids }).map((p) => [p.id, p.globalId]));
    const stamp = (at: string | null, by: number | null) => (at ? { at, by: by === null ? null : (people.get(by) ?? null) } : null);
    return new Map(
      items.flatMap((item) => {
        if (!item.globalId) return [];
        const done = stamp(item.doneAt, item.doneBy);
        const followedUp = stamp(item.followedUpAt, item.followedUpBy);
        const last = followedUp ?? done;
        const unit: StatusUnit = {
          status: item.status,
          reason: item.notApplicableReason,
          done,
          followedUp,
          by: item.status === 'done' || item.status === 'followedUp' ? (last?.by ?? null) : null,
          at: item.status === 'done' || item.status === 'followedUp' ? (last?.at ?? item.updatedAt) : item.updatedAt,
        };
        return [[item.globalId, unit] as const];
      }),
    );
  }

  /** Puts this desk's item statuses of the hire into its shared document and writes what changed. */
  async shareHire(hireId: number): Promise<boolean> {
    const hire = getHire(this.target.db, hireId);
    if (!hire?.globalId) return false;
    const docId = `hire-${hire.globalId}`;
    const held = this.document(docId);
    let doc = held.doc;
    for (const [itemId, unit] of this.unitsOf(itemsOf(this.target.db, hireId))) {
      if (!sameStatus(doc.statuses[itemId], unit)) doc = setItemStatus(doc, itemId, unit);
    }
    held.doc = doc;
    const file = await this.folder.writeChanges(docId, doc, held.written);
    held.written = Automerge.getHeads(doc);
    return file !== null;
  }

  /** Reads the hires' documents that changed in the folder since the last look and applies them here. */
  receive(): number {
    const { changed, now } = this.folder.changedSince(this.seen);
    let applied = 0;
    for (const docId of changed.filter((id) => HIRE_DOC.test(id))) {
      const held = this.document(docId);
      held.doc = Automerge.merge(held.doc, this.folder.loadDocument<HireDocument>(docId).doc);
      held.written = Automerge.getHeads(held.doc);
      applied += projectItemStatuses(this.target, held.doc, this.target.now());
    }
    this.seen = now;
    return applied;
  }

  /** The hire's document as this desk holds it, for showing conflicts. */
  documentOf(hireGlobalId: string): Automerge.Doc<HireDocument> {
    return this.document(`hire-${hireGlobalId}`).doc;
  }
}
