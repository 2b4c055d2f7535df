import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { channelPath } from '../../electron/shared/api';
import { EVENT_CHANNEL } from '../../electron/shared/events';
import { channels, contract } from '../../electron/shared/contract';
import { fake } from '../electron/fake-electron';
import { FIELD_ALLOWLIST, FORBIDDEN_FIELD, isBoundedPattern, schemaViolations } from '../support/ipc-schema-rules';

vi.mock('electron', async () => (await import('../electron/fake-electron')).fake);

describe('every IPC channel', () => {
  it.each(channels)('%s takes a strict, bounded input with no SQL, path or URL field', (channel) => {
    expect(schemaViolations(contract[channel].input, channel)).toEqual([]);
  });

  it('keeps the field-name allowlist small and justified', () => {
    expect(Object.keys(FIELD_ALLOWLIST).length).toBeLessThanOrEqual(5);
    for (const [name, reason] of Object.entries(FIELD_ALLOWLIST)) {
      expect(name).toMatch(FORBIDDEN_FIELD);
      expect(reason.length, name).toBeGreaterThan(20);
    }
  });
});

describe('the schema checker itself', () => {
  const id = z.number().int().positive();
  const text = z.string().max(100);

  it('passes a schema that keeps every rule', () => {
    const good = z.strictObject({
      hireId: id,
      name: text.trim().min(1),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      tags: z.array(z.enum(['a', 'b'])).max(2),
      items: z.array(z.strictObject({ title: text, minutes: z.number().int().min(0).max(600) })).max(10),
      who: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('role') }),
        z.strictObject({ kind: z.literal('person'), personId: id.nullable() }),
      ]),
      hours: z.number().min(0).max(40).optional(),
    });
    expect(schemaViolations(good)).toEqual([]);
  });

  it.each([
    ['a loose object', z.looseObject({ name: text }), 'not a strict object'],
    ['a passthrough object', z.object({ name: text }).passthrough(), 'not a strict object'],
    ['a catchall object', z.strictObject({ name: text }).catchall(z.string().max(5)), 'not a strict object'],
    ['a plain object that drops unknown keys', z.object({ name: text }), 'silently dropped'],
    ['a strict object with a loose one inside', z.strictObject({ inner: z.object({ name: text }) }), 'input.inner: not a strict'],
    ['z.any', z.strictObject({ value: z.any() }), 'any is not allowed'],
    ['z.unknown', z.strictObject({ value: z.unknown() }), 'unknown is not allowed'],
    ['z.record', z.strictObject({ values: z.record(z.string().max(5), text) }), 'record is not allowed'],
    ['an unbounded string', z.strictObject({ name: z.string().min(1) }), 'input.name: a string without'],
    [
      'an unbounded string deep in an array',
      z.strictObject({ rows: z.array(z.strictObject({ note: z.string() })).max(3) }),
      'input.rows[].note: a string without',
    ],
    ['a string whose pattern repeats without end', z.strictObject({ code: z.string().regex(/^[a-z]+$/) }), 'input.code: a string without'],
    ['an unbounded array', z.strictObject({ ids: z.array(id) }), 'input.ids: an array without'],
    ['an unbounded number', z.strictObject({ minutes: z.number().min(0) }), 'input.minutes: a number without'],
    ['an id that may be a fraction', z.strictObject({ hireId: z.number().positive().max(10) }), 'input.hireId: an id'],
    ['an id that may be negative', z.strictObject({ personId: z.number().int() }), 'input.personId: an id'],
    ['a URL string', z.strictObject({ link: z.url().max(200) }), 'input.link: a URL string'],
    ['a field named sql', z.strictObject({ sql: text }), 'input.sql: a field named'],
    ['a field named orderByQuery', z.strictObject({ orderByQuery: text }), 'input.orderByQuery: a field named'],
    ['a field named filePath', z.strictObject({ filePath: text }), 'input.filePath: a field named'],
    ['a field named targetDir', z.strictObject({ targetDir: text }), 'input.targetDir: a field named'],
    ['a field named exportFolder', z.strictObject({ exportFolder: text }), 'input.exportFolder: a field named'],
    ['a field named homepageUrl', z.strictObject({ homepageUrl: text }), 'input.homepageUrl: a field named'],
    [
      'a field named href deep inside a union',
      z.strictObject({ link: z.union([z.null(), z.strictObject({ href: text })]) }),
      'input.link|1.href: a field named',
    ],
    ['an input that is not an object', z.array(id).max(3), 'not an object'],
    ['a lazy, recursive input', z.strictObject({ tree: z.lazy(() => z.null()) }), 'lazy is not allowed'],
  ])('fails %s', (_label, schema, message) => {
    expect(schemaViolations(schema).join('\n')).toContain(message);
  });

  it('lets an allowlisted name through and nothing more', () => {
    const schema = z.strictObject({ fileName: text, filePath: text });
    expect(schemaViolations(schema, 'x', { fileName: 'the name shown to the user, never opened' })).toEqual([
      'x.filePath: a field named like SQL, a path or a URL',
    ]);
  });

  it.each([
    [/^\d{4}-\d{2}-\d{2}$/, true],
    [/^[a-z0-9][a-z0-9-]{0,63}$/, true],
    [/^([01]\d|2[0-3]):[0-5]\d$/, true],
    [/^[0-9+\-() ]{0,30}$/, true],
    [/^[a-z]*$/, false],
    [/^a{2,}$/, false],
    [/^a|b$/, false],
    [/[a-z]{3}/, false],
    [/^a$/m, false],
  ])('reads %s as bounded: %s', (pattern, bounded) => {
    expect(isBoundedPattern(pattern)).toBe(bounded);
  });
});

describe('the preload', () => {
  it('exposes exactly one object, window.api, whose calls are exactly the contract channels', async () => {
    await import('../../electron/preload/index');
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, exposed] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [
      string,
      Record<string, Record<string, unknown>>,
    ];
    expect(name).toBe('api');
    expect(Object.isFrozen(exposed)).toBe(true);
    // Besides the calls, only `subscribe` to main's events; the event channel itself stays in the preload.
    const { subscribe, ...api } = exposed;
    expect(typeof subscribe).toBe('function');
    expect(fake.ipcRenderer.on).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));

    const reached: string[] = [];
    for (const [domain, calls] of Object.entries(api)) {
      expect(Object.isFrozen(calls), domain).toBe(true);
      for (const [call, fn] of Object.entries(calls)) {
        expect(typeof fn, `${domain}.${call}`).toBe('function');
        fake.ipcRenderer.invoke.mockClear();
        await (fn as (input: unknown) => Promise<unknown>)({});
        const [[channel]] = fake.ipcRenderer.invoke.mock.calls as unknown as [[string]];
        expect(channelPath(channel), `${domain}.${call}`).toEqual([domain, call]);
        reached.push(channel);
      }
    }
    expect(reached.sort()).toEqual([...channels].sort());
  });
});
