import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';
import { flat } from '../support/pdf-checks';
import { hireWithFreeText, staffFor } from '../support/privacy-fixture';
import { readPdf, type ReadPdf } from '../support/read-pdf';

/** The binder's dates and weeks, read as the new employee reads them. */
describe('the binder’s dates and week overview', () => {
  let clock = '2026-12-04T13:00:00.000Z';
  const h = handlerHarness(() => clock);
  let text: string;
  let pdf: ReadPdf;
  beforeAll(async () => {
    // Started 5 October 2026 per the fixture; one item followed up on 4 December, the binder printed the next spring.
    const { hireId } = await hireWithFreeText(h, await staffFor(h), 'Sofia Berg', 'sofia');
    const plan = await h.must('hires:get-plan', { hireId });
    const item = plan.items.find((i) => i.status === 'todo' && i.title === 'Välkomnande av enhetschefen')!;
    await h.must('plans:set-item-status', { itemId: item.id, status: 'done' });
    await h.must('plans:set-item-status', { itemId: item.id, status: 'followedUp' });
    clock = '2027-03-01T09:00:00.000Z';
    const file = path.join(tempDir(), 'parm.pdf');
    h.desktop.answerSave(file);
    await h.must('binder:export-pdf', { hireId, variant: 'full' });
    pdf = await readPdf(readFileSync(file));
    text = flat(pdf);
  }, 60_000);
  afterAll(() => h.close());

  it('writes the year of a status date that is not the year the binder is printed', () => {
    expect(text).toMatch(/Välkomnande av enhetschefen.*?Uppföljd 4 dec 2026/);
  });

  it('counts the new hire’s time from the first day and shows the preparations as others’ work', () => {
    expect(text).toContain('Andra förbereder din start');
    expect(text).toContain('det som andra förbereder innan du börjar räknas inte som din tid');
  });
});
