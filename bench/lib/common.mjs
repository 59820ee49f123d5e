// What the benchmark's parts share: where things are, how the generator is started, and the arithmetic of figures.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const benchOut = join(repository, 'bench', 'out');
// NO_COLOR keeps Spectre's markup out of the text we parse; stdin is never read (CI=true, no terminal).
// The benchmark reads the generator's English lines ("Done in", "Rebuilt"): English whatever this machine's locale is.
export const generatorEnv = { ...process.env, NO_COLOR: '1', DOTNET_NOLOGO: '1', LC_ALL: 'C.UTF-8' };

/** A failure the benchmark explains itself: printed without a stack trace, exit code 1. */
export class BenchError extends Error {}

/** A size with photos: "200-photos" is the corpus of 200 members with make-corpus.mjs's --photos. */
export const photoSize = /^([1-9]\d*)-photos$/;

/** The content folder for a size, writing the synthetic corpus first when it is not there yet. */
export function contentFor(size) {
  if (size === 'real') return join(repository, 'content');
  const content = join(repository, 'bench', 'corpus', size, 'content');
  if (existsSync(join(content, 'site.yml')) && existsSync(join(content, 'members'))) return content;
  const photos = size.match(photoSize);
  console.log(`Writing the corpus for ${photos ? `${photos[1]} members with photos` : `${size} members`}...`);
  const made = spawnSync(process.execPath, [join(repository, 'bench', 'make-corpus.mjs'), ...(photos ? [photos[1], '--photos'] : [size])], {
    cwd: repository, stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (made.status !== 0) throw new BenchError(`make-corpus.mjs for ${size} failed (exit code ${made.status ?? made.signal}).`);
  return content;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function round(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** How to start our generator: a native program runs itself, a .dll (a JIT build) runs with dotnet. */
export function generatorCommand(program) {
  return program.endsWith('.dll') ? { command: 'dotnet', prefix: [program] } : { command: program, prefix: [] };
}
