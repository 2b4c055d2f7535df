import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/paths';

interface BuilderConfig {
  electronFuses?: Record<string, unknown>;
  win?: { target?: { target: string }[]; requestedExecutionLevel?: string };
  nsis?: Record<string, unknown>;
  portable?: Record<string, unknown>;
}

const config = parse(readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

// electron-builder's own JSON schema for its configuration: the option names it really reads.
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const builderSchema = JSON.parse(readFileSync(requireFromBuilder.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
  definitions: Record<string, { properties: Record<string, unknown> }>;
};

describe('the packaged build', () => {
  it('flips every fuse that would let someone run the app as something else', () => {
    expect(config.electronFuses).toStrictEqual({
      // ELECTRON_RUN_AS_NODE would turn the signed binary into a general Node.js interpreter.
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names every fuse the way electron-builder spells it', () => {
    const known = Object.keys(builderSchema.definitions.FuseOptionsV1!.properties);
    for (const fuse of Object.keys(config.electronFuses ?? {})) expect(known, fuse).toContain(fuse);
  });

  // An assisted NSIS installer with perMachine and allowElevation off runs as the user
  // (RequestExecutionLevel user) and greys out "for all users" unless already started as admin.
  it('installs per user on Windows and never asks for administrator rights', () => {
    const targets = (config.win?.target ?? []).map((t) => t.target);
    expect(targets).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.nsis?.selectPerMachineByDefault ?? false).toBe(false);
    expect(config.win?.requestedExecutionLevel ?? 'asInvoker').toBe('asInvoker');
    expect(config.portable?.requestExecutionLevel ?? 'user').toBe('user');
    const nsisOptions = Object.keys(builderSchema.definitions.NsisOptions!.properties);
    for (const option of Object.keys(config.nsis ?? {})) expect(nsisOptions, option).toContain(option);
  });
});
