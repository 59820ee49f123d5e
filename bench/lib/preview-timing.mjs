// How long the preview takes from an edit to the reload of open tabs, measured on a copy of the content.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { BenchError, benchOut, contentFor, generatorCommand, generatorEnv, median, repository, round } from './common.mjs';

export const previewEdits = 7;
export const previewWarmUp = 2;
const previewStartLimitMs = 5 * 60_000;
const rebuildLimitMs = 5 * 60_000;

/**
 * Starts `preview` on a copy of the content (so the edits never touch the real files), edits one member's English
 * name several times and measures, for each edit, the time from the write to the event that tells open tabs to
 * reload. Each reload is checked: the member's English page must then show the new name.
 */
export async function measurePreview(program, size) {
  const id = size === 'real' ? 'weihai-technician-college' : 'bench-member-00001';
  const source = join(benchOut, `preview-src-${size}`);
  const copy = join(source, 'content');
  const output = join(benchOut, `preview-${size}`);
  console.log(`\n== preview, ${size}: editing members/${id}.yml ==`);
  rmSync(source, { recursive: true, force: true });
  rmSync(output, { recursive: true, force: true });
  cpSync(contentFor(size), copy, { recursive: true });

  const port = await freePort(5190);
  const preview = startPreview(program, copy, output, port);
  const events = new AbortController();
  try {
    const startedAt = performance.now();
    await preview.waitForLine(line => line.startsWith('Serving '), previewStartLimitMs, 'the "Serving" line');
    console.log(`  serving on port ${port} after ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);

    const stream = await openEventStream(`http://127.0.0.1:${port}/__preview/events`, events.signal);
    let state = await stream.next(() => true, 30_000, 'the first event (the current state)');
    if (state.problems.length > 0) throw new BenchError(`The copied content has problems:\n${JSON.stringify(state.problems, null, 2)}`);

    const file = join(copy, 'members', `${id}.yml`);
    const original = readFileSync(file, 'utf8');
    const originalName = englishName(original, file);
    const edits = [];
    for (let i = 1; i <= previewEdits; i++) {
      // Quiet first, so a late event of the previous edit is not taken for this one's.
      await sleep(1500);
      state = stream.latest();
      const name = `${originalName} (edit ${i})`;
      const rebuiltLinesBefore = preview.count(isRebuiltLine);
      const writtenAt = performance.now();
      writeFileSync(file, withEnglishName(original, name));
      state = await stream.next(s => s.version > state.version || s.problems.length > 0, rebuildLimitMs, `the reload after edit ${i}`);
      const reloadMs = performance.now() - writtenAt;
      if (state.problems.length > 0) throw new BenchError(`Edit ${i} made the preview report problems:\n${JSON.stringify(state.problems, null, 2)}`);
      // The preview prints its own figure just after it tells the tabs.
      const line = await preview.waitForLine(isRebuiltLine, 30_000, `the "Rebuilt" line after edit ${i}`, rebuiltLinesBefore);
      const ownMs = Number(line.match(/Rebuilt (\d+) ms/)[1]);
      const inHeading = await checkMemberPages(port, id, name);
      edits.push({ edit: i, warmUp: i <= previewWarmUp, reloadMs: round(reloadMs, 1), previewOwnMs: ownMs, version: state.version, nameInH1: inHeading });
      console.log(`  edit ${i}${i <= previewWarmUp ? ' (warm-up)' : ''}: reload event ${reloadMs.toFixed(0)} ms after the write; preview says ${ownMs} ms; page shows the new name`);
    }
    const counted = edits.filter(e => !e.warmUp);
    const result = {
      size,
      member: id,
      edits,
      medianReloadMs: round(median(counted.map(e => e.reloadMs)), 1),
      maxReloadMs: round(Math.max(...counted.map(e => e.reloadMs)), 1),
      medianPreviewOwnMs: median(counted.map(e => e.previewOwnMs)),
      maxPreviewOwnMs: Math.max(...counted.map(e => e.previewOwnMs)),
    };
    console.log(`  median ${result.medianReloadMs} ms, max ${result.maxReloadMs} ms over the last ${counted.length} edits`);
    return result;
  } catch (error) {
    if (error instanceof BenchError) error.message += `\nThe preview's output so far:\n${preview.output()}`;
    throw error;
  } finally {
    events.abort();
    await preview.stop();
    rmSync(source, { recursive: true, force: true });
    rmSync(output, { recursive: true, force: true });
  }
}

function isRebuiltLine(line) {
  return /^Rebuilt \d+ ms after the change/.test(line);
}

/** The first free port from <from> on, on 127.0.0.1 (a port another program holds is skipped). */
async function freePort(from) {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise(done => {
      const server = createServer();
      server.once('error', () => done(false));
      server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new BenchError(`No free port between ${from} and ${from + 99}.`);
}

/**
 * The preview process, with its output kept line by line so the benchmark can wait for a given line.
 * If the process ends early, every wait fails at once with its output instead of running into its time limit.
 */
function startPreview(program, content, output, port) {
  const { command, prefix } = generatorCommand(program);
  const child = spawn(command, [...prefix, 'preview', '--content', relative(repository, content), '--output', relative(repository, output),
    '--port', String(port), '--no-search'], { cwd: repository, env: generatorEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  const errors = [];
  let waiters = [];
  let exited = null;
  const notify = () => {
    waiters = waiters.filter(waiter => !waiter());
  };
  createInterface({ input: child.stdout }).on('line', line => {
    lines.push(line);
    notify();
  });
  createInterface({ input: child.stderr }).on('line', line => errors.push(line));
  child.on('exit', (code, signal) => {
    exited = `exit code ${code ?? signal}`;
    notify();
  });

  return {
    output: () => [...lines, ...errors.map(line => `(stderr) ${line}`)].join('\n'),
    count: test => lines.filter(test).length,
    /** The first line that passes <test> after the first <skip> such lines. */
    waitForLine(test, limitMs, what, skip = 0) {
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new BenchError(`No ${what} within ${limitMs / 1000} s.`)), limitMs);
        const check = () => {
          const found = lines.filter(test)[skip];
          if (found !== undefined || exited) {
            clearTimeout(timer);
            if (found !== undefined) resolvePromise(found);
            else reject(new BenchError(`The preview ended (${exited}) before ${what}.`));
            return true;
          }
          return false;
        };
        if (!check()) waiters.push(check);
      });
    },
    /** Ctrl+C first, as a person would stop it; SIGKILL if it has not ended 5 s later. */
    async stop() {
      if (exited) return;
      const ended = new Promise(done => child.once('exit', done));
      child.kill('SIGINT');
      const stopped = await Promise.race([ended.then(() => true), sleep(5000).then(() => false)]);
      if (!stopped) {
        console.log('  (the preview did not stop within 5 s of Ctrl+C: killed)');
        child.kill('SIGKILL');
        await ended;
      }
    },
  };
}

/**
 * Reads the preview's server-sent events: `data: {"version":N,"problems":[...]}` and a blank line each.
 * The first is the current state. next(test) waits for the next event (after the ones already taken) that passes.
 */
async function openEventStream(url, signal) {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new BenchError(`${url} answered ${response.status}.`);
  const received = [];
  let taken = 0;
  let failure = null;
  let waiters = [];
  const notify = () => {
    waiters = waiters.filter(waiter => !waiter());
  };
  (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = buffer.slice(0, end).split('\n').filter(l => l.startsWith('data: ')).map(l => l.slice(6)).join('\n');
          buffer = buffer.slice(end + 2);
          if (data) received.push(JSON.parse(data));
        }
        notify();
      }
      failure = 'the event stream ended';
    } catch (error) {
      failure = signal.aborted ? 'the event stream was closed' : `the event stream failed: ${error.message}`;
    }
    notify();
  })();

  return {
    latest: () => received.at(-1),
    next(test, limitMs, what) {
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new BenchError(`No ${what} within ${limitMs / 1000} s.`)), limitMs);
        const check = () => {
          while (taken < received.length) {
            const event = received[taken++];
            if (test(event)) {
              clearTimeout(timer);
              resolvePromise(event);
              return true;
            }
          }
          if (failure) {
            clearTimeout(timer);
            reject(new BenchError(`Waiting for ${what}: ${failure}.`));
            return true;
          }
          return false;
        };
        if (!check()) waiters.push(check);
      });
    },
  };
}

/** The English name: the `  en: ` line under `name:`. */
function englishName(text, file) {
  const lines = text.split('\n');
  const at = englishNameLine(lines, file);
  return lines[at].slice('  en: '.length);
}

function withEnglishName(text, name) {
  const lines = text.split('\n');
  lines[englishNameLine(lines, 'the member file')] = `  en: ${name}`;
  return lines.join('\n');
}

function englishNameLine(lines, file) {
  const nameAt = lines.indexOf('name:');
  for (let i = nameAt + 1; nameAt >= 0 && i < lines.length && lines[i].startsWith('  '); i++) {
    if (lines[i].startsWith('  en: ')) return i;
  }
  throw new BenchError(`${file} has no "  en: " line under "name:".`);
}

/**
 * Proves the reload meant the pages were updated: both language pages of the member answer, and the English one
 * shows the new name (in its h1, or at least somewhere). Returns whether it was in the h1.
 */
async function checkMemberPages(port, id, name) {
  const page = async path => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    if (response.status !== 200) throw new BenchError(`${path} answered ${response.status} after the reload.`);
    return response.text();
  };
  await page(`/members/${id}/`);
  const html = await page(`/en/members/${id}/`);
  const heading = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1].replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() ?? '';
  if (heading.includes(name)) return true;
  if (html.includes(name)) return false;
  throw new BenchError(`After the reload, /en/members/${id}/ does not show the new name "${name}" (its h1: "${heading}").`);
}
