import { listHires } from '../../../db/queries/hires';
import { addMonthsTo, type IsoDate } from '../../shared/rules/days';
import { memberOn } from '../../shared/rules/groups';
import { swedishDate } from '../../shared/rules/swedish-time';
import type { GroupDetail, GroupFields } from '../../shared/schemas/groups';
import type { DemoDesk } from './demo-desk';

const at = (date: IsoDate, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** Who missed which meeting, fixed so every demo database tells the same story. */
const missed = (name: string, index: number) => (name.length + index * 3) % 7 === 0;

const REFLECTION: GroupFields = {
  kind: 'reflection',
  name: 'Reflektionsgrupp nyanställda',
  leaderId: null,
  leaderName: '',
  place: 'Stadshuset, rum Kebne',
  weekday: 3,
  time: '13:00',
  durationMinutes: 90,
  maxMembers: 10,
  meetingsPerYear: 24,
};

const SUPERVISION: GroupFields = {
  kind: 'supervision',
  name: 'Yrkeshandledning IFO',
  leaderId: null,
  leaderName: 'Birgitta Rask, leg. psykoterapeut',
  place: 'Folkets hus, lilla salen',
  weekday: 2,
  time: '09:00',
  durationMinutes: 120,
  maxMembers: 8,
  meetingsPerYear: 10,
};

/** Staff in the yrkeshandledning group beside the hires past their first six months. */
const SUPERVISION_STAFF = ['Maria Nilsson', 'Johan Pettersson', 'Sara Eriksson', 'Henrik Sarri'];

/**
 * The unit's two groups (issue 19, part 3): the new hires' reflection group led by an experienced
 * social worker, with every hire in their first 12 months, and a yrkeshandledning group with an
 * external supervisor, hires past month 6 and staff. Meetings that have been were held, with
 * attendance (some absent); the next ones are planned.
 */
export function addDemoGroups(desk: DemoDesk, people: ReadonlyMap<string, number>, now: string): void {
  const today = swedishDate(now);
  const managerId = people.get('Anna Lindqvist')!;
  const leaderId = people.get('Sara Eriksson')!;
  const hires = listHires(desk.session.db, false);
  const founded = addMonthsTo(today, -8);

  const reflection = desk.call('groups:save-group', { groupId: null, group: { ...REFLECTION, leaderId } }, at(founded, 8), managerId);
  for (const hire of hires.filter((h) => h.startDate > addMonthsTo(today, -13))) {
    const fromDate = hire.startDate > founded ? hire.startDate : founded;
    desk.call('groups:add-member', { groupId: reflection.id, hireId: hire.id, personId: null, fromDate }, at(founded, 9), managerId);
  }
  holdMeetings(desk, reflection.id, { from: addMonthsTo(today, -4), count: 12, today, by: leaderId, managerId });

  const supervision = desk.call('groups:save-group', { groupId: null, group: SUPERVISION }, at(founded, 8), managerId);
  for (const hire of hires.filter((h) => h.startDate <= addMonthsTo(today, -6)))
    desk.call(
      'groups:add-member',
      { groupId: supervision.id, hireId: hire.id, personId: null, fromDate: founded },
      at(founded, 9),
      managerId,
    );
  for (const name of SUPERVISION_STAFF)
    desk.call(
      'groups:add-member',
      { groupId: supervision.id, hireId: null, personId: people.get(name)!, fromDate: founded },
      at(founded, 9),
      managerId,
    );
  holdMeetings(desk, supervision.id, { from: founded, count: 9, today, by: managerId, managerId });
}

/** Plans `count` meetings from `from`; each one whose day has passed was held, with who was there. */
function holdMeetings(
  desk: DemoDesk,
  groupId: number,
  p: { from: IsoDate; count: number; today: IsoDate; by: number; managerId: number },
): void {
  const group: GroupDetail = desk.call('groups:plan-sessions', { groupId, from: p.from, count: p.count }, at(p.from, 7), p.managerId);
  group.sessions
    .filter((s) => s.date < p.today)
    .forEach((session, index) => {
      const attendance = group.members
        .filter((m) => memberOn(m, session.date))
        .map((m) => ({ memberId: m.id, present: !missed(m.name, index) }));
      desk.call('groups:record-attendance', { sessionId: session.id, attendance }, at(session.date, 15), p.by);
    });
}
