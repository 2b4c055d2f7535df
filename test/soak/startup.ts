import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { handlers } from '../../electron/main/ipc/handlers';
import { binderHere } from '../../electron/main/services/binder/jobs';
import type { Channel, Input, Output } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';
import { workingManager } from '../support/manager-hires';
import { MIGRATIONS } from '../support/paths';
import { testContext } from '../support/test-context';

const NOW = () => '2026-11-23T09:00:00.000Z';

function desk(file: string) {
  const opened = testContext({ dbFile: file, migrationsFolder: MIGRATIONS, binders: binderHere, now: NOW });
  const must = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = (await dispatch(handlers, channel, input, opened.ctx)) as Result<Output<C>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  return { ...opened, must };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Start-up of a desk whose shared folder holds `hires` hires, with nothing changed since it last
 * looked: opening its database, and opening it plus the first look at the folder. The first look
 * reads the folder's signatures and the small registry, not the hires' documents.
 */
export async function measureStartup(
  dir: string,
  hires: number,
): Promise<{ hires_in_folder: number; open_ms: number; startup_ms: number }> {
  mkdirSync(dir, { recursive: true });
  const folder = path.join(dir, 'delad-mapp');
  mkdirSync(folder);
  const a = desk(path.join(dir, 'a.db'));
  const { anna: manager, programme } = await workingManager(a);
  for (let i = 0; i < hires; i++) {
    await a.must('hires:create-hire', {
      hire: {
        name: `Nyanställd ${i + 1}`,
        title: 'Socialsekreterare',
        team: 'Barn och familj',
        startDate: '2026-11-02',
        managerId: manager.id,
        introducerId: null,
        newlyGraduated: i % 2 === 0,
        templateVersionId: programme.versions[0]!.id,
      },
      leaveOut: [],
      ownItems: [],
    });
  }
  a.desktop.answerFolder(folder);
  await a.must('sharing:create-folder', {});
  await a.close();

  const bFile = path.join(dir, 'b.db');
  const b = desk(bFile);
  b.desktop.answerFolder(folder);
  await b.must('sharing:join-folder', { mode: 'folder' });
  await b.close();

  const opens: number[] = [];
  const starts: number[] = [];
  for (let round = 0; round < 5; round++) {
    let started = performance.now();
    const plain = desk(bFile);
    opens.push(performance.now() - started);
    await plain.close();
    started = performance.now();
    const shared = desk(bFile);
    const status = await shared.ctx.sharing.pass();
    starts.push(performance.now() - started);
    if (shared.ctx.sharing.lastPass?.received) throw new Error('the start read changes although nothing had changed');
    if (status.state !== 'ok') throw new Error(`the start did not reach the folder: ${status.state}`);
    await shared.close();
  }
  return { hires_in_folder: hires, open_ms: Math.round(median(opens)), startup_ms: Math.round(median(starts)) };
}
