// What the search benchmark feeds Pagefind besides the built site: the file glob of each language (as the generator's
// LanguageGlobs makes them), a copy of the site with less markup indexed, and records for Pagefind's Node API.
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const htmlLang = file => readFileSync(file, 'utf8').match(/<html lang="([^"]+)"/)?.[1];

/** Each language's folder ("" for the root, "en/"): the top-level folders whose home page is in another language. */
export function languageFolders(site) {
  const root = htmlLang(join(site, 'index.html'));
  const folders = readdirSync(site, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .filter(entry => { try { return htmlLang(join(site, entry.name, 'index.html')) !== root; } catch { return false; } })
    .map(entry => `${entry.name}/`);
  return ['', ...folders.sort()];
}

/** The glob of each language's pages, as generator/Search/LanguageGlobs.cs writes it. */
export function languageGlobs(site) {
  const folders = languageFolders(site);
  const others = new Set(folders.filter(f => f).map(f => f.slice(0, -1)));
  const rootFolders = readdirSync(site, { withFileTypes: true })
    .filter(entry => entry.isDirectory() && /^[A-Za-z0-9._-]+$/.test(entry.name) && !others.has(entry.name) && entry.name !== 'pagefind')
    .map(entry => entry.name)
    .sort()
    .map(name => `${name}/**/*.html`);
  return folders.map(f => (f ? `${f}**/*.html` : `{${['*.html', ...rootFolders].join(',')}}`));
}

/** The HTML files of a built site, relative paths, in order. */
function pages(site) {
  return readdirSync(site, { recursive: true }).filter(p => p.endsWith('.html') && !p.startsWith('pagefind')).sort();
}

/**
 * A copy of the site where member pages keep out of the index what every member page has: the facts list (labels and
 * order number), the list of pages that mention the member, and the link back to the list. Option (c).
 */
export function writeLessMarkupSite(site, copy) {
  cpSync(site, copy, { recursive: true, filter: source => !source.includes('/pagefind') });
  let changed = 0;
  for (const page of pages(copy)) {
    const file = join(copy, page);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-filter="section:members"') || !html.includes('<dl class="facts">')) continue;
    writeFileSync(file, html
      .replace('<dl class="facts">', '<dl class="facts" data-pagefind-ignore>')
      .replace('<section aria-labelledby="mentioned-heading">', '<section aria-labelledby="mentioned-heading" data-pagefind-ignore>')
      .replace(/<p><a href="([^"]*\/members\/)">/, '<p data-pagefind-ignore><a href="$1">'));
    changed++;
  }
  return changed;
}

const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };

/**
 * One record per searchable page (url, text, language, title, section), the text the generator already holds,
 * here read back from the pages it wrote: option (d), for Pagefind's Node API.
 */
export function writeRecords(site, file) {
  const records = [];
  for (const page of pages(site)) {
    const html = readFileSync(join(site, page), 'utf8');
    const main = html.match(/<main[^>]*data-pagefind-body[^>]*data-pagefind-filter="section:([^"]*)"[^>]*>([\s\S]*)<\/main>/);
    if (!main) continue;
    const body = main[2].replace(/<div data-pagefind-ignore>[\s\S]*?<\/nav>\s*<\/div>/g, ' ');
    const text = markup => markup.replace(/<\/(p|h\d|li|dt|dd|div|section)>/g, '. ').replace(/<[^>]+>/g, ' ')
      .replace(/&(amp|lt|gt|quot|#x27|#39);/g, e => entities[e]).replace(/\s+/g, ' ').trim();
    records.push({
      url: '/' + page.replace(/index\.html$/, ''),
      content: text(body),
      language: htmlLang(join(site, page)),
      meta: { title: text(body.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '').replace(/\.$/, '') },
      filters: { section: [main[1]] },
    });
  }
  writeFileSync(file, JSON.stringify(records));
  return records.length;
}
