import { describe, expect, it, vi } from 'vitest';
import { channelPath, createApi } from '../../electron/shared/api';
import { channels, contract } from '../../electron/shared/contract';
import { en } from '../../electron/shared/i18n/en';
import { sv } from '../../electron/shared/i18n/sv';
import { translateSv } from '../../electron/shared/i18n/translate';

describe('the contract', () => {
  it('names every channel domain:verb-noun', () => {
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)+$/);
  });

  it('uses strict object schemas, so unknown keys are refused', () => {
    for (const channel of channels) {
      const result = contract[channel].input.safeParse({ unexpected: 1 });
      expect(result.success, channel).toBe(false);
    }
  });

  it('maps channels to api paths without collisions', () => {
    expect(channelPath('staff:list-people')).toEqual(['staff', 'listPeople']);
    const paths = channels.map((c) => channelPath(c).join('.'));
    expect(new Set(paths).size).toBe(channels.length);
  });

  it('builds a frozen api whose calls invoke their own channel', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true, value: [] }));
    const subscribe = vi.fn(() => () => undefined);
    const api = createApi(channels, invoke, subscribe);
    expect(Object.isFrozen(api) && Object.isFrozen(api.staff)).toBe(true);
    expect(api.subscribe).toBe(subscribe);
    await api.staff.listPeople();
    await api.staff.removePerson({ id: 3 });
    expect(invoke.mock.calls).toEqual([
      ['staff:list-people', {}],
      ['staff:remove-person', { id: 3 }],
    ]);
  });
});

describe('the i18n catalogues', () => {
  const keys = (node: object, prefix = ''): string[] =>
    Object.entries(node).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));

  it('have the same keys in Swedish and English', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('have a Swedish text for every validation message a schema can produce', () => {
    for (const key of ['validation.required', 'validation.email', 'validation.phone', 'validation.tooLong', 'validation.duplicateRole']) {
      expect(translateSv(key), key).toBeTruthy();
    }
    expect(translateSv('staff.removed', { name: 'Åsa' })).toBe('Åsa har tagits bort.');
    expect(translateSv('no.such.key')).toBeUndefined();
  });
});
