import { describe, expect, it } from 'vitest';
import { defaultProgramme } from '../../db/seed/default-programme';
import { binderContents, checkBinderPromises, documentPlace } from '../../electron/shared/rules/binder-promises';
import type { DocumentRef, TemplateContent } from '../../electron/shared/schemas/template';

const FILE = 'a'.repeat(64);
const doc = (title: string, location: string, attachmentId: string | null = null): DocumentRef => ({
  id: title.toLowerCase().replace(/\W+/g, '-'),
  title,
  location,
  attachmentId,
});
const programme = (binder: Partial<TemplateContent['binder']>): TemplateContent => ({
  ...defaultProgramme,
  binder: { welcomeLetter: '', sections: [], contacts: [], documents: [], ...binder },
});
const keys = (content: TemplateContent, known = new Set([FILE])) => checkBinderPromises(content, known).map((p) => [p.path, p.key]);

describe('what the binder promises', () => {
  it('finds nothing the default programme promises and the binder lacks', () => {
    expect(checkBinderPromises(defaultProgramme, new Set())).toEqual([]);
  });

  it.each([
    ['a document in a binder section that does not exist, without a file', doc('Skyddsrond', 'Introduktionspärmen › Arbetsmiljö'), true],
    ['a document in the competence section', doc('Kompetensplan', 'Introduktionspärmen › Kompetensutveckling'), false],
    ['a document "in the binder", without a file', doc('Organisationsskiss', 'I pärmen'), true],
    ['a document whose file is not in the database', doc('Organisationsskiss', 'Pärmen', 'b'.repeat(64)), true],
    ['a document attached as a file', doc('Organisationsskiss', 'Introduktionspärmen › Organisation', FILE), false],
    ['a document in the plan section', doc('Checklista för introduktionen', 'Introduktionspärmen › Introduktionsplan'), false],
    ['a document in a booklet section', doc('Delegationsordning', 'Pärmen › Socialnämnden och delegation'), false],
    ['a document on the intranet', doc('Rutin vid hot och våld', 'Intranätet › Rutiner'), false],
    ['a document with no place given', doc('Ledighetsansökan', ''), false],
  ])('%s: warned %s', (_what, entry, warned) => {
    const content = programme({ documents: [entry], sections: [{ id: 'socialnamnd', title: 'Socialnämnden och delegation', text: '' }] });
    expect(keys(content)).toEqual(warned ? [['binder.documents.0.location', 'program.promises.document']] : []);
  });

  it.each([
    ['an organisation chart that is not attached', 'En organisationsskiss finns i pärmen.', true],
    ['the routine for sick leave, not attached', 'Sjukanmäl dig enligt rutinen i pärmen så tidigt som möjligt.', true],
    ['a section of work environment that does not exist', 'Skyddsronden beskrivs i pärmen under Arbetsmiljö.', true],
    ['the competence plan', 'Din kompetensutvecklingsplan finns i pärmen under Kompetensutveckling.', false],
    ['the booklet', 'I den här pärmen hittar du introduktionshäftet med det viktigaste.', false],
    ['an attached report form, inflected', 'Rapporten om tillbud ligger i din introduktionspärm.', false],
    ['the contacts', 'I pärmen finns en kontaktlista med telefonnummer.', false],
    ['the binder itself, not something in it', 'Ta med pärmen till uppföljningssamtalen.', false],
  ])('a booklet sentence about %s: warned %s', (_what, sentence, warned) => {
    const content = programme({
      sections: [{ id: 'organisation', title: 'Organisationen', text: `Första meningen. ${sentence}` }],
      contacts: [{ id: 'vaxel', name: 'Växel', role: '', phone: '', email: '' }],
      documents: [doc('Rapport om tillbud och avvikelse', 'Intranätet', FILE)],
    });
    const found = checkBinderPromises(content, new Set([FILE]));
    expect(found).toEqual(
      warned ? [{ path: 'binder.sections.0.text', key: 'program.promises.section', values: { section: 'Organisationen', sentence } }] : [],
    );
  });

  it('checks the welcome letter too', () => {
    const content = programme({ welcomeLetter: 'Hej!\n\nDin skyddsrond ligger i pärmen.' });
    expect(keys(content)).toEqual([['binder.welcomeLetter', 'program.promises.letter']]);
  });

  it('says where the binder sends the reader for each document', () => {
    const content = programme({ documents: [], sections: [] });
    const contents = binderContents(content, new Set());
    expect(documentPlace(doc('Plan', 'Introduktionspärmen › Introduktionsplan'), false, contents)).toEqual({
      kind: 'section',
      title: 'Din introduktionsplan',
      section: 'Din introduktionsplan',
    });
    expect(documentPlace(doc('Plan', 'Introduktionspärmen › Arbetsmiljö'), false, contents)).toEqual({ kind: 'missing' });
    expect(documentPlace(doc('Plan', 'Introduktionspärmen › Kompetensutveckling'), false, contents)).toMatchObject({
      kind: 'section',
      section: 'Kompetensutveckling',
    });
    expect(documentPlace(doc('Plan', ' Intranätet '), false, contents)).toEqual({ kind: 'elsewhere', location: 'Intranätet' });
    expect(documentPlace(doc('Plan', 'Pärmen'), true, contents)).toEqual({ kind: 'attached' });
  });
});
