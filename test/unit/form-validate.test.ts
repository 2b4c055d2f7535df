import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { i18n } from '../../renderer/src/lib/i18n';
import { numberOrEmpty, validate } from '../../renderer/src/lib/validate';

const t = i18n.t.bind(i18n);
const schema = z
  .strictObject({
    name: z.string().min(1, 'validation.required'),
    minutes: z.number().int('validation.wholeMinutes'),
    code: z.string().regex(/^\d+$/),
  })
  .refine((v) => v.name !== 'x', { path: ['name'], message: 'not.a.catalogue.key' });

describe('checking a form in the renderer', () => {
  test('messages are catalogue keys shown in Swedish; a message that is no key says the value is invalid', () => {
    const checked = validate(schema, { name: '', minutes: 1.5, code: 'abc' }, t);
    expect(checked).toEqual({
      ok: false,
      errors: { name: 'Fältet måste fyllas i.', minutes: 'Ange hela minuter.', code: 'Värdet är ogiltigt.' },
    });
    expect(validate(schema, { name: 'x', minutes: 1, code: '1' }, t)).toEqual({ ok: false, errors: { name: 'Värdet är ogiltigt.' } });
  });

  test('a field left empty must be filled in, whatever the schema says about its type', () => {
    expect(validate(schema, { name: 'Anna', minutes: numberOrEmpty(''), code: '1' }, t)).toEqual({
      ok: false,
      errors: { minutes: 'Fältet måste fyllas i.' },
    });
  });

  test('a problem with the whole form is kept apart from the fields', () => {
    const checked = validate(schema, { name: 'Anna', minutes: 1, code: '1', extra: true }, t);
    expect(checked.ok).toBe(false);
    expect(Object.keys(checked.ok ? {} : checked.errors)).toEqual(['_']);
  });

  test('a valid form gives the parsed values', () => {
    expect(validate(schema, { name: 'Anna', minutes: numberOrEmpty('90'), code: '7' }, t)).toEqual({
      ok: true,
      data: { name: 'Anna', minutes: 90, code: '7' },
    });
  });

  test('number fields: empty is undefined, a decimal comma is read', () => {
    expect(numberOrEmpty('')).toBeUndefined();
    expect(numberOrEmpty(' ')).toBeUndefined();
    expect(numberOrEmpty('1,5')).toBe(1.5);
    expect(numberOrEmpty(4)).toBe(4);
  });
});
