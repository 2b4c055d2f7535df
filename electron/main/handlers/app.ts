import { DatabaseUnusableError } from '../../../db/open';
import { svText } from '../../shared/i18n/translate';
import { createDemo } from '../demo/create-demo';
import type { HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';

const info = ({ version, dataDirectory, session }: HandlerContext) => ({
  version,
  dataDirectory,
  databaseFile: session.file,
  usingExample: session.usingExample,
  origin: session.origin,
  problem: session.problem,
  databaseOpen: session.isOpen,
});

export const appHandlers: DomainHandlers<'app'> = {
  'app:get-info': (_input, ctx) => info(ctx),
  /** Creates an example database in a folder the user picks and switches to it until they switch back. */
  'app:create-example': async (_input, ctx) => {
    const folder = await ctx.desktop.chooseFolder({ title: svText('demo.dialog') });
    if (!folder) return { created: false as const };
    const [databaseFile] = await createDemo({
      outDir: folder,
      migrationsFolder: ctx.migrationsFolder,
      appVersion: ctx.version,
      now: ctx.now(),
    });
    ctx.session.switchTo(databaseFile!);
    ctx.user.personId = null;
    return { created: true as const, info: info(ctx) };
  },
  'app:use-own-database': (_input, ctx) => {
    try {
      ctx.session.switchTo(ctx.session.ownFile);
    } catch (error) {
      // The own file is still damaged: close the other one and go back to the recovery screen.
      if (!(error instanceof DatabaseUnusableError)) throw error;
      ctx.session.close();
    }
    ctx.user.personId = null;
    return info(ctx);
  },
  'app:quit-app': (_input, ctx) => ctx.desktop.quit(),
  'app:show-recovery': (_input, ctx) => {
    ctx.session.showDamage();
    ctx.user.personId = null;
  },
};
