// The benchmark: how long a full build takes at several sizes, side by side with Hugo on the same content, and how
// long the preview takes to show an edit.
//   node bench/run.mjs [--sizes real,200,2000,10000] [--runs 3] [--no-preview] [--no-hugo] [--generator <program>]
// "real" is the repository's own content/; a number N is the synthetic corpus bench/corpus/N/content, written by
// make-corpus.mjs (default seed) when it is missing. "N-photos" (e.g. --sizes 200-photos) is that corpus with photos
// (make-corpus.mjs --photos): each run is a first build, with the image cache deleted, then a rebuild from the cache,
// and the image (Media) phase of both is reported; Hugo does not build it (its theme shows no photos). Ours is the native generator that build.sh runs
// (tools/native-generator.sh compiles it when needed), `build --no-search`; each corpus is also converted into a Hugo
// site (lib/hugo-site.mjs, theme in bench/hugo-theme/) and built with Debian's hugo, installed when missing. The two
// alternate run by run, each in a fresh process under /usr/bin/time -v, and the medians are compared as ours ÷ Hugo.
// Results are printed and written to bench/out/results.json. Needs Linux (/usr/bin/time, sync), the .NET SDK and
// npm ci (the converter reads YAML with the 'yaml' package).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchError, benchOut, contentFor, generatorCommand, generatorEnv, median, photoSize, repository, round } from './lib/common.mjs';
import { ensureHugo } from './lib/ensure-hugo.mjs';
import { measurePreview, previewEdits, previewWarmUp } from './lib/preview-timing.mjs';

const buildsFolder = join(benchOut, 'builds');
const hugoSites = join(benchOut, 'hugo-sites');

async function main(options) {
  if (!existsSync('/usr/bin/time')) throw new BenchError('/usr/bin/time is missing (Debian/Ubuntu: apt-get install time).');
  const program = options.generator ?? compileNativeGenerator();
  if (!existsSync(program)) throw new BenchError(`The generator ${program} does not exist.`);
  const hugo = options.hugo ? ensureHugo() : null;
  // Loaded only when Hugo is compared: it needs the npm packages.
  const { writeHugoSite } = options.hugo ? await import('./lib/hugo-site.mjs') : {};
  mkdirSync(benchOut, { recursive: true });
  rmSync(buildsFolder, { recursive: true, force: true }); // a previous benchmark's sites, before anything is timed

  const results = {
    date: new Date().toISOString(),
    machine: machineFacts(),
    generator: generatorFacts(program),
    hugo,
    runsPerSize: options.runs,
    sizes: [],
    search: null,
    preview: [],
  };

  for (const size of options.sizes) {
    const content = contentFor(size);
    console.log(`\n== ${size}: ${relative(repository, content)} ==`);
    const hugoSite = join(hugoSites, size);
    const photos = photoSize.test(size);
    if (hugo && !photos) console.log(`  converted for Hugo: ${writeHugoSite(content, hugoSite)} content files in ${relative(repository, hugoSite)}`);
    // Another process on the machine slows both tools at once; the load is kept with the figures to say how busy it was.
    const loadBefore = round(os.loadavg()[0], 1);
    const runs = [];
    const cachedRuns = [];
    const hugoRuns = [];
    for (let i = 1; i <= options.runs; i++) {
      // Alternating, and which goes first too, so neither always runs after the other's writes.
      const order = !hugo || photos ? ['ours'] : i % 2 === 1 ? ['ours', 'hugo'] : ['hugo', 'ours'];
      for (const tool of order) {
        if (tool === 'ours') {
          // The image cache is beside the content folder (.cache/images/): gone, every photo is processed again.
          if (photos) rmSync(join(content, '..', '.cache'), { recursive: true, force: true });
          const run = timedBuild(program, content, size, { search: false });
          console.log(`  run ${i}, ours${photos ? ', first build' : ''}: ${describeRun(run)}`);
          runs.push(run);
          if (photos) {
            const cached = timedBuild(program, content, size, { search: false });
            console.log(`  run ${i}, ours, from the image cache: ${describeRun(cached)}`);
            cachedRuns.push(cached);
          }
        } else {
          const run = timedHugoBuild(hugoSite, size);
          console.log(`  run ${i}, Hugo: ${run.wallSeconds.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(2)} s CPU (${run.systemSeconds.toFixed(2)} s in the kernel), ${run.peakMiB} MiB, ${run.pages} pages, ${run.files} files`);
          hugoRuns.push(run);
        }
      }
    }
    const summary = summarize(size, runs);
    if (photos) summary.images = summarizeImages(runs, cachedRuns);
    if (hugo && !photos) summary.hugo = summarizeHugo(hugoRuns, summary);
    summary.loadAverage = { before: loadBefore, after: round(os.loadavg()[0], 1) };
    results.sizes.push(summary);
    if (size === 'real') results.search = measureSearch(program, content, options.runs);
  }

  rmSync(buildsFolder, { recursive: true, force: true });

  if (options.preview) {
    // The preview measures the largest corpus without photos (an edit to a member's text touches no image).
    const numeric = options.sizes.filter(s => /^\d+$/.test(s)).map(Number);
    const previewSizes = [
      ...(options.sizes.includes('real') ? ['real'] : []),
      ...(numeric.length > 0 ? [String(Math.max(...numeric))] : []),
    ];
    for (const size of previewSizes) results.preview.push(await measurePreview(program, size));
  }

  results.ratio10000to2000 = ratio(results.sizes, '10000', '2000');
  printTables(results);
  const resultsFile = join(benchOut, 'results.json');
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nFigures written to ${relative(repository, resultsFile)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Options, generator and content

function parseOptions(args) {
  const usage = 'Usage: node bench/run.mjs [--sizes real,200,2000,10000,200-photos] [--runs 3] [--no-preview] [--no-hugo] [--generator <native program or weihai-site.dll>]';
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        sizes: { type: 'string', default: 'real,200,2000,10000' },
        runs: { type: 'string', default: '3' },
        'no-preview': { type: 'boolean', default: false },
        'no-hugo': { type: 'boolean', default: false },
        generator: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const sizes = values.sizes.split(',').map(s => s.trim()).filter(Boolean);
  const runs = Number(values.runs);
  const badSize = sizes.find(s => s !== 'real' && !/^[1-9]\d*$/.test(s) && !photoSize.test(s));
  if (sizes.length === 0 || badSize !== undefined || !Number.isInteger(runs) || runs < 1) {
    console.error(`${badSize !== undefined ? `Unknown size '${badSize}': use 'real', a number of members, or a number with -photos (200-photos).\n` : ''}${usage}`);
    process.exit(2);
  }
  return {
    sizes: [...new Set(sizes)],
    runs,
    preview: !values['no-preview'],
    hugo: !values['no-hugo'],
    generator: values.generator === undefined ? undefined : resolve(values.generator),
  };
}

/** The native generator build.sh runs, compiled first when its sources changed; every size measures the same one. */
function compileNativeGenerator() {
  const compile = spawnSync('bash', [join(repository, 'tools', 'native-generator.sh')], {
    cwd: repository, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (compile.status !== 0) throw new BenchError(`tools/native-generator.sh failed (exit code ${compile.status ?? compile.signal}); see above.`);
  return resolve(repository, compile.stdout.trim().split('\n').at(-1));
}


function machineFacts() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? null,
    totalMemoryMiB: Math.round(os.totalmem() / 1024 / 1024),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    dotnet: commandOutput('dotnet', ['--version']),
  };
}

/** Which generator was measured: the commit, and whether generator/ had uncommitted changes at the time. */
function generatorFacts(program) {
  const status = commandOutput('git', ['status', '--porcelain', '--', 'generator', 'theme']);
  return {
    program: relative(repository, program),
    commit: commandOutput('git', ['rev-parse', '--short', 'HEAD']),
    uncommittedChanges: status === null ? null : status.length > 0,
  };
}

function commandOutput(command, args) {
  const result = spawnSync(command, args, { cwd: repository, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 ? result.stdout.trim() : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Full builds

/**
 * One build in a fresh process. Every run writes into a folder of its own, deleted only after all runs: on this machine's disk, deleting a large
 * site just before a build made that build's writes several times slower (the file system was still discarding the
 * freed blocks), which measured the disk, not the generator. A `sync` first, so no run pays for an earlier run's writes.
 */
let buildNumber = 0;
function timedBuild(program, content, size, { search }) {
  const output = join(buildsFolder, `${size}-${++buildNumber}`);
  const { command, prefix } = generatorCommand(program);
  const args = [...prefix, 'build', '--content', relative(repository, content), '--output', relative(repository, output)];
  if (!search) args.push('--no-search');
  const run = timed(command, args, `The build of ${size}`);
  return { ...parseTime(run.stderr), ...parseGeneratorOutput(run.stdout) };
}

/** Hugo's build of the converted site, into a folder of its own like ours; its pages are counted after the clock. */
function timedHugoBuild(site, size) {
  const output = join(buildsFolder, `${size}-hugo-${++buildNumber}`);
  const run = timed('hugo', ['--source', site, '--destination', output, '--quiet'], `Hugo's build of ${size}`);
  const files = readdirSync(output, { recursive: true, withFileTypes: true }).filter(entry => entry.isFile());
  return { ...parseTime(run.stderr), pages: files.filter(entry => entry.name.endsWith('.html')).length, files: files.length };
}

/** One command in a fresh process under GNU time, after a `sync` and a quiet disk. */
function timed(command, args, what) {
  spawnSync('sync', { stdio: 'ignore' });
  waitForQuietDisk();
  const run = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    cwd: repository, env: generatorEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new BenchError(`${what} failed (exit code ${run.status ?? run.signal}). Its output:\n${run.stdout}\n${run.stderr}`);
  return run;
}

/**
 * Waits (up to a minute) until the kernel reports almost no time stalled on disk over the last 10 s, so that a run
 * does not start while the disk is still busy with an earlier run's files. Linux's pressure figures; where they are
 * missing the run just starts.
 */
function waitForQuietDisk() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    let pressure;
    try {
      pressure = Number(readFileSync('/proc/pressure/io', 'utf8').match(/^some avg10=([\d.]+)/)?.[1]);
    } catch {
      return;
    }
    if (!(pressure >= 1)) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}

/** The figures GNU time -v prints to standard error (after whatever the generator printed there). */
function parseTime(stderr) {
  const field = pattern => {
    const match = stderr.match(pattern);
    if (!match) throw new BenchError(`Could not read ${pattern} from /usr/bin/time's output:\n${stderr}`);
    return match[1];
  };
  // "h:mm:ss" or "m:ss.xx": fold the colon-separated parts into seconds.
  const wall = field(/Elapsed \(wall clock\) time[^\n]*?: ([\d:.]+)\s*$/m).split(':').reduce((total, part) => total * 60 + Number(part), 0);
  const user = Number(field(/User time \(seconds\): ([\d.]+)/));
  const system = Number(field(/System time \(seconds\): ([\d.]+)/));
  const peakKiB = Number(field(/Maximum resident set size \(kbytes\): (\d+)/));
  return { wallSeconds: wall, userSeconds: user, systemSeconds: system, cpuSeconds: round(user + system, 2), peakMiB: round(peakKiB / 1024, 1) };
}

/**
 * The generator's summary: the pages-per-language table, the phase line and "Done in ... N files written".
 * The text after the table is joined into one line before it is read: generators before 2026-12-08 let Spectre wrap
 * lines at 80 columns when the output was not a terminal, and --generator may measure one of them.
 */
function parseGeneratorOutput(stdout) {
  const lines = stdout.split(/\r?\n/);
  const pagesPerLanguage = {};
  for (const line of lines) {
    const row = line.match(/^│\s*(\S+)\s*│\s*(\d+)\s*│\s*$/);
    if (row) pagesPerLanguage[row[1]] = Number(row[2]);
  }
  const pages = (pagesPerLanguage['zh-CN'] ?? 0) + (pagesPerLanguage.en ?? 0);

  const tableEnd = lines.findLastIndex(line => line.startsWith('╰'));
  const after = lines.slice(tableEnd + 1).map(line => line.trim()).join(' ');
  const done = after.match(/Done in ([\d.]+) s: (\d+) files written/);
  const images = after.match(/Images: (\d+) processed, (\d+) from the cache/);
  if (pages === 0 || !done) throw new BenchError(`Could not read the pages table or the "Done in" line from the generator's output:\n${stdout}`);

  // Whatever phases the generator reports, in its order; the set may change as the generator does.
  const phases = {};
  for (const [, name, ms] of after.slice(0, done.index).matchAll(/([A-Za-z][\w-]*) (\d+(?:\.\d+)?) ms/g)) phases[name] = Number(ms);
  return {
    pages, pagesPerLanguage, files: Number(done[2]), generatorSeconds: Number(done[1]), phases,
    images: images ? { processed: Number(images[1]), fromCache: Number(images[2]) } : null,
  };
}

function describeRun(run) {
  const phases = Object.entries(run.phases).map(([name, ms]) => `${name} ${ms}`).join(', ');
  return `${run.wallSeconds.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(2)} s CPU (${run.systemSeconds.toFixed(2)} s in the kernel), ${run.peakMiB} MiB, ${run.pages} pages, ${run.files} files (${phases} ms)`;
}

/** Pagefind on the real site, measured apart: the other builds skip it so they measure the generator alone. */
function measureSearch(program, content, runs) {
  console.log('  with search (Pagefind):');
  const searchRuns = [];
  for (let i = 1; i <= runs; i++) {
    const run = timedBuild(program, content, 'real', { search: true });
    if (run.phases.Search === undefined) throw new BenchError('The build with search printed no "Search" phase time.');
    console.log(`  run ${i}: ${describeRun(run)}`);
    searchRuns.push(run);
  }
  return {
    medianSearchMs: median(searchRuns.map(r => r.phases.Search)),
    medianWallSeconds: round(median(searchRuns.map(r => r.wallSeconds)), 2),
    runs: searchRuns,
  };
}

/** The medians of what /usr/bin/time and the output say of a tool's runs, ours or Hugo's. */
function processMedians(runs) {
  const med = pick => median(runs.map(pick));
  return {
    pages: med(r => r.pages),
    files: med(r => r.files),
    wallSeconds: round(med(r => r.wallSeconds), 2),
    cpuSeconds: round(med(r => r.cpuSeconds), 2),
    userSeconds: round(med(r => r.userSeconds), 2),
    systemSeconds: round(med(r => r.systemSeconds), 2),
    peakMiB: round(med(r => r.peakMiB), 1),
  };
}

/** The medians over a size's runs; the raw runs are kept for results.json. */
function summarize(size, runs) {
  const med = pick => median(runs.map(pick));
  const phaseNames = [...new Set(runs.flatMap(r => Object.keys(r.phases)))];
  const summary = {
    size,
    ...processMedians(runs),
    msPerPage: round(med(r => (r.wallSeconds * 1000) / r.pages), 2),
    phasesMs: Object.fromEntries(phaseNames.map(name => [name, median(runs.map(r => r.phases[name]).filter(v => v !== undefined))])),
    runs,
  };
  console.log(`  median: ${summary.wallSeconds.toFixed(2)} s wall, ${summary.msPerPage} ms/page; walls: ${runs.map(r => r.wallSeconds.toFixed(2)).join(', ')} s`);
  return summary;
}

/**
 * The image (Media) phase of a size with photos: on the first builds (every photo processed) and on the rebuilds from
 * the cache (every photo found), each the median, with the whole build's wall time.
 */
function summarizeImages(first, cached) {
  const side = runs => ({
    mediaMs: median(runs.map(r => r.phases.Media)),
    wallSeconds: round(median(runs.map(r => r.wallSeconds)), 2),
    processed: median(runs.map(r => r.images?.processed ?? 0)),
    fromCache: median(runs.map(r => r.images?.fromCache ?? 0)),
    runs,
  });
  const images = { firstBuild: side(first), cachedRebuild: side(cached) };
  if (images.firstBuild.processed === 0 || images.cachedRebuild.processed !== 0) {
    throw new BenchError(`The first builds should process every photo and the rebuilds none; they processed ${images.firstBuild.processed} and ${images.cachedRebuild.processed}.`);
  }
  console.log(`  ${imageLine(images)}`);
  return images;
}

function imageLine({ firstBuild, cachedRebuild }) {
  return `Image (Media) phase, median: first build ${Math.round(firstBuild.mediaMs)} ms (${firstBuild.processed} images processed, `
    + `${firstBuild.wallSeconds.toFixed(2)} s wall), from the cache ${Math.round(cachedRebuild.mediaMs)} ms (${cachedRebuild.fromCache} images, `
    + `${cachedRebuild.wallSeconds.toFixed(2)} s wall)`;
}

/** Hugo's medians for a size, and ours ÷ Hugo's for wall time, CPU time and peak memory (each of the medians). */
function summarizeHugo(runs, ours) {
  const hugo = { ...processMedians(runs), runs };
  hugo.oursOverHugo = {
    wall: round(ours.wallSeconds / hugo.wallSeconds, 2),
    cpu: round(ours.cpuSeconds / hugo.cpuSeconds, 2),
    peakMemory: round(ours.peakMiB / hugo.peakMiB, 2),
  };
  console.log(`  Hugo median: ${hugo.wallSeconds.toFixed(2)} s wall; walls: ${runs.map(r => r.wallSeconds.toFixed(2)).join(', ')} s. `
    + `Ours ÷ Hugo: wall ${hugo.oursOverHugo.wall}, CPU ${hugo.oursOverHugo.cpu}, peak memory ${hugo.oursOverHugo.peakMemory}`);
  return hugo;
}

function ratio(sizes, larger, smaller) {
  const a = sizes.find(s => s.size === larger);
  const b = sizes.find(s => s.size === smaller);
  return a && b ? round(a.msPerPage / b.msPerPage, 2) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function printTables(results) {
  console.log('\n' + [
    row(buildColumns, 'size', 'pages', 'files', 'wall s', 'CPU s', 'of it sys', 'peak MiB', 'ms/page', 'phases (median ms)'),
    ...results.sizes.map(s => row(buildColumns, s.size, s.pages, s.files, s.wallSeconds.toFixed(2), s.cpuSeconds.toFixed(2), s.systemSeconds.toFixed(2), s.peakMiB.toFixed(1),
      s.msPerPage.toFixed(2), Object.entries(s.phasesMs).map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', '))),
  ].join('\n'));
  console.log(`(${results.runsPerSize} run(s) per size, medians; ${results.machine.cpus} CPUs, ${results.machine.totalMemoryMiB} MiB, `
    + `node ${results.machine.node}, dotnet ${results.machine.dotnet}; builds with --no-search)`);
  if (results.hugo) {
    console.log(`\nSide by side with ${results.hugo.split(' ').slice(0, 2).join(' ')} (medians; ours ÷ Hugo; targets: wall at most 0.7, peak memory at most 0.5)`);
    console.log(row(hugoColumns, 'size', 'our pages', 'Hugo pages', 'our wall', 'Hugo wall', 'ratio', 'our CPU', 'Hugo CPU', 'ratio', 'our MiB', 'Hugo MiB', 'ratio'));
    for (const s of results.sizes.filter(s => s.hugo)) {
      const h = s.hugo;
      console.log(row(hugoColumns, s.size, s.pages, h.pages, s.wallSeconds.toFixed(2), h.wallSeconds.toFixed(2), h.oursOverHugo.wall.toFixed(2),
        s.cpuSeconds.toFixed(2), h.cpuSeconds.toFixed(2), h.oursOverHugo.cpu.toFixed(2), s.peakMiB.toFixed(0), h.peakMiB.toFixed(0), h.oursOverHugo.peakMemory.toFixed(2)));
    }
  }
  for (const s of results.sizes.filter(s => s.images)) console.log(`${s.size}: ${imageLine(s.images)}`);
  console.log(`Load average (1 min) before and after each size's runs: ${results.sizes.map(s => `${s.size} ${s.loadAverage.before}/${s.loadAverage.after}`).join(', ')}`);
  if (results.search) {
    console.log(`Pagefind on the real site: Search phase ${results.search.medianSearchMs} ms median (builds with search: ${results.search.medianWallSeconds.toFixed(2)} s wall median)`);
  }
  if (results.ratio10000to2000 !== null) console.log(`ms/page at 10000 ÷ ms/page at 2000: ${results.ratio10000to2000}`);
  if (results.preview.length > 0) {
    console.log(`\nPreview: from the write of one member file to the reload event (${previewEdits - previewWarmUp} edits after ${previewWarmUp} warm-up)`);
    console.log(row(previewColumns, 'size', 'median ms', 'max ms', 'preview says: median', 'max'));
    for (const p of results.preview) {
      console.log(row(previewColumns, p.size, p.medianReloadMs.toFixed(0), p.maxReloadMs.toFixed(0), p.medianPreviewOwnMs, p.maxPreviewOwnMs));
    }
  }
}

const buildColumns = [11, 7, 7, 8, 8, 11, 10, 9]; // the first wide enough for "200-photos"
const previewColumns = [7, 10, 8, 22, 7];
const hugoColumns = [7, 11, 11, 10, 11, 7, 9, 10, 7, 9, 10, 7];

/** One table row: the size left-aligned, the figures right-aligned to <widths>, a column past them as it is. */
function row(widths, ...cells) {
  return cells.map((cell, i) => {
    const text = String(cell);
    if (i === 0) return text.padEnd(widths[0]);
    return i < widths.length ? text.padStart(widths[i]) : `  ${text}`;
  }).join('');
}


// ---------------------------------------------------------------------------------------------------------------
// Run (last, so every constant above is defined)

try {
  await main(parseOptions(process.argv.slice(2)));
  process.exitCode = 0;
} catch (error) {
  console.error(error instanceof BenchError ? `\nBenchmark failed: ${error.message}` : error);
  process.exitCode = 1;
}
// Exit explicitly: a stray socket (the preview's event stream) must not keep a failed run alive.
process.exit(process.exitCode);
