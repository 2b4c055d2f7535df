/**
 * The renderer's Content-Security-Policy. Served as a response header by the app:// protocol
 * (and by the test server) and written into index.html at build time, so it also holds if the
 * file is ever opened another way. Nothing is loaded from the network and scripts come only
 * from the app's own files (no inline script, no eval).
 *
 * Styles allow 'unsafe-inline': the component library (Mantine) writes its theme variables and
 * layout rules into <style> elements and style attributes at run time. That is acceptable here
 * because every channel CSS could use to leak data (images, fonts, fetch) is closed to 'self'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "media-src 'none'",
].join('; ');

/** Directives a meta tag cannot carry; they only go into the response header. */
export const CSP_HEADER_ONLY = "frame-ancestors 'none'";
