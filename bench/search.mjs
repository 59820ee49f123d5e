// The search phase measured apart: Pagefind over a built site, the way the build runs it now (one run per language,
// one after the other, into one bundle) against one run over the whole site (how it ran before), and the other
// options issue 15 asked about, side by side on the same site in the same run, alternating.
//   node bench/search.mjs [--sizes 2000,10000] [--runs 3] [--options single,per-language,concurrent,less-markup,node-api]
// Each size's corpus (make-corpus.mjs) is built once with the native generator and --no-search (not timed). Each option
// then runs in fresh processes under /usr/bin/time -v (wall, CPU, peak memory), with the process tree's memory sampled
// too, since two runs at once, or Node and the Pagefind service it starts, hold memory together. Every option writes
// into a folder of its own. node-api needs the npm package 'pagefind': npm install --no-save pagefind@1.6.0.
// Results are printed and written to bench/out/search.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchError, benchOut, contentFor, generatorEnv, median, repository, round } from './lib/common.mjs';
import { measureCommands } from './lib/process-tree.mjs';
import { languageGlobs, writeLessMarkupSite, writeRecords } from './lib/search-variants.mjs';

const platform = `${process.platform === 'darwin' ? 'darwin' : 'linux'}-${os.arch() === 'arm64' ? 'arm64' : 'x64'}`;
const pagefind = join(repository, 'node_modules', '@pagefind', platform, 'bin', 'pagefind_extended');
const work = join(benchOut, 'search');
const allOptions = ['single', 'per-language', 'concurrent', 'less-markup', 'node-api'];
const described = {
  single: '(a) one run over the whole site (before)',
  'per-language': '(b) a run per language, one after the other, one bundle (the build now)',
  concurrent: '(b) a run per language, both at once',
  'less-markup': '(c) one run, member pages without their boilerplate',
  'node-api': "(d) Pagefind's Node API fed with records",
};

function parseOptions(args) {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: 'string', default: '2000,10000' },
      runs: { type: 'string', default: '3' },
      options: { type: 'string', default: allOptions.join(',') },
    },
  });
  const options = values.options.split(',').map(o => o.trim()).filter(Boolean);
  const unknown = options.find(o => !allOptions.includes(o));
  if (unknown) throw new BenchError(`Unknown option '${unknown}': use ${allOptions.join(', ')}.`);
  return { sizes: values.sizes.split(',').map(s => s.trim()).filter(Boolean), runs: Number(values.runs), options };
}

function nativeGenerator() {
  const compile = spawnSync('bash', [join(repository, 'tools', 'native-generator.sh')], { cwd: repository, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (compile.status !== 0) throw new BenchError('tools/native-generator.sh failed; see above.');
  return compile.stdout.trim().split('\n').at(-1);
}

/** The site, its copy with less markup and the records, each made once per size before anything is timed. */
function prepare(program, size, options) {
  const folder = join(work, size);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const site = join(folder, 'site');
  const built = spawnSync(join(repository, program), ['build', '--content', relative(repository, contentFor(size)), '--output', site, '--no-search'],
    { cwd: repository, env: generatorEnv, encoding: 'utf8' });
  if (built.status !== 0) throw new BenchError(`The build of ${size} failed:\n${built.stdout}\n${built.stderr}`);
  const prepared = { site, globs: languageGlobs(site) };
  if (options.includes('less-markup')) {
    prepared.lessMarkup = join(folder, 'site-less-markup');
    console.log(`  less markup: ${writeLessMarkupSite(site, prepared.lessMarkup)} member pages changed`);
  }
  if (options.includes('node-api')) {
    try {
      import.meta.resolve('pagefind');
    } catch {
      throw new BenchError("node-api needs the npm package 'pagefind': npm install --no-save pagefind@1.6.0 (or leave node-api out of --options).");
    }
    prepared.records = join(folder, 'records.json');
    console.log(`  node-api: ${writeRecords(site, prepared.records)} records`);
  }
  return prepared;
}

function commandsFor(option, prepared, output) {
  const run = (site, bundle, ...extra) => [pagefind, '--site', site, '--output-path', bundle, '--quiet', ...extra];
  switch (option) {
    case 'single': return { commands: [run(prepared.site, output)], concurrent: false };
    case 'per-language': return { commands: prepared.globs.map(glob => run(prepared.site, output, '--glob', glob)), concurrent: false };
    case 'concurrent': return { commands: prepared.globs.map((glob, i) => run(prepared.site, join(output, String(i)), '--glob', glob)), concurrent: true };
    case 'less-markup': return { commands: [run(prepared.lessMarkup, output)], concurrent: false };
    case 'node-api': return { commands: [[process.execPath, join(repository, 'bench', 'lib', 'pagefind-node-api.mjs'), prepared.records, output]], concurrent: false };
  }
}

/** Waits for the disk to settle, as bench/run.mjs does, so a run does not pay for the previous one's writes. */
function quietDisk() {
  spawnSync('sync');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const pressure = Number(readFileSync('/proc/pressure/io', 'utf8').match(/^some avg10=([\d.]+)/)?.[1] ?? 0);
    if (!(pressure >= 1)) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}

/** The files of a bundle, relative path to bytes, to check that the build's way writes what a single run writes. */
function bundleFiles(folder) {
  return new Map(readdirSync(folder, { recursive: true, withFileTypes: true }).filter(e => e.isFile())
    .map(e => [relative(folder, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

function sameIndexes(single, perLanguage) {
  const a = bundleFiles(single);
  const b = bundleFiles(perLanguage);
  // The entry of the last run names only its language; the build joins them afterwards (SearchBundleEntry).
  return [...a.keys()].filter(k => k !== 'pagefind-entry.json').every(k => b.get(k)?.equals(a.get(k))) && a.size === b.size;
}

async function main({ sizes, runs, options }) {
  const program = relative(repository, join(repository, nativeGenerator()));
  const results = { date: new Date().toISOString(), cpus: os.cpus().length, runs, sizes: [] };
  for (const size of sizes) {
    console.log(`\n== ${size} ==`);
    const prepared = prepare(program, size, options);
    console.log(`  globs: ${prepared.globs.join('  ')}`);
    const measured = Object.fromEntries(options.map(o => [o, []]));
    const loads = [];
    for (let i = 1; i <= runs; i++) {
      const order = i % 2 === 1 ? options : [...options].reverse();
      for (const option of order) {
        const output = join(work, size, `out-${option}-${i}`);
        quietDisk();
        loads.push(os.loadavg()[0]);
        const { commands, concurrent } = commandsFor(option, prepared, output);
        const figures = await measureCommands(commands, { concurrent });
        console.log(`  run ${i}, ${option}: ${figures.wallSeconds.toFixed(2)} s wall, ${figures.cpuSeconds.toFixed(2)} s CPU, ${figures.peakMiB.toFixed(0)} MiB peak (load ${os.loadavg()[0].toFixed(1)})`);
        measured[option].push(figures);
      }
      if (i === 1 && options.includes('single') && options.includes('per-language')) {
        const same = sameIndexes(join(work, size, 'out-single-1'), join(work, size, 'out-per-language-1'));
        console.log(`  per-language indexes byte for byte those of the single run: ${same ? 'yes' : 'NO'}`);
        if (!same) throw new BenchError('The per-language runs wrote other index files than the single run.');
      }
    }
    const summary = { size, loadAverage: { min: round(Math.min(...loads), 1), max: round(Math.max(...loads), 1) }, options: {} };
    for (const option of options) {
      const m = measured[option];
      summary.options[option] = {
        wallSeconds: round(median(m.map(r => r.wallSeconds)), 2),
        cpuSeconds: round(median(m.map(r => r.cpuSeconds)), 2),
        peakMiB: round(median(m.map(r => r.peakMiB)), 0),
        runs: m,
      };
    }
    results.sizes.push(summary);
    rmSync(join(work, size), { recursive: true, force: true });
  }
  print(results, options);
  writeFileSync(join(benchOut, 'search.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nFigures written to ${relative(repository, join(benchOut, 'search.json'))}`);
}

function print(results, options) {
  for (const s of results.sizes) {
    const base = s.options.single;
    console.log(`\n${s.size} members (medians of ${results.runs}; load average ${s.loadAverage.min} to ${s.loadAverage.max}; ratios ÷ single run)`);
    console.log('option'.padEnd(72) + 'wall s'.padStart(8) + 'ratio'.padStart(7) + 'CPU s'.padStart(8) + 'ratio'.padStart(7) + 'peak MiB'.padStart(10) + 'ratio'.padStart(7));
    for (const option of options) {
      const o = s.options[option];
      const r = (a, b) => (base ? (a / b).toFixed(2) : '-');
      console.log(described[option].padEnd(72) + o.wallSeconds.toFixed(2).padStart(8) + r(o.wallSeconds, base?.wallSeconds).padStart(7)
        + o.cpuSeconds.toFixed(2).padStart(8) + r(o.cpuSeconds, base?.cpuSeconds).padStart(7) + String(o.peakMiB).padStart(10) + r(o.peakMiB, base?.peakMiB).padStart(7));
    }
  }
}

try {
  await main(parseOptions(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof BenchError ? `\nBenchmark failed: ${error.message}` : error);
  process.exitCode = 1;
}
