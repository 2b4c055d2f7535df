import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { remindIfDue } from '../../electron/main/services/reminders';
import { workGroup } from '../../electron/shared/rules/my-work';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';

// Thursday 26 November 2026, 09:00 in Stockholm: "this week" is 23–29 November.
let clock = '2026-11-26T08:00:00.000Z';
const open: ReturnType<typeof handlerHarness>[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

/** A manager, two introducers and an IT contact; three hires on the default programme. */
async function unit() {
  clock = '2026-11-26T08:00:00.000Z';
  const h = handlerHarness(() => clock);
  open.push(h);
  const person = (name: string, roles: ('manager' | 'introducer' | 'it')[]) =>
    h.must('staff:create-person', { name, title: '', team: 'IFO', phone: '', email: '', roles });
  const anna = await person('Anna Lindqvist', ['manager']);
  const maria = await person('Maria Nilsson', ['introducer']);
  const olle = await person('Olle Ek', ['introducer']);
  const it = await person('Ida IT', ['it']);
  await h.must('session:set-current-user', { personId: anna.id });
  const [programme] = await h.must('templates:list-templates', {});
  const hire = (name: string, startDate: string, introducerId: number) =>
    h.must('hires:create-hire', {
      hire: {
        name,
        title: 'Socialsekreterare',
        team: 'IFO',
        startDate,
        managerId: anna.id,
        introducerId,
        newlyGraduated: true,
        templateVersionId: programme!.versions[0]!.id,
      },
      leaveOut: [],
      ownItems: [],
    });
  const hires = [
    await hire('Sara Berg', '2026-11-02', maria.id),
    await hire('Ylva Östlund', '2026-11-30', maria.id),
    await hire('Per Holm', '2026-12-14', olle.id),
  ];
  return { h, anna, maria, olle, it, hires };
}

describe('Mina uppgifter', () => {
  it('groups a date as late, this week, next week or later from the ISO week of today', () => {
    expect(workGroup('2026-11-25', '2026-11-26')).toBe('late');
    expect(workGroup('2026-11-26', '2026-11-26')).toBe('thisWeek');
    expect(workGroup('2026-11-29', '2026-11-26')).toBe('thisWeek');
    expect(workGroup('2026-11-30', '2026-11-26')).toBe('nextWeek');
    expect(workGroup('2026-12-06', '2026-11-26')).toBe('nextWeek');
    expect(workGroup('2026-12-07', '2026-11-26')).toBe('later');
  });

  it('lists for each person exactly the open items whose responsible resolves to them, across the hires', async () => {
    const { h, maria, it, hires } = await unit();
    const plans = await Promise.all(hires.map((x) => h.must('hires:get-plan', { hireId: x.id })));
    const expected = (personId: number) =>
      plans
        .flatMap((p) => p.items.filter((i) => i.status === 'todo' && i.responsiblePerson?.id === personId).map((i) => i.id))
        .sort((a, b) => a - b);
    await h.must('session:set-current-user', { personId: maria.id });
    const mine = await h.must('tasks:get-mine', {});
    expect(mine.tasks.map((t) => t.itemId).sort((a, b) => a - b)).toEqual(expected(maria.id));
    expect(new Set(mine.tasks.map((t) => t.hireName))).toEqual(new Set(['Sara Berg', 'Ylva Östlund']));
    // The IT contact sees the IT items of all three hires and nothing else.
    await h.must('session:set-current-user', { personId: it.id });
    const its = await h.must('tasks:get-mine', {});
    expect(its.tasks.length).toBeGreaterThan(0);
    expect(its.tasks.every((t) => t.responsible.kind === 'role' && t.responsible.role === 'it')).toBe(true);
    expect(its.tasks.map((t) => t.itemId).sort((a, b) => a - b)).toEqual(expected(it.id));
    // Each group holds what its dates say; the sum of late items is the reminder's count.
    for (const t of mine.tasks) expect(t.group).toBe(workGroup(t.dueDate, '2026-11-26'));
    expect(mine.counts.late).toBe(mine.tasks.filter((t) => t.dueDate < '2026-11-26').length);
  });

  it('a tick from the list is the same change as on the hire page; the manager then sees it to follow up', async () => {
    const { h, anna, maria } = await unit();
    await h.must('session:set-current-user', { personId: maria.id });
    const [first] = (await h.must('tasks:get-mine', {})).tasks;
    await h.must('plans:set-item-status', { itemId: first!.itemId, status: 'done' });
    expect((await h.must('tasks:get-mine', {})).tasks.some((t) => t.itemId === first!.itemId)).toBe(false);
    const history = await h.must('audit:hire-history', { hireId: first!.hireId });
    expect(history.at(-1)).toMatchObject({ action: 'item.done', actor: 'Maria Nilsson' });
    await h.must('session:set-current-user', { personId: anna.id });
    const managers = await h.must('tasks:get-mine', {});
    expect(managers.notFollowedUp.map((t) => t.itemId)).toContain(first!.itemId);
  });

  it('last week’s missing introducer time is offered with the usual hours on the booked weekday', async () => {
    const { h, maria, hires } = await unit();
    await h.must('session:set-current-user', { personId: maria.id });
    const due = (await h.must('tasks:get-mine', {})).hoursDue;
    // Sara started 2 November: last week (16–22 Nov) expects the norm; Ylva has not started yet.
    expect(due.map((d) => d.hireName)).toEqual(['Sara Berg']);
    expect(due[0]).toMatchObject({ week: 47, loggedMinutes: 0, date: '2026-11-17' });
    await h.must('hours:log-hours', {
      hireId: hires[0]!.id,
      date: '2026-11-17',
      minutes: due[0]!.expectedMinutes,
      purpose: 'Genomgång',
      personId: maria.id,
    });
    expect((await h.must('tasks:get-mine', {})).hoursDue).toEqual([]);
  });

  it('prints one PDF and writes an all-day calendar event per dated item, filtered to one hire when asked', async () => {
    const { h, maria, hires } = await unit();
    await h.must('session:set-current-user', { personId: maria.id });
    const desktop = h.desktop;
    const path = join(tempDir(), 'mina-uppgifter');
    desktop.answerSave(`${path}.pdf`).answerSave(`${path}.ics`);
    expect(await h.must('tasks:export-pdf', { hireId: null })).toMatchObject({ saved: true });
    expect(readFileSync(`${path}.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await h.must('tasks:export-ics', { hireId: hires[0]!.id })).toMatchObject({ saved: true });
    const ics = readFileSync(`${path}.ics`, 'utf8');
    const sara = (await h.must('tasks:get-mine', {})).tasks.filter((t) => t.hireId === hires[0]!.id);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(sara.length);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${sara[0]!.dueDate.replace(/-/g, '')}`);
    expect(ics).not.toContain('Ylva');
  });

  it('nothing is listed before someone has said who they are', async () => {
    const h = handlerHarness(() => clock);
    open.push(h);
    const result = await h.call('tasks:get-mine', {});
    expect(result.ok ? null : result.error.code).toBe('no-user');
  });
});

describe('reminders without a server', () => {
  const ctxOf = (h: ReturnType<typeof handlerHarness>) => h.ctx;

  it('once a day, from the chosen time, about what is late or due today; a click opens the list', async () => {
    const { h, maria } = await unit();
    await h.must('session:set-current-user', { personId: maria.id });
    const desktop = h.desktop;
    let opened = 0;
    await h.must('tasks:set-reminders', { enabled: true, time: '10:00', onlyLate: false, openAtLogin: true });
    expect(desktop.loginItem).toBe(true);
    // 09:00 in Stockholm: before the chosen time, the timer waits; a start sends it.
    expect(remindIfDue(ctxOf(h), 'timer', () => opened++)).toBeNull();
    const late = (await h.must('tasks:get-mine', {})).counts.late;
    expect(late).toBeGreaterThan(0);
    const sent = remindIfDue(ctxOf(h), 'start', () => opened++);
    expect(sent?.body).toContain(`${late} försenade punkter`);
    expect(desktop.notifications).toHaveLength(1);
    desktop.notifications[0]!.click();
    expect(opened).toBe(1);
    // Not again the same day; the next day it comes at 10:00 Swedish time (09:00 UTC), not a minute before.
    clock = '2026-11-26T12:00:00.000Z';
    expect(remindIfDue(ctxOf(h), 'timer', () => opened++)).toBeNull();
    clock = '2026-11-27T08:59:00.000Z';
    expect(remindIfDue(ctxOf(h), 'timer', () => opened++)).toBeNull();
    clock = '2026-11-27T09:01:00.000Z';
    expect(remindIfDue(ctxOf(h), 'timer', () => opened++)).not.toBeNull();
  });

  it('none when turned off, for a removed person, or with only late asked for and nothing late', async () => {
    const { h, maria, olle, anna } = await unit();
    await h.must('session:set-current-user', { personId: maria.id });
    await h.must('tasks:set-reminders', { enabled: false, time: '08:00', onlyLate: false, openAtLogin: false });
    expect(remindIfDue(ctxOf(h), 'start', () => undefined)).toBeNull();
    // Olle's hire starts in December: nothing of his is late.
    await h.must('session:set-current-user', { personId: olle.id });
    await h.must('tasks:set-reminders', { enabled: true, time: '08:00', onlyLate: true, openAtLogin: false });
    expect((await h.must('tasks:get-mine', {})).counts.late).toBe(0);
    expect(remindIfDue(ctxOf(h), 'start', () => undefined)).toBeNull();
    await h.must('session:set-current-user', { personId: anna.id });
    await h.must('staff:remove-person', { id: maria.id });
    ctxOf(h).user.personId = maria.id;
    expect(remindIfDue(ctxOf(h), 'start', () => undefined)).toBeNull();
    const result = await h.call('tasks:set-reminders', { enabled: true, time: '8', onlyLate: false, openAtLogin: false });
    expect(result.ok ? null : result.error.fields?.time).toBeTruthy();
  });
});

describe('who is working', () => {
  it('is remembered per operating-system account: recognised without picking, kept apart on a shared computer', async () => {
    const { h, maria, anna } = await unit();
    const desktop = h.desktop;
    desktop.account = 'maria';
    await h.must('session:set-current-user', { personId: maria.id });
    desktop.account = 'anna';
    await h.must('session:set-current-user', { personId: anna.id });
    // A new start of the app on the same file: each account finds its own person.
    for (const [account, name] of [
      ['maria', 'Maria Nilsson'],
      ['anna', 'Anna Lindqvist'],
    ] as const) {
      h.ctx.user.personId = null;
      desktop.account = account;
      expect((await h.must('session:get-current-user', {}))?.name).toBe(name);
    }
    // Picking someone else without remembering leaves the account's choice as it was.
    await h.must('session:set-current-user', { personId: maria.id, remember: false });
    expect(await h.must('session:get-account', {})).toMatchObject({ account: 'anna', rememberedId: anna.id });
  });
});

describe('the new hire’s own view', () => {
  it('ticks their own item, cannot tick the manager’s, and is refused everything else in main', async () => {
    const { h, hires } = await unit();
    const sara = hires[0]!;
    await h.must('session:set-current-hire', { hireId: sara.id });
    const own = await h.must('tasks:get-introduction', {});
    expect(own.plan.hire.name).toBe('Sara Berg');
    expect(own.contacts.map((c) => [c.role, c.name])).toEqual([
      ['manager', 'Anna Lindqvist'],
      ['introducer', 'Maria Nilsson'],
    ]);
    const mine = own.plan.items.find((i) => i.responsible.kind === 'role' && i.responsible.role === 'newHire' && i.status === 'todo')!;
    const managers = own.plan.items.find((i) => i.responsible.kind === 'role' && i.responsible.role === 'manager' && i.status === 'todo')!;
    await h.must('plans:set-item-status', { itemId: mine.id, status: 'done' });
    const refused = await h.call('plans:set-item-status', { itemId: managers.id, status: 'done' });
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
    for (const [channel, input] of [
      ['staff:list-people', {}],
      ['hires:get-plan', { hireId: hires[1]!.id }],
      ['templates:list-templates', {}],
      ['tasks:get-mine', {}],
    ] as const) {
      const result = await h.call(channel, input);
      expect(result.ok ? null : result.error.code, channel).toBe('forbidden');
    }
    // The history says the hire ticked it.
    h.ctx.user.hireId = null;
    await h.must('session:set-current-user', { personId: (await h.must('staff:list-people', {}))[0]!.id });
    const history = await h.must('audit:hire-history', { hireId: sara.id });
    expect(history.at(-1)).toMatchObject({ action: 'item.done', actor: 'Sara Berg' });
    expect((await h.must('hires:get-plan', { hireId: sara.id })).items.find((i) => i.id === mine.id)!.status).toBe('done');
  });
});
