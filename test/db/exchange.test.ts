import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/open';
import { openAppDatabase } from '../../electron/main/app-database';
import { TEST_NOW } from '../support/test-context';
import * as templates from '../../db/queries/templates';
import { AppError } from '../../electron/main/errors';
import { exportProgramme, importProgramme, serializeProgramme, sha256 } from '../../electron/main/services/exchange';
import type { ExchangeFile } from '../../electron/shared/schemas/exchange';
import type { Item } from '../../electron/shared/schemas/template';
import { dumpDatabase } from '../support/db-dump';
import { MIGRATIONS, tempDbPath } from '../support/paths';
import { minimalPdf } from '../support/pdf-fixture';

const NOW = '2026-11-23T09:00:00.000Z';
let opened: OpenedDatabase;
beforeEach(() => {
  opened = openAppDatabase(tempDbPath(), MIGRATIONS, () => TEST_NOW);
  return () => opened.close();
});

/** The default programme with one attached PDF, published as version 2, exported. */
function exportedWithAttachment(db = opened.db): ExchangeFile {
  const id = templates.listTemplates(db)[0]!.id;
  const draft = templates.getDraft(db, id)!;
  const pdf = minimalPdf('Delegationsordning');
  const attachment = templates.storeAttachment(
    db,
    { id: sha256(pdf), fileName: 'delegation.pdf', mediaType: 'application/pdf', data: pdf },
    NOW,
  );
  const documents = [
    ...draft.content.binder.documents,
    { id: 'bifogad-pdf', title: 'Delegationsordning', location: 'Bifogad', attachmentId: attachment.id },
  ];
  templates.saveDraft(db, id, { ...draft.content, binder: { ...draft.content.binder, documents } }, NOW);
  const version = templates.publishDraft(db, id, NOW, null);
  if (!version || version === 'unchanged') throw new Error('not published');
  return exportProgramme(db, { versionId: version.id }, 'Introplan test', NOW)!;
}

const bytes = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
const clone = (file: ExchangeFile) => structuredClone(file);

describe('programme exchange file', () => {
  it('export → import → export gives the same content and attachments, in another database too', () => {
    const first = exportedWithAttachment();
    expect(first).toMatchObject({ format: 'introplan-program', formatVersion: 1, template: { version: 2 } });
    expect(first.attachments).toHaveLength(1);

    const other = openAppDatabase(tempDbPath(), MIGRATIONS, () => TEST_NOW);
    try {
      const draft = importProgramme(other.db, Buffer.from(serializeProgramme(first)), NOW);
      // The other database has the default programme under the same uid (one uid in every
      // installation, so sharing desks hold one programme): the import is a programme of its own.
      expect(draft.uid).not.toBe(first.template.uid);
      expect(draft.attachments.map((a) => a.fileName)).toEqual(['delegation.pdf']);
      const again = exportProgramme(other.db, { templateId: draft.templateId }, 'Introplan test', NOW)!;
      expect(again.content).toEqual(first.content);
      expect(again.attachments).toEqual(first.attachments);
      expect(again.template).toEqual({ uid: draft.uid, version: null });
    } finally {
      other.close();
    }
  });

  it('importing into the same database keeps everything and makes a second programme', () => {
    const first = exportedWithAttachment();
    const draft = importProgramme(opened.db, bytes(first), NOW);
    expect(draft.uid).not.toBe(first.template.uid);
    expect(draft.content).toEqual(first.content);
    expect(templates.listTemplates(opened.db)).toHaveLength(2);
  });

  it('imports a file written before the reflection cadence had a place and leader, with their defaults; a new file carries them', () => {
    const older = clone(exportedWithAttachment());
    const { place: _place, leaderRole: _leader, ...cadence } = older.content.norms.reflection;
    const stripped = { ...older, content: { ...older.content, norms: { ...older.content.norms, reflection: cadence } } };
    const draft = importProgramme(opened.db, bytes(stripped), NOW);
    expect(draft.content.norms.reflection).toEqual({ ...cadence, place: '', leaderRole: null });

    const withPlace = clone(older);
    withPlace.content.norms.reflection = { ...withPlace.content.norms.reflection, place: 'Konferensrummet Ripan', leaderRole: 'manager' };
    const imported = importProgramme(opened.db, bytes(withPlace), NOW);
    expect(imported.content.norms.reflection).toMatchObject({ place: 'Konferensrummet Ripan', leaderRole: 'manager' });
    expect(exportProgramme(opened.db, { templateId: imported.templateId }, 'Introplan test', NOW)!.content).toEqual(withPlace.content);
  });

  const breakages: [string, (file: ExchangeFile) => Buffer, RegExp][] = [
    ['an empty file', () => Buffer.alloc(0), /inte en läsbar programfil/],
    ['a truncated file', (f) => bytes(JSON.stringify(f).slice(0, 5000)), /avkortad eller skadad/],
    ['a PDF instead of JSON', () => minimalPdf(), /inte en läsbar programfil/],
    ['another kind of JSON', () => bytes({ name: 'x' }), /inte en programfil från Introplan/],
    ['a newer format version', (f) => bytes({ ...f, formatVersion: 2 }), /format som den här versionen/],
    [
      'a missing item title',
      (f) => {
        const c = clone(f);
        delete (c.content.items[0] as Partial<Item>).title;
        return bytes(c);
      },
      /Punkt 1.*saknas/,
    ],
    [
      'an item in a phase that does not exist',
      (f) => {
        const c = clone(f);
        c.content.items[4]!.phaseId = 'finns-inte';
        return bytes(c);
      },
      /Punkt 5 .*fasen ”finns-inte”, som inte finns/,
    ],
    [
      'duplicate item ids',
      (f) => {
        const c = clone(f);
        c.content.items[1]!.id = c.content.items[0]!.id;
        return bytes(c);
      },
      /förekommer mer än en gång/,
    ],
    [
      'duplicate phase ids',
      (f) => {
        const c = clone(f);
        c.content.phases[1]!.id = c.content.phases[0]!.id;
        return bytes(c);
      },
      /Fas 2.*förekommer mer än en gång/,
    ],
    ['an unknown field', (f) => bytes({ ...f, extra: true }), /okända fält \(extra\)/],
    [
      'a window that ends before it starts',
      (f) => {
        const c = clone(f);
        c.content.items[0]!.window = { unit: 'week', start: 5, end: 2 };
        return bytes(c);
      },
      /Slutet kan inte ligga före början/,
    ],
    [
      'an absurd expected time',
      (f) => {
        const c = clone(f);
        c.content.items[0]!.expectedMinutes = 1e9;
        return bytes(c);
      },
      /mellan 0 och 6 000 minuter/,
    ],
    [
      'a huge text',
      (f) => {
        const c = clone(f);
        c.content.items[0]!.instructions = 'x'.repeat(100_000);
        return bytes(c);
      },
      /för lång/,
    ],
    [
      'too many items',
      (f) => {
        const c = clone(f);
        c.content.items = Array.from({ length: 1001 }, (_, i) => ({ ...c.content.items[0]!, id: `p-${i}` }));
        return bytes(c);
      },
      /Programmet/,
    ],
    ['a file larger than 60 MB', () => Buffer.alloc(61 * 1024 * 1024, 32), /för stor/],
    [
      'an attachment that does not match its checksum',
      (f) => {
        const c = clone(f);
        c.attachments[0]!.dataBase64 = minimalPdf('Annat').toString('base64');
        return bytes(c);
      },
      /kontrollsumma/,
    ],
    [
      'an attachment that is not a PDF',
      (f) => {
        const c = clone(f);
        const data = Buffer.from('not a pdf');
        Object.assign(c.attachments[0]!, { id: sha256(data), size: data.length, dataBase64: data.toString('base64') });
        c.content.binder.documents.at(-1)!.attachmentId = sha256(data);
        return bytes(c);
      },
      /kontrollsumma/,
    ],
    ['a document whose attachment is missing', (f) => bytes({ ...f, attachments: [] }), /pekar på en bilaga som saknas/],
  ];

  it.each(breakages)('refuses %s with a Swedish explanation and changes nothing', (_name, breakFile, expected) => {
    const file = exportedWithAttachment();
    const before = dumpDatabase(opened.sqlite);
    let error: unknown;
    try {
      importProgramme(opened.db, breakFile(file), NOW);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.message).toBe('Filen kunde inte importeras. Inget har ändrats.');
    expect(Object.values(appError.fields ?? {}).join('\n')).toMatch(expected);
    expect(dumpDatabase(opened.sqlite)).toBe(before);
  });
});
