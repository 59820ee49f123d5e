// Option (d): Pagefind's Node API fed with records, run by bench/search.mjs under GNU time.
//   node bench/lib/pagefind-node-api.mjs <records.json> <bundle folder>
// Needs the npm package 'pagefind' (the same version as package.json's binary): npm install --no-save pagefind@1.6.0
import { readFileSync } from 'node:fs';

const [recordsFile, bundle] = process.argv.slice(2);
const pagefind = await import('pagefind');
const records = JSON.parse(readFileSync(recordsFile, 'utf8'));
const { index, errors } = await pagefind.createIndex({});
if (errors.length > 0) throw new Error(errors.join('\n'));
for (const record of records) {
  const added = await index.addCustomRecord(record);
  if (added.errors.length > 0) throw new Error(`${record.url}: ${added.errors.join('\n')}`);
}
const written = await index.writeFiles({ outputPath: bundle });
if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
await pagefind.close();
