import { addMonths, format } from 'date-fns';
import { inTransaction, type Db } from '../../../db/open';
import * as hires from '../../../db/queries/hires';
import { recordAudit } from '../../../db/queries/audit';
import { listPeople } from '../../../db/queries/staff';
import { listPublishedVersions } from '../../../db/queries/templates';
import { logHours } from '../../../db/queries/hours';
import { sessionsOf, updateSession } from '../../../db/queries/reflection';
import { shiftDays, toDate, type IsoDate } from '../../shared/rules/calendar';
import { calendarOf, planRows, storeNewHire, swedishDate } from '../services/plans';

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
}

/** Six invented hires at different stages, so the overview and schedule look like a real unit's. */
export const DEMO_HIRES: DemoHire[] = [
  { name: 'Elin Sundberg', title: 'Socialsekreterare', team: 'Barn och familj', newlyGraduated: true, started: { days: 3 }, manager: 'Anna Lindqvist', introducer: 'Maria Nilsson', done: 1, followedUp: 0.5, hours: 1 },
  { name: 'Ahmed Hassan', title: 'Socialsekreterare', team: 'Vuxen', newlyGraduated: true, started: { days: 37 }, manager: 'Erik Johansson', introducer: 'Sara Eriksson', done: 0.9, followedUp: 0.7, hours: 0.45 },
  { name: 'Linnea Öberg', title: 'Socialsekreterare', team: 'Barn och familj', newlyGraduated: false, started: { months: 4 }, manager: 'Anna Lindqvist', introducer: null, done: 0.6, followedUp: 0.3, hours: 0 },
  { name: 'Jonas Mäkitalo', title: 'Socialsekreterare', team: 'Barn och familj', newlyGraduated: true, started: { months: 12 }, manager: 'Anna Lindqvist', introducer: 'Johan Pettersson', done: 0.95, followedUp: 0.9, hours: 1.05 },
  { name: 'Fatima Ali', title: 'Socialsekreterare', team: 'Vuxen', newlyGraduated: false, started: { months: 22 }, manager: 'Erik Johansson', introducer: 'Sara Eriksson', done: 0.85, followedUp: 0.6, hours: 0.6 },
  { name: 'Per Niemi', title: 'Socialsekreterare', team: 'Barn och familj', newlyGraduated: true, started: { months: 25 }, manager: 'Anna Lindqvist', introducer: 'Maria Nilsson', done: 1, followedUp: 1, hours: 1, finished: true },
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

export function addDemoHires(db: Db, now: string): void {
  const today = swedishDate(now);
  const people = new Map(listPeople(db).map((p) => [p.name, p.id]));
  const calendar = calendarOf(db);
  const version = listPublishedVersions(db)[0];
  if (!version) throw new Error('no published programme');
  DEMO_HIRES.forEach((demo, index) => {
    const random = sequence(index + 7);
    const raw = 'days' in demo.started ? shiftDays(today, -demo.started.days) : format(addMonths(toDate(today), -demo.started.months), 'yyyy-MM-dd');
    const startDate = calendar.onOrBefore(raw);
    const managerId = people.get(demo.manager)!;
    const introducerId = demo.introducer ? people.get(demo.introducer)! : null;
    const fields = { name: demo.name, title: demo.title, team: demo.team, startDate, managerId, introducerId, newlyGraduated: demo.newlyGraduated, templateVersionId: version.id };
    const rows = planRows(db, fields, new Set());
    inTransaction(db, (tx) => {
      const items = rows.map(({ row: item, responsiblePerson }) => {
        const past = item.dueDate < today && item.status === 'todo';
        const done = past && random() < demo.done;
        const followed = done && random() < demo.followedUp;
        const doer = responsiblePerson && responsiblePerson.id > 0 ? responsiblePerson.id : (introducerId ?? managerId);
        return {
          ...item,
          status: followed ? ('followedUp' as const) : done ? ('done' as const) : item.status,
          doneAt: done ? at(item.dueDate, 9) : null,
          doneBy: done ? doer : null,
          followedUpAt: followed ? at(calendar.addWorkingDays(item.dueDate, 2), 14) : null,
          followedUpBy: followed ? managerId : null,
        };
      });
      const hireId = storeNewHire(tx, fields, items, at(shiftDays(startDate, -14), 8), managerId);
      if (demo.finished) hires.updateHire(tx, hireId, { finishedAt: now }, now);
      if (introducerId !== null) addDemoHours(tx, hireId, introducerId, startDate, today, demo.hours, random, calendar);
      addDemoSessionHistory(tx, hireId, today, introducerId, random, now);
    });
  });
}

const PURPOSES = ['Genomgång av ärende', 'Gå bredvid vid hembesök', 'Förberedelse inför utredningssamtal', 'Frågor om dokumentation', 'Planering av veckan', 'Reflektion efter svårt samtal'];
const THEMES = ['Myndighetsrollen', 'Samtal med barn', 'Att hantera hot', 'Dokumentation och journalföring', 'Gränssättning och bemötande', 'Arbetsbelastning och prioritering'];

/** Weekly introducer time: about the norm, thinning out for introducers who are falling behind. */
function addDemoHours(db: Db, hireId: number, introducerId: number, startDate: IsoDate, today: IsoDate, share: number, random: () => number, calendar: ReturnType<typeof calendarOf>): void {
  const twoYears = format(addMonths(toDate(startDate), 24), 'yyyy-MM-dd');
  for (let day = calendar.onOrAfter(startDate); day < today && day < twoYears; day = shiftDays(day, 7)) {
    const norm = day < format(addMonths(toDate(startDate), 12), 'yyyy-MM-dd') ? 240 : 120;
    // The last six weeks show how the introduction runs now; earlier weeks were closer to the norm.
    const recent = shiftDays(today, -42) <= day;
    const minutes = Math.round((norm * (recent ? share : Math.max(share, 0.85)) * (0.8 + random() * 0.4)) / 15) * 15;
    if (minutes <= 0) continue;
    const date = calendar.onOrAfter(shiftDays(day, Math.floor(random() * 3)));
    if (date >= today) continue;
    const entry = logHours(db, { hireId, date, minutes, purpose: PURPOSES[Math.floor(random() * PURPOSES.length)]!, personId: introducerId, loggedBy: introducerId, createdAt: at(date, 15) });
    recordAudit(db, { at: at(date, 15), personId: introducerId, entity: 'hours', entityId: entry.id, hireId, action: 'hours.logged', detail: { minutes, date } });
  }
}

/** Past sessions held (a few cancelled), with who came and what they talked about. */
function addDemoSessionHistory(db: Db, hireId: number, today: IsoDate, introducerId: number | null, random: () => number, now: string): void {
  const attendees = introducerId !== null ? 'Den nyanställda, introduktören och enhetschefen' : 'Den nyanställda och enhetschefen';
  for (const session of sessionsOf(db, hireId).filter((s) => s.date < today)) {
    const cancelled = random() < 0.1;
    updateSession(db, session, cancelled ? { status: 'cancelled', cancelReason: 'Akut ärende i gruppen' } : { status: 'held', attendees, theme: THEMES[Math.floor(random() * THEMES.length)]! }, now);
  }
}
