// Prints a TOML file as JSON, for the tests that check netlify.toml (the .NET registry here has no TOML parser).
// Usage: node tools/read-toml.mjs netlify.toml
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tools/read-toml.mjs <file.toml>');
  process.exit(2);
}
try {
  process.stdout.write(JSON.stringify(parse(readFileSync(file, 'utf8'))));
} catch (problem) {
  console.error(`${file}: ${problem.message}`);
  process.exit(1);
}
