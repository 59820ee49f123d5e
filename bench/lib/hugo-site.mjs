// Converts a content folder (the real one or a synthetic corpus) into a Hugo site with the same members, stories,
// news and plain pages in both languages, for the benchmark to build with Hugo and bench/hugo-theme/. Chinese is the
// default language at the root and English is under /en/, as on our site. Not timed: only the builds are.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError, repository } from './common.mjs';

let YAML;
try {
  YAML = (await import('yaml')).default;
} catch {
  throw new BenchError("The npm package 'yaml' is missing: run 'npm ci' in the repository (./build.sh and ./test.sh do).");
}

// Our language codes and Hugo's language keys (Hugo's are lower case; they also name the content files).
const languages = [
  { code: 'zh-CN', key: 'zh-cn', name: '中文', ogLocale: 'zh_CN', prefix: '' },
  { code: 'en', key: 'en', name: 'English', ogLocale: 'en_US', prefix: '/en' },
];
// The interface text the theme uses, taken from the content's own i18n files.
const uiKeys = [
  'skip_to_content', 'main_navigation', 'language_switch_label', 'footer_organiser', 'footer_contact', 'members_title',
  'members_intro', 'member_category', 'member_district', 'member_industry', 'member_website', 'member_order',
  'back_to_members', 'stories_title', 'news_title', 'story_byline', 'list_empty',
];

/** Writes the Hugo site for <content> into <site> (replacing it) and returns how many content files it wrote. */
export function writeHugoSite(content, site) {
  rmSync(site, { recursive: true, force: true });
  const read = path => YAML.parse(readFileSync(join(content, path), 'utf8'));
  const config = read('site.yml');
  const ui = Object.fromEntries(languages.map(l => [l.code, read(join('i18n', `${l.code}.yml`))]));
  // The kinds in the schema's order, which is the order the member list shows them in (synthetic corpora have no schemas/).
  const categories = JSON.parse(readFileSync(join(repository, 'content', 'schemas', 'member.schema.json'), 'utf8')).properties.category.enum;

  writeJson(join(site, 'hugo.json'), siteConfig(config));
  for (const language of languages) {
    const strings = Object.fromEntries(uiKeys.map(key => [key, ui[language.code][key]]));
    writeJson(join(site, 'i18n', `${language.key}.json`), strings);
  }

  let files = 0;
  const write = (path, text) => {
    const full = join(site, 'content', path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    files++;
  };
  for (const [section, titleKey] of [['members', 'members_title'], ['stories', 'stories_title'], ['news', 'news_title']]) {
    for (const language of languages) write(join(section, `_index.${language.key}.md`), frontMatter({ title: ui[language.code][titleKey] }));
  }

  for (const file of readdirSync(join(content, 'members')).filter(f => f.endsWith('.yml')).sort()) {
    const member = read(join('members', file));
    if (member.draft) continue;
    for (const language of languages) write(join('members', `${member.id}.${language.key}.md`), memberPage(member, language, ui[language.code], categories));
  }
  // Stories, news and plain pages are Markdown with YAML front matter already, one file per language.
  for (const [folder, target] of [['stories', 'stories'], ['news', 'news'], ['pages', '']]) {
    for (const file of readdirSync(join(content, folder)).filter(f => f.endsWith('.md')).sort()) {
      const language = languages.find(l => file.endsWith(`.${l.code}.md`));
      if (!language) continue;
      const id = file.slice(0, -`.${language.code}.md`.length);
      write(join(target, `${id}.${language.key}.md`), localLinks(readFileSync(join(content, folder, file), 'utf8'), language));
    }
  }
  return files;
}

function siteConfig(config) {
  return {
    baseURL: 'https://example.test/',
    defaultContentLanguage: 'zh-cn',
    defaultContentLanguageInSubdir: false,
    // Our site has no taxonomies; Hugo's RSS and sitemaps stay on, as ours writes feeds and sitemaps.
    disableKinds: ['taxonomy', 'term'],
    themesDir: join(repository, 'bench'),
    theme: 'hugo-theme',
    paginate: 20,
    enableRobotsTXT: true,
    // Our Markdown may hold the HTML our generator allows; Hugo drops raw HTML unless told.
    markup: { goldmark: { renderer: { unsafe: true } } },
    languages: Object.fromEntries(languages.map((language, index) => [language.key, {
      languageCode: language.code,
      languageName: language.name,
      title: config.name[language.code],
      weight: index + 1,
      params: {
        description: config.description[language.code],
        organiser: config.organiser[language.code],
        contact: config.contact[language.code],
        ogLocale: language.ogLocale,
      },
      menus: {
        main: config.nav.map((item, i) => ({ identifier: item.path, name: item.title[language.code], url: language.prefix + item.path, weight: i + 1 })),
      },
    }])),
  };
}

/** A member's page: its fields as parameters, its profile, order classes and apprenticeships as the body. */
function memberPage(member, language, ui, categories) {
  const label = (kind, slug) => (slug ? ui[`${kind}.${slug}`] ?? slug : undefined);
  const text = field => member[field]?.[language.code]?.trim();
  const body = [text('profile') ?? ui.member_no_profile];
  if (text('order_classes')) body.push(`## ${ui.member_order_classes}`, text('order_classes'));
  if (text('apprenticeships')) body.push(`## ${ui.member_apprenticeships}`, text('apprenticeships'));
  return frontMatter({
    title: member.name[language.code],
    weight: member.order,
    category: label('category', member.category),
    category_order: categories.indexOf(member.category),
    district: label('district', member.district),
    industry: label('industry', member.industry),
    website: member.website,
  }) + localLinks(body.join('\n\n'), language) + '\n';
}

/** JSON front matter (Hugo reads a file that starts with '{' as JSON): no quoting rules to get wrong. */
function frontMatter(fields) {
  return JSON.stringify(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)), null, 1) + '\n\n';
}

/** Site links in Markdown name the Chinese path; an English page links to the English one, as our generator does. */
function localLinks(markdown, language) {
  return language.prefix === '' ? markdown : markdown.replaceAll('](/', `](${language.prefix}/`);
}

function writeJson(path, value) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}
