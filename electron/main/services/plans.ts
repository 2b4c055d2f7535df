import type { Db } from '../../../db/client';
import { listDaysOff } from '../../../db/queries/days-off';
import * as hires from '../../../db/queries/hires';
import { listPeople } from '../../../db/queries/staff';
import { getVersion } from '../../../db/queries/templates';
import { preparedPerDb } from '../../../db/queries/prepared';
import { inArray } from 'drizzle-orm';
import { people } from '../../../db/schema';
import { type IsoDate } from '../../shared/rules/days';
import { WorkingCalendar } from '../../shared/rules/calendar';
import { generatePlan, isLate, planEnd, planPhases } from '../../shared/rules/plan';
import { buildSchedule } from '../../shared/rules/schedule';
import { getPreferences } from '../../../db/queries/preferences';
import type { HireFields, HirePlan, HireView, PersonRef, PlanItemView } from '../../shared/schemas/plan';
import type { Responsible, TemplateContent } from '../../shared/schemas/template';
import type { Person } from '../../shared/schemas/staff';
import { lookupIn, responsibleResolver, type HirePeople } from '../../shared/rules/responsible';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import { levelFlags } from '../../../db/queries/competence';
import { substitutesOn as substitutesOnDay, type SubstituteRow } from '../../../db/queries/substitutes';
import type { Level } from '../../shared/schemas/competence';

export const calendarOf = (db: Db) => new WorkingCalendar(listDaysOff(db));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Published versions never change (triggers refuse it): each is parsed once per open database,
 * not ~1 ms per plan on every overview call. Frozen, since every plan shares the one object.
 */
type Version = { content: TemplateContent; number: number };
const publishedVersions = preparedPerDb(() => new Map<number, Version>());

export function templateOf(db: Db, versionId: number): Version {
  const versions = publishedVersions(db);
  const known = versions.get(versionId);
  if (known) return known;
  const version = getVersion(db, versionId);
  if (!version) throw new AppError('not-found', svText('template.versionNotFound'));
  const parsed = deepFreeze({ content: version.content, number: version.number });
  versions.set(versionId, parsed);
  return parsed;
}

/** Every person ever in the directory, removed ones too, so history keeps its names. */
export function everyone(db: Db): Map<number, PersonRef> {
  return new Map(
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .all()
      .map((p) => [p.id, p]),
  );
}

/** Who each responsibility means for this hire, with the directory as this database has it. */
export function resolverFor(
  db: Db,
  hire: HirePeople,
  names: Map<number, PersonRef> = everyone(db),
  staff: readonly Person[] = listPeople(db),
) {
  return responsibleResolver(hire, lookupIn(staff, names));
}

export function previewPlan(db: Db, fields: HireFields, content = templateOf(db, fields.templateVersionId).content) {
  return generatePlan(content, fields, calendarOf(db), resolverFor(db, fields));
}

/** The rows to store for a reviewed plan: the generated items minus those left out, with their instructions. */
export function planRows(db: Db, fields: HireFields, leaveOut: ReadonlySet<string>) {
  const { content } = templateOf(db, fields.templateVersionId);
  const instructions = new Map(content.items.map((i) => [i.id, i.instructions]));
  return previewPlan(db, fields, content)
    .items.filter((i) => !leaveOut.has(i.templateItemId))
    .map(({ responsiblePerson, ...item }) => ({
      row: { ...item, instructions: instructions.get(item.templateItemId) ?? '', required: true },
      responsiblePerson,
    }));
}

export function hireView(
  row: hires.HireRow,
  reads: PlanReads,
  template: { content: TemplateContent; number: number },
  endDate: IsoDate,
  today: IsoDate,
): HireView {
  const { content, number } = template;
  const who = (id: number | null) => (id !== null ? (reads.names.get(id) ?? null) : null);
  const flag = reads.levels().get(row.id);
  const ownCoordinator = who(row.coordinatorId);
  const unitCoordinator = lookupIn(reads.staff).holderOf('coordinator');
  const standIn = reads.substitutesOn(today).get(row.id);
  const substitute = standIn ? who(standIn.personId) : null;
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    team: row.team,
    startDate: row.startDate,
    newlyGraduated: row.newlyGraduated,
    templateVersionId: row.templateVersionId,
    manager: who(row.managerId),
    introducer: who(row.introducerId),
    coordinator: ownCoordinator ? { ...ownCoordinator, forUnit: false } : unitCoordinator ? { ...unitCoordinator, forUnit: true } : null,
    substitute: substitute && standIn ? { person: substitute, toDate: standIn.toDate } : null,
    templateName: content.name,
    templateVersion: number,
    endDate,
    finishedAt: row.finishedAt,
    archivedAt: row.archivedAt,
    // Every hire starts at Nivå 1 until a level is decided (seed 003 ~L2960).
    competence: { level: (flag?.level ?? 1) as Level, coHandler: who(flag?.coHandlerId ?? null) },
  };
}

function itemView(
  row: hires.PlanItemRow,
  names: Map<number, PersonRef>,
  resolve: (r: Responsible) => PersonRef | null,
  today: IsoDate,
): PlanItemView {
  const who = (id: number | null) => (id !== null ? (names.get(id) ?? null) : null);
  return {
    id: row.id,
    hireId: row.hireId,
    templateItemId: row.templateItemId,
    phaseId: row.phaseId,
    title: row.title,
    instructions: row.instructions,
    category: row.category,
    expectedMinutes: row.expectedMinutes,
    responsible: row.responsible,
    responsiblePerson: resolve(row.responsible),
    required: row.required,
    startDate: row.startDate,
    dueDate: row.dueDate,
    datesEdited: row.datesEdited,
    status: row.status,
    notApplicableReason: row.notApplicableReason,
    done: row.doneAt ? { at: row.doneAt, by: who(row.doneBy) } : null,
    followedUp: row.followedUpAt ? { at: row.followedUpAt, by: who(row.followedUpBy) } : null,
    note: row.note,
    late: isLate(row, today),
  };
}

export function hireOrFail(db: Db, hireId: number): hires.HireRow {
  const row = hires.getHire(db, hireId);
  if (!row) throw new AppError('not-found', svText('plans.hireNotFound'));
  return row;
}

/** What every plan reads alike (people, calendar, programme): read once by a caller going through many hires. */
export function planReads(db: Db) {
  const versions = new Map<number, ReturnType<typeof templateOf>>();
  const template = (versionId: number) => versions.get(versionId) ?? versions.set(versionId, templateOf(db, versionId)).get(versionId)!;
  let flags: ReturnType<typeof levelFlags> | undefined;
  const levels = () => (flags ??= levelFlags(db));
  const standIns = new Map<IsoDate, Map<number, SubstituteRow>>();
  const substitutesOn = (day: IsoDate) => standIns.get(day) ?? standIns.set(day, substitutesOnDay(db, day)).get(day)!;
  return { names: everyone(db), staff: listPeople(db), calendar: calendarOf(db), template, levels, substitutesOn };
}
export type PlanReads = ReturnType<typeof planReads>;

export function planOf(
  db: Db,
  hire: number | hires.HireRow,
  today: IsoDate,
  reads = planReads(db),
): HirePlan & { content: TemplateContent } {
  const row = typeof hire === 'number' ? hireOrFail(db, hire) : hire;
  const template = reads.template(row.templateVersionId);
  const { names } = reads;
  const rows = hires.itemsOf(db, row.id);
  const phases = planPhases(template.content, row.startDate, reads.calendar);
  const resolve = resolverFor(db, row, names, reads.staff);
  return {
    hire: hireView(row, reads, template, planEnd(phases, rows), today),
    phases,
    items: rows.map((item) => itemView(item, names, resolve, today)),
    today,
    content: template.content,
  };
}

/** Roles the hire row answers for; any other role is looked up among the staff. */
const HIRE_ROLES: readonly string[] = ['manager', 'introducer', 'newHire'];

/**
 * One item as the checklist shows it (a tick answers with this), reading only the people it
 * names instead of the whole plan: the full plan made a tick ~5 times slower than its write.
 */
export function itemViewOf(db: Db, row: hires.PlanItemRow, today: IsoDate, hire = hireOrFail(db, row.hireId)): PlanItemView {
  const r = row.responsible;
  const ids = [
    row.doneBy,
    row.followedUpBy,
    hire.managerId,
    hire.introducerId,
    hire.coordinatorId,
    r.kind === 'person' ? r.personId : null,
  ].filter((id) => id !== null);
  const names = new Map(
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(inArray(people.id, ids))
      .all()
      .map((p) => [p.id, p]),
  );
  const staff = r.kind === 'role' && !HIRE_ROLES.includes(r.role) ? listPeople(db) : [];
  return itemView(row, names, resolverFor(db, hire, names, staff), today);
}

/** The week-by-week schedule of a plan, with the load limit from the settings. */
export function scheduleOf(db: Db, plan: Pick<ReturnType<typeof planOf>, 'hire' | 'phases' | 'items' | 'content' | 'today'>) {
  const { hire, phases, items, content, today } = plan;
  return buildSchedule({
    startDate: hire.startDate,
    endDate: hire.endDate,
    phases,
    items,
    norms: content.norms,
    calendar: calendarOf(db),
    today,
    hasIntroducer: hire.introducer !== null,
    weekLimitMinutes: getPreferences(db).weekLoadLimitHours * 60,
  });
}
