import { listPublishedVersions } from '../../../db/queries/templates';
import { sessionsOf } from '../../../db/queries/reflection';
import { addMonthsTo, mondayOf, shiftDays, type IsoDate } from '../../shared/rules/days';
import { type WorkingCalendar } from '../../shared/rules/calendar';
import { swedishDate } from '../../shared/rules/swedish-time';
import type { PlanItemView } from '../../shared/schemas/plan';
import { calendarOf } from '../services/plans';
import { addDemoCheckIns } from './demo-check-ins';
import { addDemoEvaluations } from './demo-evaluations';
import { addDemoCompetence } from './demo-competence';
import { addDemoCoordination, DEMO_COORDINATORS } from './demo-coordination';
import type { DemoDesk } from './demo-desk';

interface DemoHire {
  name: string;
  title: string;
  team: string;
  newlyGraduated: boolean;
  /** How long ago they started: days or months before today. */
  started: { days: number } | { months: number };
  manager: string;
  introducer: string | null;
  /** Share of past-due items ticked off, and of those followed up: how well this introduction runs. */
  done: number;
  followedUp: number;
  /** Share of the introducer norm actually logged; below ~0.7 the overview flags the introducer as behind. */
  hours: number;
  finished?: boolean;
  /** The manager has given the introducer tasks of their own in this plan, due from last week to next month. */
  introducerTasks?: boolean;
}

/** Six invented hires at different stages, so the overview and schedule look like a real unit's. */
export const DEMO_HIRES: DemoHire[] = [
  {
    name: 'Elin Sundberg',
    title: 'Socialsekreterare',
    team: 'Barn och familj',
    newlyGraduated: true,
    started: { days: 3 },
    manager: 'Anna Lindqvist',
    introducer: 'Maria Nilsson',
    done: 1,
    followedUp: 0.5,
    hours: 1,
    introducerTasks: true,
  },
  {
    name: 'Ahmed Hassan',
    title: 'Socialsekreterare',
    team: 'Vuxen',
    newlyGraduated: true,
    started: { days: 37 },
    manager: 'Erik Johansson',
    introducer: 'Sara Eriksson',
    done: 0.9,
    followedUp: 0.7,
    hours: 0.45,
  },
  {
    name: 'Linnea Öberg',
    title: 'Socialsekreterare',
    team: 'Barn och familj',
    newlyGraduated: false,
    started: { months: 4 },
    manager: 'Anna Lindqvist',
    introducer: null,
    done: 0.6,
    followedUp: 0.3,
    hours: 0,
  },
  {
    name: 'Jonas Mäkitalo',
    title: 'Socialsekreterare',
    team: 'Barn och familj',
    newlyGraduated: true,
    started: { months: 12 },
    manager: 'Anna Lindqvist',
    introducer: 'Johan Pettersson',
    done: 0.95,
    followedUp: 0.9,
    hours: 1.05,
  },
  {
    name: 'Fatima Ali',
    title: 'Socialsekreterare',
    team: 'Vuxen',
    newlyGraduated: false,
    started: { months: 22 },
    manager: 'Erik Johansson',
    introducer: 'Sara Eriksson',
    done: 0.85,
    followedUp: 0.6,
    hours: 0.6,
  },
  {
    name: 'Per Niemi',
    title: 'Socialsekreterare',
    team: 'Barn och familj',
    newlyGraduated: true,
    started: { months: 25 },
    manager: 'Anna Lindqvist',
    introducer: 'Maria Nilsson',
    done: 1,
    followedUp: 1,
    hours: 1,
    finished: true,
  },
];

/** A fixed pseudo-random sequence, so every demo database has the same history. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const at = (date: IsoDate, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** The demo's hires and their history: each tick, follow-up, hour and session by its person, on its day. */
export function addDemoHires(desk: DemoDesk, people: ReadonlyMap<string, number>, now: string): void {
  const db = desk.session.db;
  const today = swedishDate(now);
  const calendar = calendarOf(db);
  const version = listPublishedVersions(db)[0];
  if (!version) throw new Error('no published programme');
  DEMO_HIRES.forEach((demo, index) => {
    const random = sequence(index + 7);
    const raw = 'days' in demo.started ? shiftDays(today, -demo.started.days) : addMonthsTo(today, -demo.started.months);
    const startDate = calendar.onOrBefore(raw);
    const managerId = people.get(demo.manager)!;
    const introducerId = demo.introducer ? people.get(demo.introducer)! : null;
    const hire = {
      name: demo.name,
      title: demo.title,
      team: demo.team,
      startDate,
      managerId,
      introducerId,
      coordinatorId: DEMO_COORDINATORS[demo.name] ? people.get(DEMO_COORDINATORS[demo.name]!)! : null,
      newlyGraduated: demo.newlyGraduated,
      templateVersionId: version.id,
    };
    const { id: hireId } = desk.call(
      'hires:create-hire',
      { hire, leaveOut: [], ownItems: [] },
      at(shiftDays(startDate, -14), 8),
      managerId,
    );
    const { items } = desk.call('hires:get-plan', { hireId }, now, managerId);
    for (const item of items) tickAsItHappened(desk, item, { today, managerId, introducerId, random, share: demo, calendar });
    if (introducerId !== null) addDemoHours(desk, hireId, introducerId, startDate, today, demo.hours, random, calendar);
    if (demo.introducerTasks && introducerId !== null)
      addIntroducerTasks(desk, { hireId, phaseId: items[0]!.phaseId, managerId, introducerId, name: demo.introducer!, today, calendar });
    addDemoSessionHistory(desk, hireId, today, managerId, introducerId, random);
    addDemoCompetence(desk, hireId, demo.name, { startDate, today, managerId, people });
    addDemoCoordination(desk, hireId, demo.name, { phaseId: items[0]!.phaseId, today, managerId, people, calendar });
    addDemoCheckIns(desk, hireId, demo.name, { today, managerId });
    addDemoEvaluations(desk, hireId, demo.name, { today, managerId });
    if (demo.finished) desk.call('hires:set-finished', { hireId, finished: true }, now, managerId);
  });
}

/**
 * Tasks the manager has added for the introducer (individuell planering): one already late, one
 * due this week, one next week and one later, so her Mina uppgifter has something in every group.
 */
function addIntroducerTasks(
  desk: DemoDesk,
  p: { hireId: number; phaseId: string; managerId: number; introducerId: number; name: string; today: IsoDate; calendar: WorkingCalendar },
): void {
  const { today, calendar } = p;
  const nextWednesday = shiftDays(mondayOf(today), 9);
  const tasks: [string, IsoDate, IsoDate][] = [
    ['Boka in arbetsplatsträff med Elin', calendar.addWorkingDays(today, -3), calendar.addWorkingDays(today, -1)],
    ['Gå igenom BBIC-underlag med Elin', mondayOf(today), today],
    ['Följ med Elin på första hembesöket', mondayOf(nextWednesday), nextWednesday],
    ['Förbered uppföljningssamtal med chef', calendar.addWorkingDays(today, 20), calendar.addWorkingDays(today, 25)],
  ];
  for (const [title, startDate, dueDate] of tasks) {
    const item = {
      phaseId: p.phaseId,
      title,
      instructions: '',
      category: 'Individuell planering',
      expectedMinutes: 60,
      responsible: { kind: 'person' as const, personId: p.introducerId, name: p.name },
      startDate,
      dueDate,
    };
    desk.call('plans:add-item', { hireId: p.hireId, item }, at(shiftDays(today, -5), 8), p.managerId);
  }
}

interface Progress {
  today: IsoDate;
  managerId: number;
  introducerId: number | null;
  random: () => number;
  share: { done: number; followedUp: number };
  calendar: WorkingCalendar;
}

/** Past-due items ticked by whoever is responsible on their due day, and followed up two working days later. */
function tickAsItHappened(desk: DemoDesk, item: PlanItemView, { today, managerId, introducerId, random, share, calendar }: Progress): void {
  if (!(item.dueDate < today && item.status === 'todo')) return;
  const done = random() < share.done;
  const followed = done && random() < share.followedUp;
  if (!done) return;
  const doer = item.responsiblePerson && item.responsiblePerson.id > 0 ? item.responsiblePerson.id : (introducerId ?? managerId);
  desk.call('plans:set-item-status', { itemId: item.id, status: 'done' }, at(item.dueDate, 9), doer);
  if (followed)
    desk.call(
      'plans:set-item-status',
      { itemId: item.id, status: 'followedUp' },
      at(calendar.addWorkingDays(item.dueDate, 2), 14),
      managerId,
    );
}

/** What introducer time and reflection sessions were about, in the demo and the benchmark's history. */
export const PURPOSES = [
  'Genomgång av ärende',
  'Gå bredvid vid hembesök',
  'Förberedelse inför utredningssamtal',
  'Frågor om dokumentation',
  'Planering av veckan',
  'Reflektion efter svårt samtal',
];
export const THEMES = [
  'Myndighetsrollen',
  'Samtal med barn',
  'Att hantera hot',
  'Dokumentation och journalföring',
  'Gränssättning och bemötande',
  'Arbetsbelastning och prioritering',
];

/** Weekly introducer time: about the norm, thinning out for introducers who are falling behind. */
function addDemoHours(
  desk: DemoDesk,
  hireId: number,
  introducerId: number,
  startDate: IsoDate,
  today: IsoDate,
  share: number,
  random: () => number,
  calendar: WorkingCalendar,
): void {
  const yearTwo = addMonthsTo(startDate, 12);
  const twoYears = addMonthsTo(startDate, 24);
  for (let day = calendar.onOrAfter(startDate); day < today && day < twoYears; day = shiftDays(day, 7)) {
    const norm = day < yearTwo ? 240 : 120;
    // The last six weeks show how the introduction runs now; earlier weeks were closer to the norm.
    const recent = shiftDays(today, -42) <= day;
    const minutes = Math.round((norm * (recent ? share : Math.max(share, 0.85)) * (0.8 + random() * 0.4)) / 15) * 15;
    if (minutes <= 0) continue;
    const date = calendar.onOrAfter(shiftDays(day, Math.floor(random() * 3)));
    if (date >= today) continue;
    const purpose = PURPOSES[Math.floor(random() * PURPOSES.length)]!;
    desk.call('hours:log-hours', { hireId, date, minutes, purpose, personId: introducerId }, at(date, 15), introducerId);
  }
}

/** The room the manager has booked for the coming sessions. */
export const DEMO_ROOM = 'Samtalsrummet Ripan, plan 2';

/**
 * Past sessions held (a few cancelled), with who came and what they talked about, marked by the
 * manager that afternoon; the next three booked in a room.
 */
function addDemoSessionHistory(
  desk: DemoDesk,
  hireId: number,
  today: IsoDate,
  managerId: number,
  introducerId: number | null,
  random: () => number,
): void {
  const attendees = introducerId !== null ? 'Den nyanställda, introduktören och enhetschefen' : 'Den nyanställda och enhetschefen';
  for (const session of sessionsOf(desk.session.db, hireId).filter((s) => s.date < today)) {
    const when = at(session.date, 15);
    if (random() < 0.1) desk.call('reflection:cancel-session', { sessionId: session.id, reason: 'Akut ärende i gruppen' }, when, managerId);
    else
      desk.call(
        'reflection:mark-held',
        { sessionId: session.id, attendees, theme: THEMES[Math.floor(random() * THEMES.length)]! },
        when,
        managerId,
      );
  }
  const coming = sessionsOf(desk.session.db, hireId).filter((s) => s.date >= today && s.status === 'planned');
  for (const session of coming.slice(0, 3)) {
    desk.call(
      'reflection:set-place',
      { sessionId: session.id, place: DEMO_ROOM, leaderId: session.leaderId },
      at(shiftDays(today, -3), 10),
      managerId,
    );
  }
}
