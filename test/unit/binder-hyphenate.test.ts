import { describe, expect, it } from 'vitest';
import { hyphenateContent, SOFT_HYPHEN, softHyphens } from '../../electron/main/services/binder/hyphenate';
import { styles } from '../../electron/main/services/binder/styles';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

describe('Swedish hyphenation in the binder', () => {
  it.each([
    ['Försörjningsstöd', 'För|sörj|nings|stöd'],
    ['Socialsekreterare', 'So|ci|al|sek|re|te|rare'],
    ['Barnavårdsutredning', 'Bar|na|vårds|ut|red|ning'],
    // Never fewer than three letters after a break ("reflektionsgrup|perna", not "…grupper|na").
    ['reflektionsgrupperna.', 're|flek|tions|grup|perna.'],
    ['(Introduktionspärmen)', '(In|tro|duk|tions|pär|men)'],
    ['BBIC-ansvarig', 'BBIC-an|sva|rig'],
    ['Kort ord', 'Kort ord'],
    ['anna.lindqvist@exempel.se', 'anna.lindqvist@exempel.se'],
    ['kunskapsguiden.se', 'kunskapsguiden.se'],
    ['https://www.kunskapsguiden.se/barn', 'https://www.kunskapsguiden.se/barn'],
    ['0980-700 00', '0980-700 00'],
  ])('%s → %s', (text, expected) => {
    expect(shown(softHyphens(text))).toBe(expected);
    expect(softHyphens(text).replaceAll(SOFT_HYPHEN, '')).toBe(text);
  });

  it('puts soft hyphens only where a line could break: narrow columns, not full-width paragraphs or headings', () => {
    const content = hyphenateContent(
      [
        { text: 'Introduktionen', style: 'h1', outline: true, id: 'x' },
        { text: 'Ett stycke om försörjningsstöd över hela sidans bredd.', style: 'body' },
        {
          table: {
            widths: [40, '*'],
            body: [
              [
                { text: 'Försörjningsstöd', style: 'td' },
                { stack: ['Försörjningsstöd', { text: ['Gäller ', { text: 'Försörjningsstöd', bold: true }] }] },
              ],
            ],
          },
        },
      ],
      { width: 483, fontSize: 10, styles },
    ) as unknown as [
      { text: string },
      { text: string },
      { table: { body: [[{ text: string }, { stack: [string, { text: [string, { text: string }] }] }]] } },
    ];
    expect(content[0].text).toBe('Introduktionen');
    expect(content[1].text).not.toContain(SOFT_HYPHEN);
    const [narrow, wide] = content[2].table.body[0];
    expect(shown(narrow.text)).toBe('För|sörj|nings|stöd');
    expect(wide.stack[0]).toBe('Försörjningsstöd');
    expect(wide.stack[1].text[1].text).toBe('Försörjningsstöd');
  });
});
