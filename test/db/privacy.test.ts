import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PERSONAL_EXPORT_FORMAT } from '../../electron/shared/schemas/privacy';
import { dumpDatabase } from '../support/db-dump';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';
import { fileBytes, hireWithFreeText, holds, staffFor } from '../support/privacy-fixture';

let clock = '2026-11-23T09:00:00.000Z';
let h: ReturnType<typeof handlerHarness>;
afterEach(() => h.close());

async function twoHires() {
  clock = '2026-11-23T09:00:00.000Z';
  h = handlerHarness(() => clock);
  const people = await staffFor(h);
  const erased = await hireWithFreeText(h, people, 'Ylva Östlund-Raderad', 'ylva');
  const kept = await hireWithFreeText(h, people, 'Kalle Kvarstående', 'kalle');
  return { erased, kept, file: h.ctx.session.file };
}

describe('erasing a hire', () => {
  it('leaves none of their words in the database file or its WAL, keeps the other hire and the audit events', async () => {
    const { erased, kept, file } = await twoHires();
    // The scan can see them before: otherwise "not found" afterwards would prove nothing.
    const before = fileBytes(file);
    for (const word of Object.values(erased.words)) expect(holds(before, word), word).toBe(true);
    const eventsBefore = (await h.must('audit:hire-history', { hireId: erased.hireId })).length;

    expect(await h.call('privacy:erase-hire', { hireId: erased.hireId, confirmName: 'Ylva Östlund-Raderad' })).toEqual({
      ok: true,
      value: { scrub: 'done', folder: expect.any(String) as string, copies: [] },
    });

    const after = fileBytes(file);
    for (const word of Object.values(erased.words)) expect(holds(after, word), `${word} is still in the file`).toBe(false);
    for (const word of Object.values(kept.words)) expect(holds(after, word), `${word} of the other hire is gone`).toBe(true);
    expect(statSync(`${file}-wal`).size).toBe(0);
    const events = await h.must('audit:hire-history', { hireId: erased.hireId });
    expect(events).toHaveLength(eventsBefore + 1);
    expect(events.at(-1)).toMatchObject({
      action: 'hire.erased',
      actor: 'Anna Lindqvist',
      detail: { planItems: expect.any(Number) as number, hours: 1 },
    });
    // Item events of an erased plan say so instead of naming the item.
    expect(events.find((e) => e.entity === 'plan-item')?.itemTitle).toBeNull();
    expect(await h.call('hires:get-plan', { hireId: erased.hireId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const sqlite = h.ctx.session.sqlite;
    expect(sqlite.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    expect(sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it.each([
    ['another name', 'Kalle Kvarstående'],
    ['a different case', 'ylva östlund-raderad'],
    ['part of the name', 'Ylva'],
    ['nothing', ''],
  ])('refuses %s as confirmation, in Swedish, and changes nothing', async (_what, typed) => {
    const { erased } = await twoHires();
    const before = dumpDatabase(h.ctx.session.sqlite);
    const result = await h.call('privacy:erase-hire', { hireId: erased.hireId, confirmName: typed });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { confirmName: 'Namnet stämmer inte. Skriv namnet exakt som det står i planen.' } },
    });
    expect(dumpDatabase(h.ctx.session.sqlite) === before).toBe(true);
  });
});

describe('archiving and retention', () => {
  it('archives only finished plans, lists them apart, and proposes them for erasing after the retention years', async () => {
    const { erased: hire } = await twoHires();
    expect(await h.call('privacy:set-archived', { hireId: hire.hireId, archived: true })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Bara en avslutad introduktion kan arkiveras. Avsluta introduktionen först.' },
    });
    await h.must('hires:set-finished', { hireId: hire.hireId, finished: true });
    expect((await h.must('hires:list-hires', { archived: true })).map((x) => x.id)).toEqual([hire.hireId]);
    const archived = await h.must('privacy:set-archived', { hireId: hire.hireId, archived: true });
    expect(archived.archivedAt).toBe(clock);
    expect(await h.must('hires:list-hires', { archived: true })).toEqual([]);
    expect(await h.must('privacy:list-archived', {})).toEqual([
      expect.objectContaining({ id: hire.hireId, name: 'Ylva Östlund-Raderad', archivedAt: clock, archivedBy: 'Anna Lindqvist' }),
    ]);

    expect((await h.must('privacy:retention-proposal', {})).hires).toEqual([]);
    clock = '2028-11-23T08:59:59.000Z';
    expect(await h.must('privacy:retention-proposal', {})).toMatchObject({ years: 2, hires: [] });
    clock = '2028-11-23T09:00:01.000Z';
    expect((await h.must('privacy:retention-proposal', {})).hires.map((x) => x.id)).toEqual([hire.hireId]);
    await h.must('settings:update-preferences', { retentionYears: 3 });
    expect(await h.must('privacy:retention-proposal', {})).toMatchObject({ years: 3, hires: [] });
    expect(await h.call('settings:update-preferences', { retentionYears: 11 })).toMatchObject({
      ok: false,
      error: { fields: { retentionYears: 'Ange ett helt antal år mellan 1 och 10.' } },
    });

    await h.must('privacy:set-archived', { hireId: hire.hireId, archived: false });
    expect(await h.must('privacy:list-archived', {})).toEqual([]);
  });
});

describe('exports', () => {
  it('writes everything about one hire as JSON, with the staff it refers to', async () => {
    const { erased: hire, kept } = await twoHires();
    const target = path.join(tempDir(), 'export.json');
    h.desktop.answerSave(target);
    expect(await h.must('privacy:export-hire', { hireId: hire.hireId })).toEqual({ saved: true, fileName: 'export.json' });
    expect(h.desktop.asked.at(-1)).toMatchObject({ kind: 'save', defaultName: 'Ylva Östlund-Raderad – personuppgifter.json' });
    const data = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown> & {
      hire: { name: string };
      staff: { name: string }[];
      auditEvents: { action: string }[];
    };
    expect(data).toMatchObject({
      format: PERSONAL_EXPORT_FORMAT,
      formatVersion: 1,
      exportedAt: clock,
      exportedBy: 'Anna Lindqvist',
      hire: { id: hire.hireId },
    });
    const text = JSON.stringify(data);
    for (const word of Object.values(hire.words)) expect(text).toContain(word);
    for (const word of Object.values(kept.words)) expect(text).not.toContain(word);
    expect(data.staff.map((p) => p.name).sort()).toEqual(['Anna Lindqvist', 'Maria Nilsson']);
    expect(data.auditEvents.map((e) => e.action)).toContain('item.notApplicable');
    // The export itself is recorded: the file now lives outside the app.
    expect((await h.must('audit:hire-history', { hireId: hire.hireId })).at(-1)).toMatchObject({ action: 'hire.exported' });
  });

  it('names the leader of a reflection session among the staff, with the session’s place', async () => {
    const { erased: hire } = await twoHires();
    const leader = await h.must('staff:create-person', { name: 'Greta Handledare', title: '', team: '', phone: '', email: '', roles: [] });
    const { sessions } = await h.must('reflection:get-sessions', { hireId: hire.hireId });
    await h.must('reflection:set-place', { sessionId: sessions[3]!.id, place: 'Ylvas grupprum', leaderId: leader.id });
    const target = path.join(tempDir(), 'export.json');
    h.desktop.answerSave(target);
    await h.must('privacy:export-hire', { hireId: hire.hireId });
    const data = JSON.parse(readFileSync(target, 'utf8')) as { staff: { name: string }[]; reflectionSessions: Record<string, unknown>[] };
    expect(data.staff.map((p) => p.name)).toContain('Greta Handledare');
    expect(data.reflectionSessions.find((s) => s.id === sessions[3]!.id)).toMatchObject({ place: 'Ylvas grupprum', leaderId: leader.id });
  });

  it('writes the trail as CSV Swedish Excel opens: BOM, semicolons, CRLF, no formulas, items by id', async () => {
    const { erased: hire } = await twoHires();
    await h.must('staff:update-person', {
      id: 1,
      name: '=HYPERLINK("x";"Anna")',
      title: '',
      team: '',
      phone: '',
      email: '',
      roles: ['manager'],
    });
    const target = path.join(tempDir(), 'historik.csv');
    h.desktop.answerSave(target);
    await h.must('audit:export-trail', { hireId: hire.hireId });
    expect(h.desktop.asked.at(-1)).toMatchObject({ defaultName: 'Historik Ylva Östlund-Raderad.csv' });
    const bytes = readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Tidpunkt;Vem;Vad;Typ;Händelse;Id;Nyanställd (id)');
    expect(lines[1]).toMatch(
      /^2026-11-23 10:00:00;"'=HYPERLINK\(""x"";""Anna""\)";Skapade planen \(\d+ punkter\);Nyanställd;hire\.created;\d+;\d+$/,
    );
    expect(lines.find((l) => l.includes('item.edited'))).toMatch(/;Ändrade punkt \d+;Planpunkt;item\.edited;/);
    expect(lines.at(-1)).toBe('');
    expect(lines.join('\n')).not.toContain('ylva-');
  });
});
