import { describe, expect, it } from 'vitest';
import { databaseFileIn, localDataDirectory } from '../../electron/main/paths';

describe('localDataDirectory', () => {
  it('uses the local, not the roaming, profile on Windows', () => {
    const dir = localDataDirectory(
      'win32',
      { LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local', APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' },
      'C:\\Users\\anna',
    );
    expect(dir).toBe('C:\\Users\\anna\\AppData\\Local\\Introplan');
  });

  it('falls back to AppData\\Local when LOCALAPPDATA is missing', () => {
    expect(localDataDirectory('win32', {}, 'C:\\Users\\anna')).toBe('C:\\Users\\anna\\AppData\\Local\\Introplan');
  });

  it('follows XDG on Linux and Application Support on macOS', () => {
    expect(localDataDirectory('linux', { XDG_DATA_HOME: '/data' }, '/home/anna')).toBe('/data/introplan');
    expect(localDataDirectory('linux', {}, '/home/anna')).toBe('/home/anna/.local/share/introplan');
    expect(localDataDirectory('darwin', {}, '/Users/anna')).toBe('/Users/anna/Library/Application Support/Introplan');
  });

  it('names the database file', () => {
    expect(databaseFileIn('/data/introplan')).toMatch(/introplan\.db$/);
  });
});
