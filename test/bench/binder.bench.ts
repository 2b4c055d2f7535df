/**
 * `npm run bench`: how long the introduction binder takes to make. Renders the full binder of the
 * largest demo plan and of a generated 300-item plan a few times each and prints the median
 * (the first run also pays for loading fonts and warming up, so it is shown separately).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../db/open';
import { itemsOf, listHires } from '../../db/queries/hires';
import { createDemo } from '../../electron/main/demo/create-demo';
import { renderBinder } from '../../electron/main/services/binder/render';
import { seedBinderHire } from '../support/binder-fixtures';
import { handlerHarness } from '../support/handler-context';
import { MIGRATIONS, tempDir } from '../support/paths';
import { readPdf } from '../support/read-pdf';

const RUNS = 5;
const NOW = '2026-11-23T09:00:00.000Z';

async function measure(label: string, render: () => Promise<Buffer>) {
  const times: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    pdf = await render();
    times.push(performance.now() - started);
  }
  const sorted = [...times.slice(1)].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const { numPages } = await readPdf(pdf);
  console.log(`${label}: median ${median.toFixed(0)} ms over ${RUNS - 1} runs (first run ${times[0]!.toFixed(0)} ms), ${numPages} pages, ${(pdf.length / 1024).toFixed(0)} kB`);
}

const out = path.join(tempDir('introplan-bench-'), 'demo');
await createDemo({ outDir: out, migrationsFolder: MIGRATIONS, appVersion: 'bench', now: NOW });
const demo = openDatabase(path.join(out, 'introplan.db'), MIGRATIONS);
const hires = [...listHires(demo.db, false), ...listHires(demo.db, true)];
const largest = hires.map((h) => ({ hire: h, items: itemsOf(demo.db, h.id).length })).sort((a, b) => b.items - a.items)[0]!;
await measure(`Largest demo plan (${largest.hire.name}, ${largest.items} items, full binder)`, () => renderBinder(demo.db, largest.hire.id, 'full', '2026-11-23', NOW));
demo.close();

const h = handlerHarness(() => NOW);
const { hireId } = await seedBinderHire(h, { items: 300 });
await measure('Generated plan (300 items, full binder, one attachment)', () => renderBinder(h.ctx.db, hireId, 'full', '2026-11-23', NOW));
await measure('Generated plan (300 items, day-one binder)', () => renderBinder(h.ctx.db, hireId, 'dayOne', '2026-11-23', NOW));
h.close();
