import type { Db } from '../../../db/client';
import { listHires, type HireRow } from '../../../db/queries/hires';
import { hoursOf, minutesFrom } from '../../../db/queries/hours';
import { people } from '../../../db/schema';
import { substitutesOf } from '../../../db/queries/substitutes';
import { mondayOf, shiftDays, type IsoDate } from '../../shared/rules/days';
import { BEHIND_WINDOW_WEEKS, introducerNormHours, recentWeeks, summarizeHours, type HourEntryLike } from '../../shared/rules/hours';
import { planPhases } from '../../shared/rules/plan';
import type { HireHours, HourEntry, IntroducerLoad } from '../../shared/schemas/hours';
import type { PersonRef } from '../../shared/schemas/plan';
import { calendarOf, planReads, templateOf } from './plans';

/** Norm hours a single introducer can carry in a week before the overview warns (two year-1 hires). */
export const OVERLOAD_NORM_HOURS = 8;

const names = (db: Db) =>
  new Map<number, PersonRef>(
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .all()
      .map((p) => [p.id, p]),
  );

/** `shared` lets a caller going through many hires read the calendar and the names once. */
export function hoursOfHire(db: Db, hire: HireRow, today: IsoDate, shared = { calendar: calendarOf(db), who: names(db) }): HireHours {
  const { content } = templateOf(db, hire.templateVersionId);
  const { calendar, who } = shared;
  const rows = hoursOf(db, hire.id);
  const person = (id: number | null) => (id !== null ? (who.get(id) ?? null) : null);
  const summary = summarizeHours(content.norms, hire.startDate, today, rows, calendar);
  const phases = planPhases(content, hire.startDate, calendar).map((phase) => {
    const weeks = summary.weeks.filter((w) => w.from >= mondayOf(phase.startDate) && w.from <= phase.endDate);
    return {
      phaseId: phase.id,
      label: phase.name,
      from: phase.startDate,
      to: phase.endDate,
      expected: weeks.reduce((s, w) => s + w.expected, 0),
      logged: weeks.reduce((s, w) => s + w.logged, 0),
      balance: weeks.at(-1)?.balance ?? 0,
    };
  });
  const entries: HourEntry[] = rows.map((r) => ({
    id: r.id,
    hireId: r.hireId,
    date: r.date,
    minutes: r.minutes,
    purpose: r.purpose,
    person: person(r.personId),
    loggedBy: person(r.loggedBy),
    createdAt: r.createdAt,
  }));
  return {
    entries: entries.reverse(),
    summary,
    phases,
    norm: content.norms.introducerHoursPerWeek,
    slot: { weekday: hire.introducerWeekday, time: hire.introducerTime },
    substitutes: substitutesOf(db, hire.id).map((r) => ({
      id: r.id,
      person: person(r.personId),
      fromDate: r.fromDate,
      toDate: r.toDate,
      note: r.note,
    })),
  };
}

/** Per introducer: the norms of all their active hires against the hours they log. */
export function introducerLoad(db: Db, today: IsoDate): IntroducerLoad[] {
  const { names: who, calendar, template } = planReads(db);
  const since = shiftDays(mondayOf(today), -7 * BEHIND_WINDOW_WEEKS);
  const byIntroducer = new Map<number, IntroducerLoad>();
  const introduced = listHires(db, false).filter((h) => h.introducerId !== null);
  // Only the last complete weeks matter here (the hours tab goes through the whole introduction).
  const entries = new Map<number, HourEntryLike[]>(introduced.map((h) => [h.id, []]));
  for (const e of minutesFrom(
    db,
    introduced.map((h) => h.id),
    since,
  ))
    entries.get(e.hireId)!.push(e);
  for (const hire of introduced) {
    if (hire.introducerId === null) continue;
    const { norms } = template(hire.templateVersionId).content;
    const recent = recentWeeks(norms, hire.startDate, today, entries.get(hire.id)!, calendar);
    const normHours = introducerNormHours(norms, hire.startDate, mondayOf(today));
    const load = byIntroducer.get(hire.introducerId) ?? {
      introducer: who.get(hire.introducerId) ?? { id: hire.introducerId, name: '?' },
      hires: [],
      normHours: 0,
      loggedHoursPerWeek: 0,
      overloaded: false,
    };
    const logged = recent.weeks.reduce((s, w) => s + w.logged, 0) / 60 / Math.max(1, recent.weeks.length);
    load.hires.push({ id: hire.id, name: hire.name, normHours, behind: recent.behind });
    load.normHours += normHours;
    load.loggedHoursPerWeek = Math.round((load.loggedHoursPerWeek + logged) * 10) / 10;
    load.overloaded = load.normHours > OVERLOAD_NORM_HOURS;
    byIntroducer.set(hire.introducerId, load);
  }
  return [...byIntroducer.values()].sort((a, b) => b.normHours - a.normHours);
}
