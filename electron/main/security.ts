import path from 'node:path';

/** The renderer is served from app://introplan/, a standard, secure custom scheme. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'introplan';
export const APP_ORIGIN = { protocol: `${APP_SCHEME}:`, host: APP_HOST } as const;
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const parse = (raw: string): URL | null => {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
};

/** In-app navigation stays on our own origin; everything else is refused. */
export function isAppUrl(raw: string): boolean {
  const url = parse(raw);
  return url !== null && url.protocol === APP_ORIGIN.protocol && url.host === APP_HOST && !url.username && !url.password;
}

/**
 * A link may leave the app only as a plain https: URL with a real host name and no embedded
 * credentials; it then opens in the user's browser, never inside Introplan.
 */
export function externalUrl(raw: string): string | null {
  const url = parse(raw.trim());
  if (!url || url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null;
  // Only named public hosts: no intranet single-label names, no trailing-dot tricks, no IP literals.
  const host = url.hostname;
  if (!host.includes('.') || host.endsWith('.') || host.startsWith('[') || /^[\d.]+$/.test(host)) return null;
  return url.href;
}

/**
 * Maps an app:// request to a file under the built renderer folder. Returns null for anything
 * that would leave that folder (../, encoded separators, absolute paths, another host).
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): string | null {
  const url = parse(requestUrl);
  if (!url || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
