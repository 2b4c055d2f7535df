import type { IsoDate } from '../../shared/rules/days';
import type { DemoDesk } from './demo-desk';

/** How each demo hire's talks went: workload and support (1–5), what works, what to change. */
const TONES: Record<string, { workload: number; support: number; works: string; change: string }> = {
  'Ahmed Hassan': {
    workload: 5,
    support: 2,
    works: 'Kollegorna i arbetsgruppen svarar på frågor.',
    change: 'För många nybesök samtidigt, och introduktören har haft lite tid.',
  },
  'Linnea Öberg': { workload: 4, support: 2, works: 'Erfarenheten från tidigare jobb.', change: 'Ingen introduktör är utsedd ännu.' },
};
const USUAL = { workload: 3, support: 4, works: 'Introduktören tar sig tid och handledningen fungerar.', change: '' };

/** Agreed at a hire's latest check-in, made into items of the plan. */
const ACTIONS: Record<string, string[]> = {
  'Ahmed Hassan': ['Inga nya nybesök i två veckor', 'Avstämning av ärendemängden med samordnaren'],
  'Linnea Öberg': ['Utse introduktör'],
};

const at = (date: IsoDate, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** Every check-in whose day has passed was held that day by the manager; the latest one agreed actions where things were hard. */
export function addDemoCheckIns(desk: DemoDesk, hireId: number, name: string, p: { today: IsoDate; managerId: number }): void {
  const checkIns = desk.call('checkins:get-check-ins', { hireId }, at(p.today, 8), p.managerId);
  const past = checkIns.filter((c) => c.dueDate < p.today);
  const tone = TONES[name] ?? USUAL;
  past.forEach((c, index) => {
    const latest = index === past.length - 1;
    const actions = latest ? (ACTIONS[name] ?? []) : [];
    const talk = { ...tone, heldOn: c.dueDate, actions, toPlan: actions.length > 0 };
    desk.call('checkins:save-check-in', { hireId, checkpointId: c.checkpointId, ...talk }, at(c.dueDate, 13), p.managerId);
  });
}
