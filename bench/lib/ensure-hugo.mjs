// Hugo, for the side-by-side figures: Debian's package, installed with apt-get when it is missing and we may (root, or
// sudo without a password), as tools/ensure-tools.sh installs the other tools.
import { spawnSync } from 'node:child_process';
import { BenchError } from './common.mjs';

/** Hugo's version line; installs Debian's hugo first when there is none. */
export function ensureHugo() {
  const version = hugoVersion();
  if (version) return version;
  const asRoot = process.getuid?.() === 0 ? [] : spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? ['sudo'] : null;
  if (asRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0) {
    console.log('Installing hugo with apt-get...');
    const run = args => spawnSync(asRoot[0] ?? args[0], asRoot.length ? args : args.slice(1), {
      stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'hugo']);
    const installed = hugoVersion();
    if (installed) return installed;
  }
  throw new BenchError('Hugo is missing and could not be installed: install it (Debian: apt-get install -y hugo), or run with --no-hugo.');
}

function hugoVersion() {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 ? result.stdout.trim() : null;
}
