import { readPreference, writePreference } from '../../../db/queries/preference-value';
import { getPerson } from '../../../db/queries/staff';
import { svText } from '../../shared/i18n/translate';
import { swedishDate } from '../../shared/rules/swedish-time';
import { defaultReminderSettings, reminderSettingsSchema, type ReminderChoice } from '../../shared/schemas/my-work';
import type { HandlerContext } from '../ipc/context';
import { myWork } from './my-work';

// Per person and per desk (desk.* stays on this computer and is kept over a restore).
const settingsKey = (personId: number) => `desk.reminders.${personId}`;
const sentKey = (personId: number) => `desk.reminders.${personId}.sent`;

export function reminderSettings(ctx: HandlerContext, personId: number): ReminderChoice {
  const stored = reminderSettingsSchema.safeParse(readPreference(ctx.db, settingsKey(personId)));
  return { ...(stored.success ? stored.data : defaultReminderSettings), openAtLogin: ctx.desktop.openAtLogin() };
}

export function setReminderSettings(ctx: HandlerContext, personId: number, input: ReminderChoice): ReminderChoice {
  const { openAtLogin, ...settings } = input;
  writePreference(ctx.db, settingsKey(personId), settings);
  ctx.desktop.setOpenAtLogin(openAtLogin);
  return reminderSettings(ctx, personId);
}

/** hh:mm in Sweden at an instant. */
const swedishClock = (instant: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );

/**
 * The day's reminder for the person working: once a day, at start and otherwise from the time
 * they chose, when something of theirs is late or due today (only late, if they asked). Nothing
 * for a removed person; archived plans are not in their list. Returns what was sent.
 */
export function remindIfDue(ctx: HandlerContext, reason: 'start' | 'timer', open: () => void): { title: string; body: string } | null {
  const personId = ctx.user.personId;
  if (!ctx.session.isOpen || personId === null || !getPerson(ctx.db, personId)) return null;
  const settings = reminderSettings(ctx, personId);
  const now = ctx.now();
  const today = swedishDate(now);
  if (!settings.enabled || readPreference(ctx.db, sentKey(personId)) === today) return null;
  if (reason === 'timer' && swedishClock(now) < settings.time) return null;
  const { late, dueToday } = myWork(ctx.db, personId, today).counts;
  const parts = [
    late > 0 && svText(late === 1 ? 'myWork.reminders.late_one' : 'myWork.reminders.late_other', { count: late }),
    !settings.onlyLate &&
      dueToday > 0 &&
      svText(dueToday === 1 ? 'myWork.reminders.today_one' : 'myWork.reminders.today_other', { count: dueToday }),
  ].filter((p): p is string => typeof p === 'string');
  if (!parts.length) return null;
  const note = { title: svText('myWork.reminders.notificationTitle'), body: `${parts.join(', ')}. ${svText('myWork.reminders.open')}` };
  writePreference(ctx.db, sentKey(personId), today);
  ctx.desktop.notify(note, open);
  return note;
}
