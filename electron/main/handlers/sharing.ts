import { svText } from '../../shared/i18n/translate';
import type { HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { actor, chosenPerson } from '../ipc/audited';

/** The folder, from main's own dialog: a path never comes from the page. */
const chooseFolder = (ctx: HandlerContext, title: string) => ctx.desktop.chooseFolder({ title });

export const sharingHandlers: DomainHandlers<'sharing'> = {
  'sharing:get-status': (_input, ctx) => ctx.sharing.status(),
  'sharing:check-now': (_input, ctx) => ctx.sharing.pass(),
  // A new computer joins before anyone is in its staff list (the people come from the folder).
  'sharing:create-folder': async (_input, ctx) => {
    const who = chosenPerson(ctx);
    const folder = await chooseFolder(ctx, svText('sharing.createDialog'));
    return folder ? { chosen: true as const, status: await ctx.sharing.create(folder, who) } : { chosen: false as const };
  },
  'sharing:join-folder': async ({ mode }, ctx) => {
    const who = chosenPerson(ctx);
    const folder = await chooseFolder(ctx, svText('sharing.joinDialog'));
    return folder ? { chosen: true as const, status: await ctx.sharing.join(folder, mode, who) } : { chosen: false as const };
  },
  'sharing:leave-folder': (_input, ctx) => ctx.sharing.leave(chosenPerson(ctx)),
  'sharing:set-copy-to-backups': ({ on }, ctx) => ctx.sharing.setCopyToBackups(on, chosenPerson(ctx)),
  'sharing:hire-conflicts': ({ hireId }, ctx) => ctx.sharing.hireConflicts(hireId),
  'sharing:resolve-conflict': ({ hireId, conflict, choice }, ctx) => ctx.sharing.resolve(hireId, conflict, choice, actor(ctx)),
};
