import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY, CSP_HEADER_ONLY } from '../shared/csp';
import { contentTypeFor, resolveAppAsset } from './security';

/** Response headers for every file of the renderer, in the app and in the test server alike. */
export const rendererHeaders = (file: string): Record<string, string> => ({
  'content-type': contentTypeFor(file),
  'content-security-policy': `${CONTENT_SECURITY_POLICY}; ${CSP_HEADER_ONLY}`,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
});

/** Answers one app:// request from the built renderer folder, refusing any path outside it. */
export async function appAssetResponse(rootDir: string, requestUrl: string): Promise<Response> {
  const file = resolveAppAsset(rootDir, requestUrl);
  if (!file) return new Response('Forbidden', { status: 403 });
  try {
    return new Response(await readFile(file), { status: 200, headers: rendererHeaders(file) });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
