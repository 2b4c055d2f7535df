import { channels } from '../../shared/contract';
import { fail } from '../../shared/result';
import { svText } from '../../shared/i18n/translate';
import type { HandlerContext } from './context';
import { dispatch, type HandlerTable } from './dispatch';

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** The parts of Electron's ipcMain that registration uses, so tests can pass a recorder. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: SenderFrame | null; sender: { id: number } }, input: unknown) => unknown): void;
}

export interface TrustedOrigin {
  protocol: string;
  host: string;
}

/** Only the top frame of our own page may call main; an iframe or a foreign page may not. */
export function isTrustedSender(frame: SenderFrame | null, origin: TrustedOrigin): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === origin.protocol && url.host === origin.host;
  } catch {
    return false;
  }
}

export function registerIpc(ipcMain: IpcMainLike, handlers: HandlerTable, ctx: HandlerContext, origin: TrustedOrigin): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input) => {
      if (!isTrustedSender(event.senderFrame, origin)) {
        console.warn(`[ipc] refused ${channel} from ${event.senderFrame?.url ?? 'unknown frame'}`);
        return fail({ code: 'forbidden', message: svText('errors.forbidden') });
      }
      return dispatch(handlers, channel, input, ctx, event.sender.id);
    });
  }
}
