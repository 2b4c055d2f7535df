import { createHash } from 'node:crypto';

/**
 * One file in the shared folder: a short header that says what it is and how long and what hash
 * its payload has, then the payload (Automerge bytes). A sync service copies files late and
 * sometimes in part; the header lets a reader tell a whole file from a torn one, and a file of
 * ours from anything else, before Automerge sees a byte.
 */
const MAGIC = 'INTROPLAN-DELNING 1\n';

export interface ChangeHeader {
  /** Which document: "hire-<global id>", "staff", "settings", "registry", "template-<id>". */
  doc: string;
  /** The installation that wrote it: only it writes into its subfolder. */
  installation: string;
  /** 1, 2, 3 … per installation and document. */
  seq: number;
  length: number;
  sha256: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function encodeChangeFile(header: Omit<ChangeHeader, 'length' | 'sha256'>, payload: Uint8Array): Buffer {
  const full: ChangeHeader = { ...header, length: payload.length, sha256: sha256(payload) };
  return Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(full)}\n`, 'utf8'), payload]);
}

export type Decoded = { ok: true; header: ChangeHeader; payload: Uint8Array } | { ok: false; reason: 'not-ours' | 'torn' | 'mismatch' };

/** Reads a change file, refusing anything that is not whole and exactly what its header says. */
export function decodeChangeFile(bytes: Buffer): Decoded {
  if (!bytes.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC, 'utf8')))
    return { ok: false, reason: bytes.length < MAGIC.length ? 'torn' : 'not-ours' };
  const end = bytes.indexOf(0x0a, MAGIC.length);
  if (end < 0) return { ok: false, reason: 'torn' };
  let header: ChangeHeader;
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length, end).toString('utf8')) as ChangeHeader;
  } catch {
    return { ok: false, reason: 'torn' };
  }
  const payload = bytes.subarray(end + 1);
  if (typeof header.length !== 'number' || payload.length < header.length) return { ok: false, reason: 'torn' };
  if (payload.length !== header.length || sha256(payload) !== header.sha256) return { ok: false, reason: 'mismatch' };
  return { ok: true, header, payload: new Uint8Array(payload) };
}

/** Several saved changes as one payload: Automerge reads concatenated chunks as one. */
export function concatenated(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
