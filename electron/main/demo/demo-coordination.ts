import { type WorkingCalendar } from '../../shared/rules/calendar';
import { mondayOf, shiftDays, type IsoDate } from '../../shared/rules/days';
import type { DemoDesk } from './demo-desk';

/** The samordnare named per hire (team Vuxen has its own); the others have the unit's, Ulrika Lantto. */
export const DEMO_COORDINATORS: Record<string, string> = {
  'Ahmed Hassan': 'Henrik Sarri',
  'Fatima Ali': 'Henrik Sarri',
};

/** Whose introducer is away, and who stands in: from Monday last week to Friday this week (the coming one on a weekend). */
const SUBSTITUTES: Record<string, string> = { 'Ahmed Hassan': 'Johan Pettersson' };

const at = (date: IsoDate, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/**
 * The coordination the Kiruna model asks for (seed 003 ~L2573, ~L3057): an item of the
 * samordnare's own in the newest hire's plan, and a substitute introducer for one hire over two
 * weeks, who logged two hours last week.
 */
export function addDemoCoordination(
  desk: DemoDesk,
  hireId: number,
  name: string,
  p: { phaseId: string; today: IsoDate; managerId: number; people: ReadonlyMap<string, number>; calendar: WorkingCalendar },
): void {
  const { today, managerId, calendar } = p;
  if (name === 'Elin Sundberg') {
    const item = {
      phaseId: p.phaseId,
      title: 'Avstämning med samordnaren om ärendemängden',
      instructions: 'Att den nyanställda inte får för stort ansvar för tidigt.',
      category: 'Uppföljning',
      expectedMinutes: 45,
      responsible: { kind: 'role' as const, role: 'coordinator' as const },
      startDate: calendar.onOrAfter(shiftDays(today, 7)),
      dueDate: calendar.onOrAfter(shiftDays(today, 11)),
    };
    desk.call('plans:add-item', { hireId, item }, at(shiftDays(today, -2), 8), managerId);
  }
  const standIn = SUBSTITUTES[name];
  if (!standIn) return;
  const personId = p.people.get(standIn)!;
  // The working week of today, or on a weekend the coming one: the stand-in is there "today" either way.
  const week = mondayOf(calendar.onOrAfter(today));
  const lastMonday = shiftDays(week, -7);
  const period = { fromDate: lastMonday, toDate: shiftDays(week, 4), note: 'Introduktören på semester' };
  desk.call('hours:add-substitute', { hireId, personId, ...period }, at(shiftDays(lastMonday, -3), 9), managerId);
  const date = calendar.onOrAfter(shiftDays(lastMonday, 2));
  if (date < today)
    desk.call('hours:log-hours', { hireId, date, minutes: 120, purpose: 'Ärendegenomgång', personId }, at(date, 15), personId);
}
