import { describe, expect, it } from 'vitest';
import { signWelcomeLetter } from '../../electron/shared/rules/welcome-letter';

describe('the welcome letter is signed by the hire’s manager', () => {
  it('writes the manager’s name where the letter says {chef}', () => {
    expect(signWelcomeLetter('Hej!\n\nVarmt välkommen!\n\n{chef}\nEnhetschef', 'Anna Lindqvist')).toBe(
      'Hej!\n\nVarmt välkommen!\n\nAnna Lindqvist\nEnhetschef',
    );
  });

  it('drops the {chef} line when the hire has no manager yet', () => {
    expect(signWelcomeLetter('Varmt välkommen!\n\n{chef}\nEnhetschef', null)).toBe('Varmt välkommen!\n\nEnhetschef');
  });

  it('puts the name above a closing title line of a letter written without {chef}', () => {
    expect(signWelcomeLetter('Varmt välkommen!\n\nEnhetschef, Individ- och familjeomsorgen', 'Anna Lindqvist')).toBe(
      'Varmt välkommen!\n\nAnna Lindqvist\nEnhetschef, Individ- och familjeomsorgen',
    );
  });

  it('adds the name at the end of a letter that ends with a sentence, and leaves a letter alone that already names the manager', () => {
    expect(signWelcomeLetter('Hej och välkommen till oss.', 'Anna Lindqvist')).toBe('Hej och välkommen till oss.\n\nAnna Lindqvist');
    expect(signWelcomeLetter('Hälsningar Anna Lindqvist', 'Anna Lindqvist')).toBe('Hälsningar Anna Lindqvist');
  });
});
