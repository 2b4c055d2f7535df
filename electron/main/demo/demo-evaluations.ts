import type { IsoDate } from '../../shared/rules/days';
import type { DemoDesk } from './demo-desk';

type Scores = [clarity: number, support: number, workload: number, reflection: number, overall: number];

/**
 * What each demo hire said at the end of their phases. The first weeks are mostly liked; the long
 * middle phase is where the workload weighs (the seeds' reason for protecting new hires), which the
 * improvement view should make visible.
 */
const ANSWERS: Record<string, { scores: Scores; good: string; improve: string }[]> = {
  'Ahmed Hassan': [{ scores: [4, 2, 2, 4, 3], good: 'Mottagandet och schemat första veckan.', improve: 'Mer tid med introduktören.' }],
  'Linnea Öberg': [{ scores: [3, 2, 3, 4, 3], good: 'Kollegorna tog emot mig väl.', improve: 'En introduktör från första dagen.' }],
  'Jonas Mäkitalo': [
    { scores: [5, 4, 4, 5, 5], good: 'Tydlig plan för varje dag.', improve: '' },
    { scores: [4, 4, 2, 4, 3], good: 'Reflektionen varannan vecka.', improve: 'Färre nya ärenden under de första månaderna.' },
  ],
  'Fatima Ali': [
    { scores: [4, 5, 4, 4, 4], good: 'Introduktören hade alltid tid.', improve: 'Systemutbildningen kom för sent.' },
    { scores: [3, 4, 2, 5, 3], good: 'Medhandläggare i den första utredningen.', improve: 'Ärendemängden växte för snabbt.' },
  ],
  'Per Niemi': [
    { scores: [5, 4, 4, 3, 4], good: '', improve: 'Mer om dokumentation i BBIC tidigt.' },
    { scores: [4, 4, 3, 4, 4], good: 'Att gå bredvid i hembesök.', improve: '' },
    { scores: [4, 4, 3, 5, 4], good: 'Yrkeshandledningen i grupp.', improve: 'Tydligare när introduktionen är slut.' },
  ],
};

const at = (date: IsoDate, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/**
 * Each ended phase answered on its last day, in the order given above; every other answer of
 * Fatima's was on the printed form, typed in by the manager.
 */
export function addDemoEvaluations(desk: DemoDesk, hireId: number, name: string, p: { today: IsoDate; managerId: number }): void {
  const phases = desk.call('evaluations:get-phase-evaluations', { hireId }, at(p.today, 8), p.managerId).filter((e) => e.dueDate < p.today);
  (ANSWERS[name] ?? []).slice(0, phases.length).forEach((answer, index) => {
    const phase = phases[index]!;
    const [clarity, support, workload, reflection, overall] = answer.scores;
    desk.call(
      'evaluations:save-phase-evaluation',
      {
        hireId,
        phaseId: phase.phaseId,
        answeredOn: phase.dueDate,
        source: name === 'Fatima Ali' && index === 0 ? 'paper' : 'app',
        scores: { clarity, support, workload, reflection, overall },
        good: answer.good,
        improve: answer.improve,
      },
      at(phase.dueDate, 14),
      p.managerId,
    );
  });
}
