// better-sqlite3 is a native module built for one runtime at a time. `npm start` rebuilds it
// for Electron (electron-builder install-app-deps); the tests run on Node. This step makes sure
// the tests get a Node build, and rebuilds only when the installed one does not load.
import { execSync, spawnSync } from 'node:child_process';

const probe = () => spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { encoding: 'utf8' });

let result = probe();
if (result.status !== 0) {
  const wrongAbi = /NODE_MODULE_VERSION|different Node\.js version|invalid ELF|Could not locate the bindings/.test(result.stderr);
  if (!wrongAbi) {
    process.stderr.write(result.stderr);
    process.exit(1);
  }
  console.log('better-sqlite3 is built for another runtime (probably Electron); rebuilding it for Node …');
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
  result = probe();
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    process.exit(1);
  }
}
console.log(`better-sqlite3 loads in Node ${process.version} (ABI ${process.versions.modules}).`);
