import type { Db } from '../../../db/client';
import { hoursOf } from '../../../db/queries/hours';
import { groupSessionsOf } from '../../../db/queries/groups';
import { doneOnHiresManagedBy, hiresOf, openItemsResponsible, sessionsBetween, type Whose } from '../../../db/queries/my-work';
import { getPerson, listPeople } from '../../../db/queries/staff';
import { substitutesOn } from '../../../db/queries/substitutes';
import { isoWeek, mondayOf, shiftDays, type IsoDate } from '../../shared/rules/days';
import { expectedMinutes } from '../../shared/rules/hours';
import { workGroup } from '../../shared/rules/my-work';
import type { HoursDue, MyTask, MyWork } from '../../shared/schemas/my-work';
import { AppError } from '../errors';
import { svText } from '../../shared/i18n/translate';
import { checkInsOfHire } from './check-ins';
import { calendarOf, templateOf } from './plans';

/** Sessions this far ahead are listed. */
const SESSION_DAYS = 14;

/** Roles the hire row answers for (responsibleResolver); the directory only stands in for the samordnare. */
const HIRE_ROLES: readonly string[] = ['manager', 'introducer', 'coordinator'];

/** Whose items are the person's: the roles the plan resolves to them as their first holder in the directory (see responsibleResolver). */
function whose(db: Db, personId: number, today: IsoDate): Whose {
  const people = listPeople(db);
  const mine = people.find((p) => p.id === personId)?.roles ?? [];
  const first = mine.filter((role) => people.find((p) => p.roles.includes(role))?.id === personId);
  return {
    person: personId,
    roles: first.filter((role) => !HIRE_ROLES.includes(role)),
    unitCoordinator: first.includes('coordinator'),
    today,
  };
}

const taskOf =
  (today: IsoDate) =>
  ({ position: _position, ...row }: ReturnType<typeof openItemsResponsible>[number]): MyTask => ({
    ...row,
    group: workGroup(row.dueDate, today),
  });

/**
 * What is the person's to do across every active hire: their open checklist items grouped by
 * when they are due, the follow-ups of hires they manage, the sessions and group meetings of the
 * coming two weeks they lead or take part in, last week's introducer time they have not logged yet, and the
 * check-ins to hold with the hires they manage.
 */
export function myWork(db: Db, personId: number, today: IsoDate): MyWork {
  const person = getPerson(db, personId);
  if (!person) throw new AppError('not-found', svText('errors.personNotFound'));
  const tasks = openItemsResponsible(db, whose(db, personId, today)).map(taskOf(today));
  const notFollowedUp = doneOnHiresManagedBy(db, personId).map(taskOf(today));
  const mine = hiresOf(db, personId, today);
  const standIns = substitutesOn(db, today);
  const sessions = sessionsBetween(
    db,
    personId,
    mine.map((h) => h.id),
    today,
    shiftDays(today, SESSION_DAYS),
  ).map(({ leaderId, ...s }) => ({ ...s, leads: leaderId === personId }));
  const groupSessions = groupSessionsOf(db, personId, today, shiftDays(today, SESSION_DAYS)).map(({ leaderId, ...s }) => ({
    ...s,
    leads: leaderId === personId,
  }));
  return {
    person: { id: person.id, name: person.name },
    today,
    tasks,
    notFollowedUp,
    sessions,
    groupSessions,
    hoursDue: hoursDue(
      db,
      // A substitute's hours count for the hire, so last week's missing time is theirs to log too.
      mine.filter((h) => h.introducerId === personId || standIns.get(h.id)?.personId === personId),
      today,
    ),
    checkIns: mine
      .filter((h) => h.managerId === personId)
      .flatMap((hire) =>
        checkInsOfHire(db, hire, today)
          .filter((c) => c.status === 'late' || c.status === 'due')
          .map((c) => ({ hireId: hire.id, hireName: hire.name, label: c.label, dueDate: c.dueDate, late: c.status === 'late' })),
      )
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    counts: { late: tasks.filter((t) => t.group === 'late').length, dueToday: tasks.filter((t) => t.dueDate === today).length },
  };
}

/** Last week's introducer time per hire the person introduces, where less than the norm is logged. */
function hoursDue(db: Db, introduced: ReturnType<typeof hiresOf>, today: IsoDate): HoursDue[] {
  if (!introduced.length) return [];
  const calendar = calendarOf(db);
  const monday = shiftDays(mondayOf(today), -7);
  const sunday = shiftDays(monday, 6);
  return introduced.flatMap((hire) => {
    const expected = expectedMinutes(templateOf(db, hire.templateVersionId).content.norms, hire.startDate, monday, calendar);
    const logged = hoursOf(db, hire.id)
      .filter((e) => e.date >= monday && e.date <= sunday)
      .reduce((sum, e) => sum + e.minutes, 0);
    if (expected <= 0 || logged >= expected) return [];
    // The booked weekday of last week, or the nearest working day before it when that was a day off.
    let date = shiftDays(monday, hire.introducerWeekday - 1);
    while (!calendar.isWorkingDay(date) && date > monday) date = shiftDays(date, -1);
    return [{ hireId: hire.id, hireName: hire.name, week: isoWeek(monday).week, date, expectedMinutes: expected, loggedMinutes: logged }];
  });
}
