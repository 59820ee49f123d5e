// Writes a synthetic content folder with N members, for the benchmark and the large-site test:
//   node bench/make-corpus.mjs <members> [--seed 7] [--out bench/corpus/<members>]
// The site's own files (site.yml, i18n, bases, models, data, pages, stories, news, notices) are copied from content/, so the
// corpus has every page kind the real site has. The members are synthetic, named as such ("基准测试成员单位 00042",
// "Benchmark Member 00042") so no one mistakes them for facts, with a few paragraphs of text in each language made
// from the real stories' sentences. Stories (one per 50 members) and news (one per 20) are added in both languages.
// With --photos, every fourth member and every base also gets a photo: a test image drawn from the seed (lib/test-png.mjs,
// 2400 × 1800, some upright), not a photo of anything; the texts are the same as without it.
// The same seed and size always give the same files, byte for byte.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testPng } from './lib/test-png.mjs';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const realContent = join(repository, 'content');

const { members, seed, out, photos } = parseArguments(process.argv.slice(2));
const random = mulberry32(seed);
const schema = name => JSON.parse(readFileSync(join(realContent, 'schemas', name), 'utf8'));
const memberSchema = schema('member.schema.json').properties;
const categories = memberSchema.category.enum.filter(v => v !== null);
const districts = memberSchema.district.enum.filter(v => v !== null);
const industries = memberSchema.industry.enum.filter(v => v !== null);
const sentences = { 'zh-CN': sentencePool('zh-CN'), en: sentencePool('en') };

const content = join(out, 'content');
rmSync(out, { recursive: true, force: true });
mkdirSync(content, { recursive: true });
for (const entry of ['site.yml', 'i18n', 'models', 'data']) {
  cpSync(join(realContent, entry), join(content, entry), { recursive: true });
}
for (const folder of ['pages', 'stories', 'news', 'notices']) copyArticlesWithoutMemberLinks(folder);

const ids = Array.from({ length: members }, (_, i) => `bench-member-${String(i + 1).padStart(5, '0')}`);
mkdirSync(join(content, 'members'));
ids.forEach((id, i) => writeFileSync(join(content, 'members', `${id}.yml`), member(id, i + 1) + (photos && i % 4 === 0 ? photoField('members', id, i) : '')));
copyBasesWithSyntheticMembers();
let photoCount = photos ? ids.filter((_, i) => i % 4 === 0).length : 0;
if (photos) {
  readdirSync(join(content, 'bases')).sort().forEach((file, i) => {
    const path = join(content, 'bases', file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text + (text.endsWith('\n') ? '' : '\n') + photoField('bases', file.replace(/\.yml$/, ''), members + i));
    photoCount++;
  });
}

const storyCount = Math.max(1, Math.round(members / 50));
const newsCount = Math.max(2, Math.round(members / 20));
for (let i = 1; i <= storyCount; i++) writeArticle('stories', `bench-story-${String(i).padStart(4, '0')}`, i, 'story');
for (let i = 1; i <= newsCount; i++) writeArticle('news', `bench-news-${String(i).padStart(4, '0')}`, i, 'news');

console.log(`Wrote ${members} members, ${storyCount} stories and ${newsCount} news items (both languages)${photos ? ` and ${photoCount} photos` : ''} to ${content}`);

/** A photo: field, and its test image in content/media/<folder>/; a random of its own, so the texts stay as without photos. */
function photoField(folder, id, number) {
  const upright = number % 3 === 2;
  const file = join(content, 'media', folder, `${id}.png`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, testPng(upright ? 1800 : 2400, upright ? 2400 : 1800, mulberry32(seed * 100_003 + number)));
  return [
    'photo:',
    `  file: ../media/${folder}/${id}.png`,
    '  alt:',
    `    zh-CN: 基准测试图片 ${number + 1}`,
    `    en: Benchmark test image ${number + 1}`,
  ].join('\n') + '\n';
}

function member(id, number) {
  const n = String(number).padStart(5, '0');
  const lines = [
    '# yaml-language-server: $schema=../schemas/member.schema.json',
    `id: ${id}`,
    `order: ${number}`,
    'name:',
    `  zh-CN: 基准测试成员单位 ${n}`,
    `  en: Benchmark Member ${n}`,
    `category: ${pick(categories)}`,
  ];
  if (random() < 0.6) lines.push(`district: ${pick(districts)}`);
  if (random() < 0.5) lines.push(`industry: ${pick(industries)}`);
  if (random() < 0.3) lines.push(`website: https://member-${n}.example.com/`);
  lines.push(...markdownField('profile', paragraphs(2 + Math.floor(random() * 3), true)));
  if (random() < 0.4) lines.push(...markdownField('order_classes', list()));
  if (random() < 0.3) lines.push(...markdownField('apprenticeships', paragraphs(1, false)));
  return lines.join('\n') + '\n';
}

/** A bilingual Markdown field; <write> gives the text of a language. */
function markdownField(name, write) {
  const lines = [`${name}:`];
  for (const language of ['zh-CN', 'en']) {
    lines.push(`  ${language}: |`);
    for (const line of write(language).split('\n')) lines.push(line === '' ? '' : `    ${line}`);
  }
  return lines;
}

function writeArticle(folder, id, number, kind) {
  const day = new Date(Date.UTC(2026, 6, 2) + (number - 1) * 86_400_000).toISOString().slice(0, 10);
  for (const language of ['zh-CN', 'en']) {
    const zh = language === 'zh-CN';
    const title = zh ? `基准测试${kind === 'story' ? '经验交流' : '新闻'} ${number}` : `Benchmark ${kind === 'story' ? 'story' : 'news item'} ${number}`;
    const front = [
      '---',
      `# yaml-language-server: $schema=../schemas/${kind}.schema.json`,
      `title: ${title}`,
      `description: ${JSON.stringify(sentence(language))}`,
      `date: ${day}`,
      kind === 'story' ? `region: ${zh ? '威海市' : 'Weihai'}` : `source: ${zh ? '基准测试' : 'Benchmark'}`,
      '---',
      '',
    ];
    const body = [
      paragraphs(2, true)(language),
      `## ${zh ? '主要做法' : 'What was done'}`,
      list()(language),
      paragraphs(2 + Math.floor(random() * 2), true)(language),
    ];
    writeFileSync(join(content, folder, `${id}.${language}.md`), front.join('\n') + body.join('\n\n') + '\n');
  }
}

/** A function of the language, so both languages get the same shape (and the same links) from one draw. */
function paragraphs(count, withLink) {
  const shape = Array.from({ length: count }, () => 2 + Math.floor(random() * 4));
  const linked = withLink ? pick(ids) : null;
  return language => shape.map((length, i) => {
    let text = Array.from({ length }, () => sentence(language)).join(language === 'en' ? ' ' : '');
    if (i === 0 && linked) text += language === 'en' ? ` See also [${linkText(linked, language)}](/members/${linked}/).` : `另见[${linkText(linked, language)}](/members/${linked}/)。`;
    return text;
  }).join('\n\n');
}

function list() {
  const length = 2 + Math.floor(random() * 3);
  return language => Array.from({ length }, () => `- ${sentence(language)}`).join('\n');
}

function linkText(id, language) {
  const n = id.slice(-5);
  return language === 'en' ? `Benchmark Member ${n}` : `基准测试成员单位 ${n}`;
}

function sentence(language) {
  return pick(sentences[language]);
}

/** The real stories' sentences, without their links (their targets are not in every corpus). */
function sentencePool(language) {
  const folder = join(realContent, 'stories');
  const text = readdirSync(folder).filter(f => f.endsWith(`.${language}.md`)).sort()
    .map(f => readFileSync(join(folder, f), 'utf8').split(/^---$/m)[2]).join('\n')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[#*_>`]/g, '');
  const parts = language === 'en' ? text.split(/(?<=\.)\s+/) : text.split(/(?<=。)/);
  return parts.map(s => s.replace(/\s+/g, ' ').trim()).filter(s => s.length >= 12 && !s.startsWith('-') && !/^\d/.test(s));
}

/**
 * The real pages, stories and news, with each link to one real member's page turned back into its words: the real
 * members are not in the corpus. Links to the directory (/members/) and elsewhere stay.
 */
function copyArticlesWithoutMemberLinks(folder) {
  mkdirSync(join(content, folder));
  for (const file of readdirSync(join(realContent, folder)).sort()) {
    const text = readFileSync(join(realContent, folder, file), 'utf8');
    writeFileSync(join(content, folder, file), text.replace(/\[([^\]]*)\]\((?:\/en)?\/members\/[a-z0-9-]+\/[^)]*\)/g, '$1'));
  }
}

/** The real bases, each listing a few synthetic members instead of the real ones (which are not in the corpus). */
function copyBasesWithSyntheticMembers() {
  const folder = join(realContent, 'bases');
  mkdirSync(join(content, 'bases'));
  for (const file of readdirSync(folder).sort()) {
    const lines = readFileSync(join(folder, file), 'utf8').split('\n');
    const result = [];
    for (let i = 0; i < lines.length; i++) {
      result.push(lines[i]);
      if (lines[i] !== 'members:') continue;
      while (i + 1 < lines.length && lines[i + 1].startsWith('  - ')) i++;
      for (let k = 0; k < 3; k++) result.push(`  - ${pick(ids)}`);
    }
    writeFileSync(join(content, 'bases', file), result.join('\n'));
  }
}

function pick(items) {
  return items[Math.floor(random() * items.length)];
}

/** A small seeded generator: the same seed gives the same corpus on every machine. */
function mulberry32(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parseArguments(args) {
  const usage = 'Usage: node bench/make-corpus.mjs <members> [--seed <number>] [--out <folder>] [--photos]';
  const count = Number(args[0]);
  if (!Number.isInteger(count) || count < 1) {
    console.error(usage);
    process.exit(2);
  }
  const option = name => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  return {
    members: count,
    seed: Number(option('--seed') ?? 7),
    photos: args.includes('--photos'),
    out: resolve(option('--out') ?? join(repository, 'bench', 'corpus', args.includes('--photos') ? `${count}-photos` : String(count))),
  };
}
