/**
 * `npm run demo -- --out DIR [--force] [--now ISO-TIME]`: writes DIR/introplan.db (default programme and example
 * staff and six hires at different stages), DIR/program.json (the programme in the exchange
 * format), DIR/<hire>.ics (each hire's reflection sessions and introducer time) and
 * DIR/<hire>-parm.pdf (each hire's introduction binder, full variant) and DIR/mina-uppgifter-<person>.pdf
 * (the demo introducer's Mina uppgifter).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createDemo } from './create-demo';

const { values } = parseArgs({
  options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, now: { type: 'string' } },
});
if (!values.out) {
  console.error('Ange en mapp: npm run demo -- --out MAPP');
  process.exit(2);
}
// --now (an ISO time) makes the demo of a given day: the tests pin it, as they pin every clock.
const now = values.now ?? new Date().toISOString();
if (Number.isNaN(Date.parse(now))) {
  console.error(`Ogiltig tid för --now: ${now} (till exempel 2026-11-23T09:00:00.000Z)`);
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
try {
  const files = await createDemo({
    outDir: path.resolve(values.out),
    migrationsFolder: path.join(root, 'db', 'migrations'),
    appVersion: process.env.npm_package_version ?? 'demo',
    now: new Date(now).toISOString(),
    force: values.force,
    binders: true,
  });
  for (const file of files) process.stdout.write(`Skrev ${file}\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
