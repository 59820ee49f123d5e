// Runs commands under GNU time and samples the memory of the whole process tree meanwhile: GNU time reports the
// largest single process, but two Pagefind runs at once, or Node with the Pagefind service it starts, hold their
// memory together, so the peak of their sum is what the machine must have.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { BenchError, repository, round } from './common.mjs';

const sampleMs = 25;

const ticksPerSecond = 100;

/**
 * The resident memory of a process and all its descendants, in bytes; notes each one's CPU time so far in <cpu>
 * (a process that ends unwaited, as the Pagefind service Node stops does, is missing from GNU time's figures).
 */
function treeResident(pid, cpu) {
  let bytes = 0;
  try {
    bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    cpu.set(pid, (Number(stat[11]) + Number(stat[12])) / ticksPerSecond);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (children) for (const child of children.split(' ')) bytes += treeResident(Number(child), cpu);
    }
  } catch {
    // The process ended between two reads.
  }
  return bytes;
}

/** Figures GNU time -v printed at the end of standard error. */
function parseTime(stderr, what) {
  const field = pattern => {
    const match = stderr.match(pattern);
    if (!match) throw new BenchError(`Could not read ${pattern} from /usr/bin/time's output for ${what}:\n${stderr}`);
    return match[1];
  };
  const wall = field(/Elapsed \(wall clock\) time[^\n]*?: ([\d:.]+)\s*$/m).split(':').reduce((total, part) => total * 60 + Number(part), 0);
  const cpu = Number(field(/User time \(seconds\): ([\d.]+)/)) + Number(field(/System time \(seconds\): ([\d.]+)/));
  return { wallSeconds: wall, cpuSeconds: round(cpu, 2), peakMiB: round(Number(field(/Maximum resident set size \(kbytes\): (\d+)/)) / 1024, 1) };
}

/** One command under GNU time, in the background; resolves with its figures. */
function timedProcess([command, ...args], roots) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', command, ...args], { cwd: repository, stdio: ['ignore', 'ignore', 'pipe'] });
    roots.push(child.pid);
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += chunk; });
    child.on('error', reject);
    child.on('exit', code => {
      if (code !== 0) reject(new BenchError(`${command} ${args.join(' ')} failed (exit code ${code}):\n${stderr}`));
      else resolve(parseTime(stderr, command));
    });
  });
}

/**
 * Runs <commands> one after the other (sequential) or all at once, and returns the wall time of the whole, the CPU
 * time of all, GNU time's peak of each process, and the sampled peak of the tree's memory at any moment.
 */
export async function measureCommands(commands, { concurrent }) {
  const roots = [];
  let sampledPeak = 0;
  const sampledCpu = new Map();
  const sampler = setInterval(() => {
    const total = roots.reduce((sum, pid) => sum + treeResident(pid, sampledCpu), 0);
    if (total > sampledPeak) sampledPeak = total;
  }, sampleMs);
  const started = performance.now();
  try {
    const each = [];
    if (concurrent) each.push(...await Promise.all(commands.map(c => timedProcess(c, roots))));
    else for (const command of commands) each.push(await timedProcess(command, roots));
    return {
      wallSeconds: round((performance.now() - started) / 1000, 2),
      // GNU time's is exact for what it waited for; the sample also counts a process nobody waited for.
      cpuSeconds: round(Math.max(each.reduce((sum, r) => sum + r.cpuSeconds, 0), [...sampledCpu.values()].reduce((a, b) => a + b, 0)), 2),
      // GNU time sees each process's own peak (exact, however short); the sample sees processes that hold memory at
      // the same time (two runs at once, Node and its Pagefind service). The peak is the larger of the two.
      peakMiB: Math.max(...each.map(r => r.peakMiB), round(sampledPeak / 1048576, 1)),
      sampledPeakMiB: round(sampledPeak / 1048576, 1),
      processes: each,
    };
  } finally {
    clearInterval(sampler);
  }
}
