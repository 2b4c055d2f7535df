import type { Db } from '../../../db/client';
import * as hires from '../../../db/queries/hires';
import type { IsoDate } from '../../shared/rules/days';
import { planEnd, planPhases } from '../../shared/rules/plan';
import type { HireSummary } from '../../shared/schemas/plan';
import { hireOrFail, hireView, planReads } from './plans';

const NEXT = 3;

/**
 * Summaries of hires for the overview and the lists: progress per phase, what is late or not
 * followed up, and the next three things due. SQLite counts the items (progressCounts) instead
 * of every plan being read item by item; people, calendar and programme are read once.
 */
export function summariesOf(db: Db, rows: readonly hires.HireRow[], today: IsoDate): HireSummary[] {
  const reads = planReads(db);
  const ids = rows.map((r) => r.id);
  const counts = new Map<number, ReturnType<typeof hires.progressCounts>>(ids.map((id) => [id, []]));
  for (const c of hires.progressCounts(db, ids, today)) counts.get(c.hireId)!.push(c);
  const next = new Map<number, HireSummary['next']>(ids.map((id) => [id, []]));
  for (const n of hires.nextOpenItems(db, ids, NEXT))
    next.get(n.hireId)!.push({ id: n.id, title: n.title, dueDate: n.dueDate, late: n.dueDate < today });
  return rows.map((row) => {
    const template = reads.template(row.templateVersionId);
    const phases = planPhases(template.content, row.startDate, reads.calendar);
    const byPhase = counts.get(row.id)!;
    const lastDue = byPhase.map((c) => ({ dueDate: c.lastDue }));
    const sum = (key: 'late' | 'notFollowedUp') => byPhase.reduce((s, c) => s + c[key], 0);
    return {
      ...hireView(row, reads, template, planEnd(phases, lastDue), today),
      progress: phases.map((phase) => {
        const c = byPhase.find((p) => p.phaseId === phase.id);
        return { phaseId: phase.id, name: phase.name, done: c?.completed ?? 0, total: c?.applicable ?? 0 };
      }),
      late: sum('late'),
      notFollowedUp: sum('notFollowedUp'),
      next: next.get(row.id)!,
    };
  });
}

export function summaryOf(db: Db, hireId: number, today: IsoDate): HireSummary {
  return summariesOf(db, [hireOrFail(db, hireId)], today)[0]!;
}
