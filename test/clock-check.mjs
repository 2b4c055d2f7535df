// `npm run test:clock`: the suites on other clocks and time zones than the machine's own, so a
// test that depends on today's weekday or the computer's zone fails here rather than on a
// Thursday in CI. Unit tests run in two far-apart zones; the e2e suite with the clock pinned to
// a Thursday and to a Sunday (E2E_NOW), each in one of those zones.
import { spawnSync } from 'node:child_process';

const vitest = (project, env) => ['vitest', ['run', '--config', 'test/vitest.config.ts', '--project', project], env];
const runs = [
  vitest('unit', { TZ: 'America/Los_Angeles' }),
  vitest('unit', { TZ: 'Pacific/Kiritimati' }),
  vitest('e2e', { TZ: 'America/Los_Angeles', E2E_NOW: '2026-12-03T09:00:00Z' }),
  vitest('e2e', { TZ: 'Pacific/Kiritimati', E2E_NOW: '2026-12-06T09:00:00Z' }),
];
for (const [command, args, env] of runs) {
  console.log(
    `\n▶ ${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')} ${command} ${args.join(' ')}`,
  );
  const { status } = spawnSync('npx', [command, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) process.exit(status ?? 1);
}
