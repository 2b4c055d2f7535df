import { rename, writeFile } from 'node:fs/promises';

/** Writes next to the target and renames, so a crash never leaves half a file under the chosen name. */
export async function writeFileAtomically(file: string, data: string | Buffer): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}
