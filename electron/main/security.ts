import path from 'node:path';
import { domainToUnicode } from 'node:url';

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

/** Longer than Windows hands reliably to a browser (INTERNET_MAX_URL_LENGTH); no real link needs more. */
export const MAX_URL_LENGTH = 2048;
// Characters a URL parser silently drops or reinterprets (tabs, newlines, NUL, bidi and
// zero-width marks, backslashes): the text the user saw would not be the address opened.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const AMBIGUOUS = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\\]/;

/** Parses only URLs whose text means exactly one address. */
const parseUnambiguous = (raw: string): URL | null => (raw.length > MAX_URL_LENGTH || AMBIGUOUS.test(raw) ? null : parse(raw));

/**
 * In-app navigation stays on our own entry page: the renderer routes with the hash
 * (app://introplan/index.html#/personal), so no other path or query is ever navigated to.
 */
export function isAppUrl(raw: string): boolean {
  const url = parseUnambiguous(raw);
  return (
    url !== null &&
    url.protocol === APP_ORIGIN.protocol &&
    url.host === APP_HOST &&
    !url.username &&
    !url.password &&
    (url.pathname === '/' || url.pathname === '/index.html') &&
    !url.search
  );
}

// Names that never lead to a public site: loopback, intranet and reserved top-level domains.
const PRIVATE_SUFFIXES = ['localhost', 'local', 'localdomain', 'internal', 'intranet', 'lan', 'corp', 'home', 'arpa', 'onion'];
// Host letters a Swedish or Nordic public site uses; a look-alike letter from another script
// (Cyrillic а for a, dotless ı for i) cannot pass as a municipality's site.
const HOST_LABEL = /^[a-z0-9åäöüéèáàæøñ]([a-z0-9åäöüéèáàæøñ-]*[a-z0-9åäöüéèáàæøñ])?$/;
// Scheme, then an authority with no user info or port, then the end or a path, query or fragment.
const PLAIN_HTTPS = /^https:\/\/([^/?#@:]+)(?:[/?#]|$)/i;

/**
 * A link may leave the app only as a plain https: URL with a real host name and no embedded
 * credentials; it then opens in the user's browser, never inside Introplan.
 */
export function externalUrl(raw: string): string | null {
  const text = raw.trim();
  const authority = PLAIN_HTTPS.exec(text)?.[1]?.toLowerCase();
  const url = authority ? parseUnambiguous(text) : null;
  if (!url || url.protocol !== 'https:' || !url.hostname || url.username || url.password || url.port) return null;
  // Only named public hosts: no intranet single-label names, no trailing-dot tricks, no IP literals.
  const host = url.hostname;
  if (!host.includes('.') || host.endsWith('.') || host.startsWith('[') || /^[\d.]+$/.test(host)) return null;
  const unicodeHost = domainToUnicode(host);
  // The host as written must be the host opened: no full-width dots or encoded letters that the parser rewrites.
  if (authority !== host && authority !== unicodeHost) return null;
  const labels = unicodeHost.split('.');
  if (labels.some((label) => !HOST_LABEL.test(label))) return null;
  if (PRIVATE_SUFFIXES.includes(labels.at(-1)!) || /^\d+$/.test(labels.at(-1)!)) return null;
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

export const contentTypeFor = (file: string): string => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
