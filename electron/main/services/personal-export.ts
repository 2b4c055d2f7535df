import { inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { recordsOfHire } from '../../../db/queries/privacy';
import { people } from '../../../db/schema';
import { PERSONAL_EXPORT_FORMAT, PERSONAL_EXPORT_VERSION } from '../../shared/schemas/privacy';
import { auditEvents } from './audit-trail';

/**
 * Everything Introplan stores about one new hire, as one JSON document (a register extract):
 * the hire, the plan items, introducer time, reflection sessions, the competence plan and the
 * hire's audit events,
 * plus the names and roles of the staff those rows refer to by id.
 */
export function personalExport(db: Db, hireId: number, exportedAt: string, exportedBy: string | null) {
  const records = recordsOfHire(db, hireId);
  const audit = auditEvents(db, hireId, { titles: false }).map(({ itemTitle: _title, ...event }) => event);
  const referenced = new Set<number>();
  const note = (id: number | null | undefined) => {
    if (id != null) referenced.add(id);
  };
  const { hire } = records;
  if (hire) [hire.managerId, hire.introducerId, hire.coordinatorId, hire.createdBy, hire.archivedBy].forEach(note);
  for (const item of records.planItems) {
    [item.doneBy, item.followedUpBy].forEach(note);
    if (item.responsible.kind === 'person') note(item.responsible.personId);
  }
  for (const entry of records.introducerHours) [entry.personId, entry.loggedBy].forEach(note);
  for (const session of records.reflectionSessions) note(session.leaderId);
  for (const plan of records.competencePlans) note(plan.coHandlerId);
  for (const decision of records.competenceLevels) note(decision.decidedBy);
  for (const period of records.substituteIntroducers) [period.personId, period.createdBy].forEach(note);
  for (const talk of records.checkIns) note(talk.heldBy);
  for (const answer of records.phaseEvaluations) note(answer.enteredBy);
  const staff = referenced.size
    ? db
        .select({
          id: people.id,
          name: people.name,
          title: people.title,
          team: people.team,
          roles: people.roles,
          removedAt: people.removedAt,
        })
        .from(people)
        .where(inArray(people.id, [...referenced]))
        .all()
    : [];
  return {
    format: PERSONAL_EXPORT_FORMAT,
    formatVersion: PERSONAL_EXPORT_VERSION,
    exportedAt,
    exportedBy,
    hire,
    planItems: records.planItems,
    introducerHours: records.introducerHours,
    reflectionSessions: records.reflectionSessions,
    competencePlans: records.competencePlans,
    competenceMappings: records.competenceMappings,
    competenceLevels: records.competenceLevels,
    competenceTrainings: records.competenceTrainings,
    substituteIntroducers: records.substituteIntroducers,
    checkIns: records.checkIns,
    phaseEvaluations: records.phaseEvaluations,
    groupMembers: records.groupMembers,
    groupAttendance: records.groupAttendance,
    auditEvents: audit,
    staff: staff.sort((a, b) => a.id - b.id),
  };
}

export const serializePersonalExport = (data: ReturnType<typeof personalExport>) => `${JSON.stringify(data, null, 2)}\n`;
