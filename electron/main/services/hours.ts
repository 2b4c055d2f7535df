import type { Db } from '../../../db/open';
import { listHires, type HireRow } from '../../../db/queries/hires';
import { hoursOf } from '../../../db/queries/hours';
import { people } from '../../../db/schema';
import { mondayOf, type IsoDate } from '../../shared/rules/calendar';
import { summarizeHours } from '../../shared/rules/hours';
import { introducerNormHours } from '../../shared/rules/schedule';
import { planPhases } from '../../shared/rules/plan';
import type { HireHours, HourEntry, IntroducerLoad } from '../../shared/schemas/hours';
import type { PersonRef } from '../../shared/schemas/plan';
import { calendarOf, templateOf } from './plans';

/** Norm hours a single introducer can carry in a week before the overview warns (two year-1 hires). */
export const OVERLOAD_NORM_HOURS = 8;

const names = (db: Db) => new Map<number, PersonRef>(db.select({ id: people.id, name: people.name }).from(people).all().map((p) => [p.id, p]));

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
  };
}

/** Per introducer: the norms of all their active hires against the hours they log. */
export function introducerLoad(db: Db, today: IsoDate): IntroducerLoad[] {
  const who = names(db);
  const shared = { calendar: calendarOf(db), who };
  const byIntroducer = new Map<number, IntroducerLoad>();
  for (const hire of listHires(db, false)) {
    if (hire.introducerId === null) continue;
    const hours = hoursOfHire(db, hire, today, shared);
    const normHours = introducerNormHours({ introducerHoursPerWeek: hours.norm }, hire.startDate, mondayOf(today));
    const load = byIntroducer.get(hire.introducerId) ?? {
      introducer: who.get(hire.introducerId) ?? { id: hire.introducerId, name: '?' },
      hires: [],
      normHours: 0,
      loggedHoursPerWeek: 0,
      overloaded: false,
    };
    const lastFour = hours.summary.weeks.filter((w) => w.to < today).slice(-4);
    const logged = lastFour.reduce((s, w) => s + w.logged, 0) / 60 / Math.max(1, lastFour.length);
    load.hires.push({ id: hire.id, name: hire.name, normHours, behind: hours.summary.behind });
    load.normHours += normHours;
    load.loggedHoursPerWeek = Math.round((load.loggedHoursPerWeek + logged) * 10) / 10;
    load.overloaded = load.normHours > OVERLOAD_NORM_HOURS;
    byIntroducer.set(hire.introducerId, load);
  }
  return [...byIntroducer.values()].sort((a, b) => b.normHours - a.normHours);
}
