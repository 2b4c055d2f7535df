import { existsSync, readFileSync } from 'node:fs';
import type { handlerHarness } from './handler-context';

type Harness = ReturnType<typeof handlerHarness>;

/** Staff and a chosen user on a harness; returns the ids the hires need. */
export async function staffFor(h: Harness) {
  const person = (name: string, role: 'manager' | 'introducer') =>
    h.must('staff:create-person', { name, title: '', team: '', phone: '', email: '', roles: [role] });
  const manager = await person('Anna Lindqvist', 'manager');
  const introducer = await person('Maria Nilsson', 'introducer');
  await h.must('session:set-current-user', { personId: manager.id });
  return { managerId: manager.id, introducerId: introducer.id };
}

/**
 * A hire whose every free-text field holds a word of its own (`<tag>-anteckning`, …), so a scan
 * of the file can tell whether anything of theirs is left. Returns the hire's id and those words.
 */
export async function hireWithFreeText(h: Harness, people: { managerId: number; introducerId: number }, name: string, tag: string) {
  const [programme] = await h.must('templates:list-templates', {});
  const words = {
    name,
    note: `${tag}-anteckning`,
    reason: `${tag}-orsak`,
    ownTitle: `${tag}-egenpunkt`,
    ownInstructions: `${tag}-instruktion`,
    purpose: `${tag}-syfte`,
    cancelReason: `${tag}-inställt`,
    attendees: `${tag}-deltagare`,
    theme: `${tag}-tema`,
    place: `${tag}-plats`,
    shortGoals: `${tag}-kortmål`,
    longGoals: `${tag}-långmål`,
    course: `${tag}-kurs`,
    coursePlace: `${tag}-lärosäte`,
    levelNote: `${tag}-motivering`,
    training: `${tag}-utbildning`,
    provider: `${tag}-anordnare`,
    substituteNote: `${tag}-vikariat`,
    works: `${tag}-fungerar`,
    change: `${tag}-ändra`,
    action: `${tag}-åtgärd`,
    good: `${tag}-bra`,
    improve: `${tag}-bättre`,
  };
  const hire = await h.must('hires:create-hire', {
    hire: {
      name,
      title: 'Socialsekreterare',
      team: 'Barn och familj',
      startDate: '2026-10-05',
      managerId: people.managerId,
      introducerId: people.introducerId,
      coordinatorId: people.managerId,
      newlyGraduated: true,
      templateVersionId: programme!.versions[0]!.id,
    },
    leaveOut: [],
    ownItems: [],
  });
  const plan = await h.must('hires:get-plan', { hireId: hire.id });
  const [first, second] = plan.items;
  await h.must('plans:update-item', { itemId: first!.id, note: words.note, startDate: first!.startDate, dueDate: first!.dueDate });
  await h.must('plans:set-item-status', { itemId: second!.id, status: 'notApplicable', reason: words.reason });
  await h.must('plans:add-item', {
    hireId: hire.id,
    item: {
      phaseId: plan.phases[0]!.id,
      title: words.ownTitle,
      instructions: words.ownInstructions,
      category: 'Egen',
      expectedMinutes: 30,
      responsible: { kind: 'role', role: 'introducer' },
      startDate: '2026-11-23',
      dueDate: '2026-11-27',
    },
  });
  await h.must('hours:log-hours', {
    hireId: hire.id,
    date: '2026-11-17',
    minutes: 60,
    purpose: words.purpose,
    personId: people.introducerId,
  });
  const { sessions } = await h.must('reflection:get-sessions', { hireId: hire.id });
  await h.must('reflection:cancel-session', { sessionId: sessions[0]!.id, reason: words.cancelReason });
  await h.must('reflection:mark-held', { sessionId: sessions[1]!.id, attendees: words.attendees, theme: words.theme });
  await h.must('reflection:set-place', { sessionId: sessions[2]!.id, place: words.place, leaderId: people.introducerId });
  await h.must('competence:save-goals', { hireId: hire.id, shortGoals: words.shortGoals, longGoals: words.longGoals });
  await h.must('competence:set-co-handler', { hireId: hire.id, personId: people.introducerId });
  await h.must('competence:add-mapping', { hireId: hire.id, course: words.course, year: 2019, place: words.coursePlace, evidence: true });
  await h.must('competence:decide-level', { hireId: hire.id, level: 1, decidedOn: '2026-10-05', note: words.levelNote });
  await h.must('competence:add-training', {
    hireId: hire.id,
    name: words.training,
    provider: words.provider,
    planned: 'VT 2027',
    year: 2027,
    costKr: 4500,
    status: 'planned',
  });
  await h.must('hours:add-substitute', {
    hireId: hire.id,
    personId: people.managerId,
    fromDate: '2026-12-07',
    toDate: '2026-12-11',
    note: words.substituteNote,
  });
  await h.must('checkins:save-check-in', {
    hireId: hire.id,
    checkpointId: 'vecka-1',
    heldOn: '2026-10-12',
    workload: 4,
    support: 3,
    works: words.works,
    change: words.change,
    actions: [words.action],
    toPlan: false,
  });
  await h.must('evaluations:save-phase-evaluation', {
    hireId: hire.id,
    phaseId: 'vecka-1-4',
    answeredOn: '2026-10-30',
    source: 'paper',
    scores: { clarity: 4, support: 3, workload: 2, reflection: 5, overall: 4 },
    good: words.good,
    improve: words.improve,
  });
  // A reflection group the hire belongs to, with one held session they attended (the group is the unit's).
  const group = await h.must('groups:save-group', {
    groupId: null,
    group: {
      kind: 'reflection',
      name: 'Reflektionsgrupp nyanställda',
      leaderId: people.introducerId,
      leaderName: '',
      place: 'Rum 1',
      weekday: 3,
      time: '13:00',
      durationMinutes: 90,
      maxMembers: 10,
      meetingsPerYear: 24,
    },
  });
  const member = await h.must('groups:add-member', { groupId: group.id, hireId: hire.id, personId: null, fromDate: '2026-10-05' });
  const session = await h.must('groups:save-session', {
    groupId: group.id,
    sessionId: null,
    session: { date: '2026-10-14', time: '13:00', durationMinutes: 90, place: '', theme: '', status: 'planned', cancelReason: null },
  });
  await h.must('groups:record-attendance', {
    sessionId: session.sessions[0]!.id,
    attendance: [{ memberId: member.members[0]!.id, present: true }],
  });
  return { hireId: hire.id, words };
}

/** The database file and its -wal, byte for byte. */
export function fileBytes(dbFile: string): Buffer {
  return Buffer.concat([dbFile, `${dbFile}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
}

/** Whether the text is in the bytes in UTF-8 or UTF-16 (SQLite can store either). */
export const holds = (bytes: Buffer, text: string) =>
  bytes.includes(Buffer.from(text, 'utf8')) ||
  bytes.includes(Buffer.from(text, 'utf16le')) ||
  bytes.includes(Buffer.from(text, 'utf16le').swap16());
