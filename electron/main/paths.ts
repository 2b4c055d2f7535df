import os from 'node:os';
import path from 'node:path';

/**
 * The folder for the live database: the machine-local profile, never the roaming one.
 * Municipal Windows PCs often sync %APPDATA% (Roaming) at logoff; a live SQLite file with its
 * WAL there can be copied half-written, so we use %LOCALAPPDATA% instead.
 */
export function localDataDirectory(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home = os.homedir()): string {
  if (platform === 'win32') return path.win32.join(env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local'), 'Introplan');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Introplan');
  return path.posix.join(env.XDG_DATA_HOME || path.posix.join(home, '.local', 'share'), 'introplan');
}

export const databaseFileIn = (dataDirectory: string) => path.join(dataDirectory, 'introplan.db');
