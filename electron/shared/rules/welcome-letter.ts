/** Where the welcome letter names its writer; the programme's letter is the same for every hire. */
export const MANAGER_NAME_TOKEN = '{chef}';

// A closing line such as "Enhetschef, Individ- och familjeomsorgen": one short line that does not
// end a sentence. The letter reads as signed when the name stands just above it.
const TITLE_LINE = /^[^\n]{1,80}$/;
const ENDS_SENTENCE = /[.!?:]$/;

/**
 * The letter signed by the hire's manager: `{chef}` becomes their name wherever the programme put
 * it; a letter without it gets the name above its closing title line, or at the end. Without a
 * manager the token's line is dropped and the letter stays as written.
 */
export function signWelcomeLetter(letter: string, managerName: string | null): string {
  const name = managerName?.trim() ?? '';
  if (letter.includes(MANAGER_NAME_TOKEN)) {
    return name
      ? letter.split(MANAGER_NAME_TOKEN).join(name)
      : letter
          .split('\n')
          .filter((line) => line.trim() !== MANAGER_NAME_TOKEN)
          .join('\n')
          .split(MANAGER_NAME_TOKEN)
          .join('');
  }
  if (!name || letter.includes(name)) return letter;
  const body = letter.trimEnd();
  const cut = body.lastIndexOf('\n\n');
  const last = body.slice(cut + 2).trim();
  if (cut >= 0 && TITLE_LINE.test(last) && !ENDS_SENTENCE.test(last)) return `${body.slice(0, cut)}\n\n${name}\n${last}`;
  return `${body}\n\n${name}`;
}
