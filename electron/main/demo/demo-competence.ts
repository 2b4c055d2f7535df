import { addMonthsTo, shiftDays, type IsoDate } from '../../shared/rules/days';
import type { TrainingStatus } from '../../shared/schemas/competence';
import type { DemoDesk } from './demo-desk';

interface DemoCompetence {
  mapping: { course: string; year: number; place: string; evidence: boolean }[];
  coHandler: string | null;
  /** Months after the start when the manager decided Nivå 2, with why. */
  promoted?: { months: number; note: string };
  shortGoals: string;
  longGoals: string;
  /** What became of the programme's recommended trainings (in its order), with their cost. */
  trainings: { status: TrainingStatus; costKr: number; planned: string }[];
}

/** Each demo hire's competence plan: all are mapped and start at Nivå 1; two have since moved to Nivå 2. */
const PLANS: Record<string, DemoCompetence> = {
  'Elin Sundberg': {
    mapping: [{ course: 'Socionomexamen', year: 2026, place: 'Umeå universitet', evidence: true }],
    coHandler: 'Maria Nilsson',
    shortGoals: 'Lära mig journalföring och BBIC-utredningens gång med stöd av Maria.',
    longGoals: 'Utreda barnärenden självständigt inom två år.',
    trainings: [],
  },
  'Ahmed Hassan': {
    mapping: [
      { course: 'Socionomexamen', year: 2026, place: 'Luleå tekniska universitet', evidence: true },
      { course: 'Praktik på försörjningsstöd, en termin', year: 2025, place: 'Luleå kommun', evidence: false },
    ],
    coHandler: 'Sara Eriksson',
    shortGoals: 'Hantera nybesök på vuxenenheten med medhandläggare.',
    longGoals: 'Fördjupning i missbruksvård.',
    trainings: [
      { status: 'done', costKr: 0, planned: 'Intern' },
      { status: 'booked', costKr: 3500, planned: 'VT 2027' },
    ],
  },
  'Linnea Öberg': {
    mapping: [
      { course: 'Socionomexamen', year: 2019, place: 'Göteborgs universitet', evidence: true },
      { course: 'Handläggare inom LSS, fyra år', year: 2023, place: 'Partille kommun', evidence: true },
    ],
    // No introducer yet, and no co-handler: the overview shows it.
    coHandler: null,
    shortGoals: 'Komma in i myndighetsutövningen inom barn och familj.',
    longGoals: 'Bli medhandläggare åt nya kollegor.',
    trainings: [
      { status: 'done', costKr: 0, planned: 'Intern' },
      { status: 'done', costKr: 3500, planned: 'HT 2026' },
      { status: 'planned', costKr: 9000, planned: 'VT 2027' },
    ],
  },
  'Jonas Mäkitalo': {
    mapping: [{ course: 'Socionomexamen', year: 2025, place: 'Umeå universitet', evidence: true }],
    coHandler: 'Johan Pettersson',
    shortGoals: 'Signs of Safety i egna utredningar.',
    longGoals: 'Barnsamtal på fördjupad nivå.',
    trainings: [
      { status: 'done', costKr: 0, planned: 'Intern' },
      { status: 'done', costKr: 3500, planned: 'HT 2025' },
      { status: 'done', costKr: 9000, planned: 'VT 2026' },
      { status: 'booked', costKr: 6000, planned: 'VT 2027' },
    ],
  },
  'Fatima Ali': {
    mapping: [
      { course: 'Socionomexamen', year: 2015, place: 'Stockholms universitet', evidence: true },
      { course: 'Socialsekreterare vuxen, sex år', year: 2024, place: 'Botkyrka kommun', evidence: true },
    ],
    coHandler: 'Sara Eriksson',
    promoted: { months: 12, note: 'Lång erfarenhet från vuxenområdet; introduktionsåret genomfört.' },
    shortGoals: 'Ingå i samverkansgruppen för beroendevård.',
    longGoals: 'Fördjupning i handläggning av försörjningsstöd.',
    trainings: [
      { status: 'done', costKr: 0, planned: 'Intern' },
      { status: 'done', costKr: 3500, planned: 'VT 2025' },
      { status: 'done', costKr: 9000, planned: 'HT 2025' },
      { status: 'done', costKr: 6000, planned: 'VT 2026' },
    ],
  },
  'Per Niemi': {
    mapping: [{ course: 'Socionomexamen', year: 2024, place: 'Umeå universitet', evidence: true }],
    coHandler: 'Maria Nilsson',
    promoted: { months: 24, note: 'Introduktionen avslutad.' },
    shortGoals: 'Ta egna utredningar.',
    longGoals: 'Vara medhandläggare åt nya kollegor.',
    trainings: [
      { status: 'done', costKr: 0, planned: 'Intern' },
      { status: 'done', costKr: 3500, planned: 'HT 2024' },
      { status: 'done', costKr: 9000, planned: 'VT 2025' },
      { status: 'done', costKr: 6000, planned: 'HT 2025' },
    ],
  },
};

const at = (date: IsoDate, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** The manager maps, decides and plans in the first weeks; a promotion comes later, never after today. */
export function addDemoCompetence(
  desk: DemoDesk,
  hireId: number,
  name: string,
  { startDate, today, managerId, people }: { startDate: IsoDate; today: IsoDate; managerId: number; people: ReadonlyMap<string, number> },
): void {
  const plan = PLANS[name];
  if (!plan) return;
  const mapped = shiftDays(startDate, 2) < today ? shiftDays(startDate, 2) : startDate;
  const when = at(mapped, 10);
  for (const m of plan.mapping) desk.call('competence:add-mapping', { hireId, ...m }, when, managerId);
  desk.call('competence:decide-level', { hireId, level: 1, decidedOn: startDate, note: '' }, when, managerId);
  const coHandler = plan.coHandler ? people.get(plan.coHandler)! : null;
  if (coHandler !== null) desk.call('competence:set-co-handler', { hireId, personId: coHandler }, when, managerId);
  desk.call('competence:save-goals', { hireId, shortGoals: plan.shortGoals, longGoals: plan.longGoals }, when, managerId);
  const { trainings } = desk.call('competence:add-recommended', { hireId }, when, managerId);
  plan.trainings.forEach((t, i) => {
    const training = trainings[i];
    if (!training) return;
    const { id: trainingId, ...fields } = training;
    // Counted in the budget year of its term ("VT 2027"); an internal course in the year it was planned.
    const year = Number(/\d{4}/.exec(t.planned)?.[0] ?? mapped.slice(0, 4));
    desk.call('competence:update-training', { trainingId, ...fields, ...t, year }, when, managerId);
  });
  if (plan.promoted) {
    const decided = addMonthsTo(startDate, plan.promoted.months);
    const on = decided <= today ? decided : today;
    desk.call('competence:decide-level', { hireId, level: 2, decidedOn: on, note: plan.promoted.note }, at(on, 11), managerId);
  }
}
