/**
 * The end-to-end harness: the production renderer build in Debian's Chromium, with `window.api`
 * installed by the real preload code and every call answered by the real main-side handler
 * table (registered through the real registerIpc) on a real SQLite file.
 *
 *   const app = await launchApp();            // fresh temp database
 *   await app.page.getByRole('link', { name: 'Personal' }).click();
 *   await app.api.staff.createPerson({...});  // typed set-up through the same contract
 *   await app.close();
 *   const again = await launchApp({ dbPath: app.dbPath });   // "relaunch" on the same file
 *
 * The clock is pinned: handlers and the page's Date both stand at `now()` (default TEST_NOW, a
 * Monday, or E2E_NOW from the environment), so no test depends on the day it runs. Main's
 * events reach the page as they would through webContents.send; calls through `app.api` come
 * from another "window", so the page hears of them as changes made elsewhere.
 *
 * What it cannot show: the Electron window itself (its binary cannot be downloaded here). The
 * sender check sees the harness page's http://127.0.0.1 origin instead of app://introplan.
 */
import { remindIfDue } from '../../electron/main/services/reminders';
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { handlers } from '../../electron/main/ipc/handlers';
import { createEventBus, type EventTarget } from '../../electron/main/ipc/events';
import { registerIpc, type IpcMainLike } from '../../electron/main/ipc/register';
import { rendererHeaders } from '../../electron/main/protocol';
import { APP_HOST, resolveAppAsset } from '../../electron/main/security';
import { createApi, createEventHub, type Api } from '../../electron/shared/api';
import { channels, type Channel } from '../../electron/shared/contract';
import { EVENT_CHANNEL } from '../../electron/shared/events';
import type { Language } from '../../electron/shared/schemas/preferences';
import type { ScriptedDesktop } from '../support/scripted-desktop';
import type { Sharing } from '../../electron/main/sync/sharing';
import type { BinderMaker } from '../../electron/main/services/binder/jobs';
import { MIGRATIONS, REPO_ROOT, RENDERER_DIST, TEST_RESULTS, tempDbPath } from '../support/paths';
import { testBinders } from '../support/binder-worker';
import { TEST_NOW, testContext } from '../support/test-context';

export interface LaunchOptions {
  /** Reuse a database file (e.g. from a previous launch); default: a new temp file. */
  dbPath?: string;
  /** The clock handlers and the page see; default: pinned at E2E_NOW or TEST_NOW. */
  now?: () => string;
  viewport?: { width: number; height: number };
  /** Set the UI language before the page loads. */
  language?: Language;
  /** Who is working, by name in the staff directory; without it the app asks at start when it has staff. */
  userName?: string;
  /** The operating-system account the app runs under (default 'anna'); one that has remembered nobody is asked who they are. */
  account?: string;
  /** Looks at the shared folder this often, as the app does every 15 s (issue 17); default: never on its own. */
  sharingPollMs?: number;
  /** Makes the binders; default: the real worker. */
  binders?: BinderMaker;
}

export interface LaunchedApp {
  page: Page;
  /** Typed client through the same contract and registration as the page (for test set-up). */
  api: Api;
  dbPath: string;
  /** The file dialogs: queue what the user picks (`app.desktop.answerSave(file)`) before clicking. */
  desktop: ScriptedDesktop;
  /** Console errors, page errors and CSP violations seen so far; a clean run leaves it empty. */
  errors: string[];
  /** Main's sharing through a folder: a test may stop the looks at the folder, as if offline, and look once. */
  sharing: Sharing;
  screenshot(name: string): Promise<string>;
  /** The day's reminder as the app's timer would send it; a click on it opens Mina uppgifter in the window. */
  remind(): ReturnType<typeof remindIfDue>;
  close(): Promise<void>;
}

type Listener = Parameters<IpcMainLike['handle']>[1];

/** The instant e2e tests run at; `E2E_NOW=2026-12-03T09:00:00Z npm run test:e2e` runs them on a Thursday. */
export const E2E_NOW = process.env.E2E_NOW ? new Date(process.env.E2E_NOW).toISOString() : TEST_NOW;

/** Caller ids as webContents ids would be: the page, and the test's own client (a second window). */
const PAGE = 1;
const TEST_CLIENT = 2;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The flags our machines need: as root Chromium needs --no-sandbox, and background networking
// would be refused by the closed network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

let preloadScript: Promise<string> | undefined;

/** The real preload, bundled for the page with 'electron' swapped for the binding shim. */
function bundledPreload(): Promise<string> {
  preloadScript ??= build({
    entryPoints: [path.join(REPO_ROOT, 'electron', 'preload', 'index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    alias: { electron: path.join(REPO_ROOT, 'test', 'e2e', 'electron-shim.ts') },
  }).then((out) => out.outputFiles[0]!.text);
  return preloadScript;
}

function serveRenderer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    // Same traversal check and headers as the app:// protocol handler.
    const file = resolveAppAsset(RENDERER_DIST, `app://${APP_HOST}${req.url ?? '/'}`);
    if (!file) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, rendererHeaders(file)).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (!existsSync(path.join(RENDERER_DIST, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build:renderer` (npm test does it).');
  }
  const dbPath = options.dbPath ?? tempDbPath();
  const now = options.now ?? (() => E2E_NOW);
  // Events go to the page once it is loaded, in order; the test client hears them at once.
  let page: Page | undefined;
  let delivered = Promise.resolve();
  const testHub = createEventHub();
  const targets: EventTarget[] = [
    {
      id: PAGE,
      send: (envelope) => {
        const open = page;
        if (!open) return;
        delivered = delivered
          .then(() =>
            open.evaluate(
              ([channel, env]) =>
                (globalThis as unknown as { __introplanDeliver(c: string, e: unknown): void }).__introplanDeliver(channel, env),
              [EVENT_CHANNEL, envelope] as const,
            ),
          )
          .catch(() => undefined);
      },
    },
    { id: TEST_CLIENT, send: (envelope) => void testHub.deliver(envelope) },
  ];
  const {
    ctx,
    desktop,
    close: closeContext,
  } = testContext({
    dbFile: dbPath,
    migrationsFolder: MIGRATIONS,
    binders: options.binders ?? testBinders(),
    now,
    events: createEventBus(() => targets),
  });
  if (options.account) desktop.account = options.account;
  const { server, origin } = await serveRenderer();
  const entryUrl = `${origin}/index.html`;

  const registered = new Map<string, Listener>();
  registerIpc({ handle: (channel, listener) => registered.set(channel, listener) }, handlers, ctx, {
    protocol: 'http:',
    host: new URL(origin).host,
  });
  const call = (sender: number, senderFrame: { url: string; parent: unknown }, channel: string, input: unknown) => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`No handler registered for ${channel}`);
    return listener({ senderFrame, sender: { id: sender } }, input);
  };
  const api = createApi(
    channels,
    (channel, input) => Promise.resolve(call(TEST_CLIENT, { url: entryUrl, parent: null }, channel, input)),
    testHub.subscribe,
  );
  if (options.sharingPollMs) ctx.sharing.start(options.sharingPollMs);
  if (options.language) await api.settings.updatePreferences({ language: options.language });
  if (options.userName) {
    const people = await api.staff.listPeople();
    const person = people.ok ? people.value.find((p) => p.name === options.userName) : undefined;
    if (!person) throw new Error(`No person named ${options.userName} in the staff directory`);
    ctx.user.personId = person.id;
  }

  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1366, height: 860 },
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
    });
    page = await context.newPage();
    await page.clock.setFixedTime(new Date(now()));
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.exposeBinding('__introplanIpc', ({ frame }, channel: Channel, input: unknown) =>
      call(PAGE, { url: frame.url(), parent: frame.parentFrame() }, channel, input),
    );
    await page.addInitScript({
      content:
        "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));",
    });
    await page.addInitScript({ content: await bundledPreload() });
    await page.goto(entryUrl);
    // The app's menu, or the recovery screen's heading when the database cannot be opened.
    await page
      .locator('nav')
      .or(page.getByRole('heading', { name: 'Databasen kan inte öppnas' }))
      .first()
      .waitFor();

    const openBrowser = browser;
    const openPage = page;
    return {
      page: openPage,
      api,
      dbPath,
      desktop,
      errors,
      sharing: ctx.sharing,
      async screenshot(name) {
        mkdirSync(path.join(TEST_RESULTS, 'screenshots'), { recursive: true });
        const file = path.join(TEST_RESULTS, 'screenshots', `${name}.png`);
        await openPage.screenshot({ path: file, fullPage: true });
        return file;
      },
      // As lifecycle.ts wires it with the window open: the click tells the page to open the list.
      remind: () => remindIfDue(ctx, 'start', () => ctx.events.publish('open-my-work', {})),
      async close() {
        ctx.sharing.stop();
        await openBrowser.close();
        await new Promise((resolve) => server.close(resolve));
        await closeContext();
      },
    };
  } catch (error) {
    ctx.sharing.stop();
    await browser?.close();
    server.close();
    await closeContext();
    throw error;
  }
}
