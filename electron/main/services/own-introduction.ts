import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { sessionsOf } from '../../../db/queries/reflection';
import { people } from '../../../db/schema';
import type { IsoDate } from '../../shared/rules/days';
import type { OwnIntroduction } from '../../shared/schemas/my-work';
import { checkInsOfHire } from './check-ins';
import { phaseEvaluationsOfHire } from './phase-evaluations';
import { hireOrFail, planOf } from './plans';

/**
 * What a new hire sees of their own introduction: the plan (the page shows this week and next
 * and their own items), the people to turn to with phone and e-mail (the samordnare, and who
 * stands in for the introducer today), their coming reflection
 * sessions, the programme's documents, when their check-ins are, and their phase evaluations to answer.
 */
export function ownIntroduction(db: Db, hireId: number, today: IsoDate): OwnIntroduction {
  const { content, ...plan } = planOf(db, hireId, today);
  const { hire } = plan;
  const row = hireOrFail(db, hireId);
  const contact = (role: OwnIntroduction['contacts'][number]['role'], id: number | null) => {
    const row = id !== null ? db.select().from(people).where(eq(people.id, id)).get() : undefined;
    return row ? [{ role, name: row.name, phone: row.phone, email: row.email }] : [];
  };
  return {
    plan,
    contacts: [
      ...contact('manager', hire.manager?.id ?? null),
      ...contact('introducer', hire.introducer?.id ?? null),
      ...contact('substitute', hire.substitute?.person.id ?? null),
      ...contact('coordinator', hire.coordinator?.id ?? null),
    ],
    sessions: sessionsOf(db, hireId)
      .filter((s) => s.status === 'planned' && s.date >= today)
      .slice(0, 6)
      .map((s) => ({ date: s.date, time: s.time, place: s.place })),
    documents: content.binder.documents.map((d) => ({ title: d.title, location: d.location })),
    checkIns: checkInsOfHire(db, row, today).map(({ label, dueDate, status }) => ({ label, dueDate, status })),
    evaluations: phaseEvaluationsOfHire(db, row, today),
  };
}
