import { launchApp, type LaunchedApp } from '../e2e/harness';
import { NOW, openHire } from './plan-page';
import { seedHire } from './seed-hire';

/**
 * Launches the app, seeds a hire starting 5 October 2026 and opens the hire's page. `keep` gets the app
 * before seeding, so the test file's after-each still closes it when seeding fails.
 */
export async function launchOnSeededHire(keep: (app: LaunchedApp) => void, options: Parameters<typeof seedHire>[1] = {}) {
  const app = await launchApp({ now: NOW });
  keep(app);
  const hire = await seedHire(app.api, { startDate: '2026-10-05', ...options });
  await openHire(app.page, hire.id);
  return { app, page: app.page, api: app.api, hire };
}
