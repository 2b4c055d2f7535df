import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalUrl, isAppUrl, MAX_URL_LENGTH, resolveAppAsset } from '../../electron/main/security';
import { HOSTILE_URLS } from '../support/hostile-urls';
import { tempDir } from '../support/paths';

describe('externalUrl', () => {
  it.each(HOSTILE_URLS)('refuses %j', (url) => {
    expect(externalUrl(url)).toBeNull();
  });

  it.each([
    ['https://www.kunskapsguiden.se/omraden-och-teman/barn-och-unga/', 'https://www.kunskapsguiden.se/omraden-och-teman/barn-och-unga/'],
    ['https://kiruna.se', 'https://kiruna.se/'],
    ['  https://www.socialstyrelsen.se/bbic  ', 'https://www.socialstyrelsen.se/bbic'],
    ['https://www.håbo.se/', 'https://www.xn--hbo-ula.se/'],
    ['https://www.xn--re-xia.se/', 'https://www.xn--re-xia.se/'],
    ['https://WWW.Kiruna.SE/sok?q=introduktion#main', 'https://www.kiruna.se/sok?q=introduktion#main'],
  ])('allows %j as %j', (url, href) => {
    expect(externalUrl(url)).toBe(href);
  });

  it('draws the length line at MAX_URL_LENGTH characters', () => {
    const base = 'https://www.kiruna.se/';
    expect(externalUrl(base + 'a'.repeat(MAX_URL_LENGTH - base.length))).not.toBeNull();
    expect(externalUrl(base + 'a'.repeat(MAX_URL_LENGTH - base.length + 1))).toBeNull();
  });
});

describe('isAppUrl', () => {
  it.each(['app://introplan/index.html', 'app://introplan/index.html#/personal', 'app://introplan/'])('accepts our own page %j', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each(HOSTILE_URLS.filter((u) => !u.startsWith('https://www.kiruna')))('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('resolveAppAsset', () => {
  const root = tempDir('introplan-assets-');
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html>');

  it.each([
    ['app://introplan/', 'index.html'],
    ['app://introplan/index.html', 'index.html'],
    ['app://introplan/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://introplan/assets/a%20b.css', 'assets/a b.css'],
  ])('maps %j inside the folder', (url, relative) => {
    expect(resolveAppAsset(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    'app://introplan/../secret.txt',
    'app://introplan/%2e%2e/secret.txt',
    'app://introplan/assets/%2e%2e/%2e%2e/secret.txt',
    'app://introplan/..%2fsecret.txt',
    'app://introplan/..%5csecret.txt',
    'app://introplan/assets%5c..%5c..%5csecret.txt',
    'app://introplan/%00index.html',
    'app://introplan/%E0%A4%A',
    'app://other/index.html',
    'app://introplan//etc/passwd',
  ])('refuses %j', (url) => {
    const resolved = resolveAppAsset(root, url);
    if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
    else expect(resolved).toBeNull();
  });

  it('never resolves outside the folder, whatever the encoding', () => {
    for (const url of ['app://introplan/%2e%2e%2f%2e%2e%2fetc%2fpasswd', 'app://introplan/....//....//etc/passwd']) {
      const resolved = resolveAppAsset(root, url);
      expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
    }
  });
});
