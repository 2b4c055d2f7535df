/**
 * One hire's life in the large benchmark database: the plan is made through `hires:create-hire`
 * three weeks before the start, then items are ticked and followed up, introducer hours logged
 * and reflection sessions held as the weeks pass (the query functions the handlers call, written
 * through the app's audited() helper in bulk transactions), and the plan is finished and sometimes archived through the handlers.
 */
import type { Db } from '../../db/client';
import { PURPOSES, THEMES } from '../../electron/main/demo/demo-hires';
import * as hires from '../../db/queries/hires';
import { logHours } from '../../db/queries/hours';
import { getSession, sessionsOf, updateSession } from '../../db/queries/reflection';
import { audited, type AuditEvent } from '../../electron/main/ipc/audited';
import { noEvents } from '../../electron/main/ipc/events';
import { addMonthsTo, daysBetween, mondayOf, shiftDays, type IsoDate } from '../../electron/shared/rules/days';
import { type WorkingCalendar } from '../../electron/shared/rules/calendar';
import type { OwnItemFields } from '../../electron/shared/schemas/plan';
import type { handlerHarness } from '../support/handler-context';
import type { Random } from './large-db-people';
import type { Timeline } from './large-db-timeline';

export interface World {
  h: ReturnType<typeof handlerHarness>;
  timeline: Timeline;
  random: Random;
  calendar: WorkingCalendar;
  versionId: number;
  phaseIds: string[];
  optionalItemIds: string[];
  /** The moment the benchmark looks at the data ("today"). */
  now: string;
  introducers: Map<string, number[]>;
  /** Active hires per introducer, so a new hire goes to the least loaded one of the team. */
  load: Map<number, number>;
}

export interface HireSpec {
  name: string;
  team: string;
  startDate: IsoDate;
  newlyGraduated: boolean;
  managerId: number;
  withIntroducer: boolean;
  /** How well this introduction runs: shares of items done and followed up, of the hour norm logged. */
  done: number;
  followUp: number;
  hours: number;
  ownItems: number;
  /** Left the job this many months after starting (the plan is finished early). */
  leavesAfterMonths: number | null;
  /** Never marked finished although the plan has ended (it happens). */
  straggler: boolean;
}

/** One change in the bulk transaction, written the app's one way (with its audit row), at `now`. */
const change = <T>(tx: Db, now: string, personId: number, write: (tx: Db) => T, event: AuditEvent | ((result: T) => AuditEvent)) =>
  audited({ db: tx, now: () => now, events: noEvents }, personId, write, event);

const at = (date: IsoDate, random: Random, from = 7, to = 15) =>
  `${date}T${String(random.between(from, to)).padStart(2, '0')}:${String(random.between(0, 59)).padStart(2, '0')}:00.000Z`;

function ownItems(w: World, spec: HireSpec): OwnItemFields[] {
  return Array.from({ length: spec.ownItems }, (_, k) => {
    const startDate = w.calendar.addWorkingDays(w.calendar.onOrAfter(spec.startDate), 5 + 15 * k);
    return {
      phaseId: w.phaseIds[Math.min(k, w.phaseIds.length - 1)]!,
      title: `Individuell planering ${k + 1}`,
      instructions: '',
      category: 'Individuell planering',
      expectedMinutes: 60,
      responsible: { kind: 'role', role: 'manager' },
      startDate,
      dueDate: w.calendar.addWorkingDays(startDate, 10),
    };
  });
}

/** Schedules the hire's creation; the rest of their life is scheduled once the plan exists. */
export function scheduleHire(w: World, spec: HireSpec): void {
  const { random, timeline } = w;
  timeline.handler(at(shiftDays(spec.startDate, -21), random, 8, 10), async () => {
    const team = w.introducers.get(spec.team)!;
    const introducerId = spec.withIntroducer ? [...team].sort((a, b) => w.load.get(a)! - w.load.get(b)!)[0]! : null;
    w.h.ctx.user.personId = spec.managerId;
    const leaveOut = w.optionalItemIds.filter(() => random.chance(0.15));
    const fields = {
      name: spec.name,
      title: 'Socialsekreterare',
      team: spec.team,
      startDate: spec.startDate,
      managerId: spec.managerId,
      introducerId,
      newlyGraduated: spec.newlyGraduated,
      templateVersionId: w.versionId,
    };
    const summary = await w.h.must('hires:create-hire', { hire: fields, leaveOut, ownItems: ownItems(w, spec) });
    if (introducerId !== null) w.load.set(introducerId, w.load.get(introducerId)! + 1);
    const leaves = spec.leavesAfterMonths === null ? null : addMonthsTo(spec.startDate, spec.leavesAfterMonths);
    const end = leaves ?? summary.endDate;
    scheduleWork(w, spec, summary.id, introducerId, end);
    const finishOn = shiftDays(end, random.between(3, 40));
    if (spec.straggler && !leaves) return;
    w.timeline.handler(at(finishOn, random), async () => {
      w.h.ctx.user.personId = spec.managerId;
      await w.h.must('hires:set-finished', { hireId: summary.id, finished: true });
      if (introducerId !== null) w.load.set(introducerId, w.load.get(introducerId)! - 1);
    });
    if (random.chance(0.55)) {
      w.timeline.handler(at(shiftDays(finishOn, random.between(60, 500)), random), async () => {
        w.h.ctx.user.personId = spec.managerId;
        await w.h.must('privacy:set-archived', { hireId: summary.id, archived: true });
      });
    }
  });
}

/** Ticks, follow-ups, hours and sessions up to `end` (the plan's end or the day they left). */
function scheduleWork(w: World, spec: HireSpec, hireId: number, introducerId: number | null, end: IsoDate): void {
  const { random, timeline, calendar } = w;
  const db = w.h.ctx.db;
  const created = shiftDays(spec.startDate, -21);
  const doer = (role: string) => (introducerId !== null && (role === 'introducer' || role === 'newHire') ? introducerId : spec.managerId);
  for (const item of hires.itemsOf(db, hireId)) {
    if (item.status !== 'todo') continue;
    const span = Math.max(0, daysBetween(item.startDate, item.dueDate));
    let day = calendar.onOrAfter(shiftDays(item.startDate, random.between(0, span)));
    if (random.chance(0.2)) day = calendar.addWorkingDays(day, random.between(1, 20));
    if (day <= created) day = calendar.onOrAfter(shiftDays(created, 1));
    if (day >= end || !random.chance(spec.done)) continue;
    const by = doer(item.responsible.kind === 'role' ? item.responsible.role : 'person');
    if (random.chance(0.02)) {
      timeline.bulk(at(day, random), (tx, now) =>
        change(
          tx,
          now,
          spec.managerId,
          (t) => hires.updateItem(t, item.id, { status: 'notApplicable', notApplicableReason: 'Gäller inte i tjänsten' }, now),
          {
            entity: 'plan-item',
            entityId: item.id,
            hireId,
            action: 'item.notApplicable',
            detail: { from: 'todo' },
          },
        ),
      );
      continue;
    }
    timeline.bulk(at(day, random), (tx, now) =>
      change(
        tx,
        now,
        by,
        (t) => hires.updateItem(t, item.id, { status: 'done', notApplicableReason: null, doneAt: now, doneBy: by }, now),
        {
          entity: 'plan-item',
          entityId: item.id,
          hireId,
          action: 'item.done',
          detail: { from: 'todo' },
        },
      ),
    );
    const followed = calendar.addWorkingDays(day, random.between(1, 12));
    if (followed >= end || !random.chance(spec.followUp)) continue;
    timeline.bulk(at(followed, random, 12, 16), (tx, now) =>
      change(
        tx,
        now,
        spec.managerId,
        (t) => hires.updateItem(t, item.id, { status: 'followedUp', followedUpAt: now, followedUpBy: spec.managerId }, now),
        {
          entity: 'plan-item',
          entityId: item.id,
          hireId,
          action: 'item.followedUp',
          detail: { from: 'done' },
        },
      ),
    );
  }
  if (introducerId !== null) scheduleHours(w, spec, hireId, introducerId, end);
  for (const session of sessionsOf(db, hireId)) {
    if (session.date >= end) continue;
    const held = random.chance(0.88);
    const theme = random.pick(THEMES);
    timeline.bulk(at(session.date, random, 14, 16), (tx, now) => {
      const changes = held
        ? { status: 'held' as const, attendees: 'Den nyanställda, introduktören och enhetschefen', theme, cancelReason: null }
        : { status: 'cancelled' as const, cancelReason: 'Akut ärende i gruppen' };
      change(tx, now, spec.managerId, (t) => updateSession(t, getSession(t, session.id)!, changes, now), {
        entity: 'reflection',
        entityId: session.id,
        hireId,
        action: held ? 'reflection.held' : 'reflection.cancelled',
        detail: { fields: Object.keys(changes) },
      });
    });
  }
}

/** About the weekly norm (4 h year 1, 2 h year 2), fewer in July, in one or two entries a week. */
function scheduleHours(w: World, spec: HireSpec, hireId: number, introducerId: number, end: IsoDate): void {
  const { random, timeline, calendar } = w;
  const yearTwo = addMonthsTo(spec.startDate, 12);
  const twoYears = addMonthsTo(spec.startDate, 24);
  for (let monday = mondayOf(spec.startDate); monday < end && monday < twoYears; monday = shiftDays(monday, 7)) {
    if (random.chance(monday.slice(5, 7) === '07' ? 0.7 : 0.08)) continue;
    const norm = monday < yearTwo ? 240 : 120;
    const total = Math.round((norm * spec.hours * (0.7 + random.next() * 0.6)) / 15) * 15;
    const parts = total >= 120 && random.chance(0.55) ? [Math.round(total / 30) * 15, total - Math.round(total / 30) * 15] : [total];
    for (const minutes of parts) {
      const date = calendar.onOrAfter(shiftDays(monday, random.between(0, 4)));
      if (minutes <= 0 || date < spec.startDate || date >= end || date >= twoYears) continue;
      const loggedBy = random.chance(0.8) ? introducerId : spec.managerId;
      const purpose = random.pick(PURPOSES);
      timeline.bulk(at(shiftDays(date, random.between(0, 3)), random, 13, 16), (tx, now) =>
        change(
          tx,
          now,
          loggedBy,
          (t) => logHours(t, { hireId, date, minutes, purpose, personId: introducerId, loggedBy, createdAt: now }),
          (entry) => ({
            entity: 'hours',
            entityId: entry.id,
            hireId,
            action: 'hours.logged',
            detail: { minutes, date },
          }),
        ),
      );
    }
  }
}
