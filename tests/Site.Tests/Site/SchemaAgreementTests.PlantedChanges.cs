using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Weihai.Generator.Loading;
using Weihai.Generator.Members;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Stories;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;
/// <summary>
/// The planted half of the agreement: valid files changed one way at a time (a mistake, every optional field, a
/// known difference), each written into a fixture site and judged by both the schema and the generator.
/// </summary>
public partial class SchemaAgreementTests
{
    /// <summary>A content file written into a fixture site, and what the schema and the generator should say of it.</summary>
    /// <param name="Alone">Checked in a site of its own: the generator sees it only after loading succeeded.</param>
    private sealed record Case(string Name, string Path, string Text, bool SchemaAccepts, bool GeneratorAccepts, bool Alone = false)
    {
        public override string ToString() => $"{Name} ({Path})";
    }

    private const string Member = """
        # yaml-language-server: $schema=../schemas/member.schema.json
        id: {id}
        order: 50
        name:
          zh-CN: 测试单位 {id}
          en: Test unit {id}
        category: enterprise

        """;

    private const string Base = """
        # yaml-language-server: $schema=../schemas/base.schema.json
        id: {id}
        kind: craftsman-college
        name:
          zh-CN: 测试基地 {id}
          en: Test base {id}
        summary:
          zh-CN: 一个测试基地。
          en: A test base.

        """;

    private const string Model = """
        # yaml-language-server: $schema=../schemas/model.schema.json
        id: {id}
        plan_point: 1
        name:
          zh-CN: 测试模式 {id}
          en: Test model {id}
        summary:
          zh-CN: 一个测试模式。
          en: A test model.

        """;

    private const string Story = """
        ---
        # yaml-language-server: $schema=../schemas/story.schema.json
        title: 测试案例
        description: 一个测试案例。
        ---

        正文。

        """;

    private const string News = """
        ---
        # yaml-language-server: $schema=../schemas/news.schema.json
        title: 测试新闻
        description: 一条测试新闻。
        date: 2026-07-01
        ---

        正文。

        """;

    private const string Page = """
        ---
        # yaml-language-server: $schema=../schemas/page.schema.json
        title: 测试页面
        description: 一个测试页面。
        ---

        正文。

        """;

    private const string SiteSettings = """
        # yaml-language-server: $schema=./schemas/site.schema.json
        name:
          zh-CN: 测试站点
          en: Test Site
        description:
          zh-CN: 用于测试的站点。
          en: A site for the tests.
        base_url: https://example.test/
        organiser:
          zh-CN: 测试主办单位
          en: Test Organiser
        contact:
          zh-CN: 测试联系单位
          en: Test Contact
        nav:
          - path: /members/
            title:
              zh-CN: 成员单位
              en: Members

        """;

    private const string Figures = """
        # yaml-language-server: $schema=../schemas/figures.schema.json
        figures:
          - id: test-units
            value: 5
            display:
              zh-CN: "5"
              en: "5"
            unit:
              zh-CN: 家
              en: units
            label:
              zh-CN: 测试单位
              en: Test units
            source: test.txt
            quote: 共5家
            region:
              zh-CN: 威海市
              en: Weihai
        charts:
          - id: test-chart
            title:
              zh-CN: 测试图表
              en: Test chart
            bars:
              - figure: test-units
                label:
                  zh-CN: 单位
                  en: Units

        """;

    /// <summary>Written into every site, so models and page blocks have a plan to refer to.</summary>
    private const string Plan = """
        # yaml-language-server: $schema=../schemas/plan.schema.json
        text_page: /about/
        policies:
          - number:
              zh-CN: 测试〔2026〕1号
              en: Ce Shi [2026] No. 1
            title:
              zh-CN: 测试文件
              en: Test document
        goals:
          - year: 2026
            text:
              zh-CN: 测试目标。
              en: A test goal.
        work_areas:
          - number: 1
            title:
              zh-CN: 测试任务
              en: Test work area
            points:
              - number: 1
                title:
                  zh-CN: 测试要点
                  en: Test point
                text:
                  zh-CN: 测试要点原文。
                  en: The test point's text.
        safeguards:
          - number: 1
            title:
              zh-CN: 测试保障
              en: Test safeguard
            text:
              zh-CN: 测试保障原文。
              en: The test safeguard's text.
        governance:
          council:
            name:
              zh-CN: 理事会
              en: Council
          standing_council:
            name:
              zh-CN: 常务理事会
              en: Standing council

        """;

    private static Func<string, string> Replace(string from, string to) => text =>
    {
        Assert.True(text.Contains(from, StringComparison.Ordinal), $"the planted change does not apply: '{from}' is not in the file");
        return text.Replace(from, to, StringComparison.Ordinal);
    };

    private static Func<string, string> Add(string lines) => text => text + lines;

    /// <summary>A line added at the end of Markdown front matter.</summary>
    private static Func<string, string> Field(string lines) => Replace("\n---\n", $"\n{lines}\n---\n");

    private static Func<string, string> Unchanged => text => text;

    /// <summary>One file per change, named after it: content/members/member-an-unknown-field.yml.</summary>
    private static IEnumerable<Case> In(string folder, string kind, string template, bool schemaAccepts, bool generatorAccepts,
        params (string Name, Func<string, string> Change)[] changes) =>
        changes.Select(change =>
        {
            var id = $"{kind}-{Slug.Suggest(change.Name, "case")}";
            var path = template.StartsWith("---", StringComparison.Ordinal) ? $"content/{folder}/{id}.zh-CN.md" : $"content/{folder}/{id}.yml";
            return new Case($"{kind}: {change.Name}", path, change.Change(template).Replace("{id}", id, StringComparison.Ordinal), schemaAccepts, generatorAccepts);
        });

    /// <summary>Changes to one of the single files (site.yml, figures.yml, plan.yml): each is checked in its own site.</summary>
    private static IEnumerable<Case> OneFile(string path, string template, bool schemaAccepts, bool generatorAccepts,
        params (string Name, Func<string, string> Change)[] changes) =>
        changes.Select(change => new Case($"{Path.GetFileName(path)}: {change.Name}", path, change.Change(template), schemaAccepts, generatorAccepts));

    private static IEnumerable<Case> Mistakes() =>
    [
        .. In("members", "member", Member, false, false,
            ("no name", Replace("name:\n  zh-CN: 测试单位 {id}\n  en: Test unit {id}\n", "")),
            ("an unknown field", Add("phone: 0631-1234567\n")),
            ("an unknown category", Replace("category: enterprise", "category: company")),
            ("an unknown district", Add("district: weihai\n")),
            ("an unknown industry", Add("industry: fishing\n")),
            ("an id with capitals", Replace("id: {id}", "id: Test_Unit")),
            ("a name without English", Replace("  en: Test unit {id}\n", "")),
            ("a blank Chinese name", Replace("zh-CN: 测试单位 {id}", "zh-CN: \" \"")),
            ("an order in words", Replace("order: 50", "order: fifty")),
            ("a negative order", Replace("order: 50", "order: -1")),
            ("a website without https", Add("website: www.example.com\n")),
            ("a profile in one language only", Add("profile:\n  zh-CN: 单位简介。\n")),
            ("a profile as a single text", Add("profile: 单位简介。\n")),
            ("draft maybe", Add("draft: maybe\n")),
            ("a photo without its file", Add("photo:\n  alt:\n    zh-CN: 车间\n    en: The workshop\n")),
            ("a photo alt in one language only", Add("photo:\n  file: ../media/photo.jpg\n  alt:\n    zh-CN: 车间\n")),
            ("a photo alt as a single text", Add("photo:\n  file: ../media/photo.jpg\n  alt: 车间\n")),
            ("a photo with neither alt nor decorative", Add("photo:\n  file: ../media/photo.jpg\n"))),
        .. In("bases", "base", Base, false, false,
            ("no kind", Replace("kind: craftsman-college\n", "")),
            ("an unknown field", Add("address: 威海市\n")),
            ("an unknown kind", Replace("kind: craftsman-college", "kind: academy")),
            ("a field without English", Add("fields:\n  - zh-CN: 人工智能\n")),
            ("members as one text", Add("members: weihai-technician-college\n")),
            ("a plan point in words", Add("plan_point: one\n")),
            ("a photo as a path alone", Add("photo: ../media/photo.jpg\n"))),
        new Case("base: a member id with capitals", "content/bases/base-member-capitals.yml",
            Add("members:\n  - Weihai-Technician-College\n")(Base).Replace("{id}", "base-member-capitals", StringComparison.Ordinal), false, false, Alone: true),
        .. In("models", "model", Model, false, false,
            ("no plan point", Replace("plan_point: 1\n", "")),
            ("an id with a space", Replace("id: {id}", "id: order classes")),
            ("a fractional plan point", Replace("plan_point: 1", "plan_point: 1.5")),
            ("no summary", Replace("summary:\n  zh-CN: 一个测试模式。\n  en: A test model.\n", "")),
            ("a misspelt field", Replace("summary:", "summry:"))),
        .. In("stories", "story", Story, false, false,
            ("no title", Replace("title: 测试案例\n", "")),
            ("a date in month 13", Field("date: 2026-13-45")),
            ("a date written 07/01/2026", Field("date: 07/01/2026")),
            ("peer_region maybe", Field("peer_region: maybe")),
            ("draft yes", Field("draft: yes")),
            ("an unknown field", Field("author: 王一"))),
        .. In("news", "news", News, false, false,
            ("no description", Replace("description: 一条测试新闻。\n", "")),
            ("the 30th of February", Replace("date: 2026-07-01", "date: 2026-02-30")),
            ("a list of sources", Field("source: [市人社局, 市教育局]"))),
        .. In("pages", "page", Page, false, false,
            ("no title", Replace("title: 测试页面\n", "")),
            ("an unknown block", Field("blocks: [goals, timeline]")),
            ("blocks as one text", Field("blocks: goals")),
            ("a document date in words", Field("document:\n  written: 二〇二六年七月一日")),
            ("an unknown document field", Field("document:\n  signed: 王一"))),
        .. OneFile("content/site.yml", SiteSettings, false, false,
            ("no organiser", Replace("organiser:\n  zh-CN: 测试主办单位\n  en: Test Organiser\n", "")),
            ("a name without English", Replace("  en: Test Site\n", "")),
            ("an unknown field", Add("slogan: 技能成就未来\n")),
            ("an unknown filing number", Add("filing:\n  beian: 12345\n")),
            ("a navigation entry without a path", Replace("  - path: /members/\n    title:", "  - title:"))),
        new Case("site.yml: a base URL without https", "content/site.yml", Replace("base_url: https://example.test/", "base_url: example.test")(SiteSettings), false, false, Alone: true),
        .. OneFile("content/data/figures.yml", Figures, false, false,
            ("a figure without its quote", Replace("    quote: 共5家\n", "")),
            ("a value with a thousands separator", Replace("value: 5", "value: 5,000")),
            ("an unknown topic", Replace("    quote: 共5家\n", "    quote: 共5家\n    topic: workshop\n")),
            ("a chart without bars", Replace("    bars:\n      - figure: test-units\n        label:\n          zh-CN: 单位\n          en: Units\n", "    bars: []\n"))),
        .. OneFile("content/data/plan.yml", Plan, false, false,
            ("a goal year in words", Replace("year: 2026", "year: 二〇二六")),
            ("governance without the standing council", Replace("  standing_council:\n    name:\n      zh-CN: 常务理事会\n      en: Standing council\n", "")),
            ("a work point without its text", Replace("        text:\n          zh-CN: 测试要点原文。\n          en: The test point's text.\n", "")),
            ("an unknown field in the council", Replace("  council:\n", "  council:\n    chair: 王一\n"))),
    ];

    private static IEnumerable<Case> GoodFiles() =>
    [
        .. In("members", "member", Member, true, true,
            ("the template", Unchanged),
            ("every optional field", Add("""
                district: rongcheng
                industry: hospitality
                website: https://www.example.com/
                profile:
                  zh-CN: |
                    见[威海技师学院](/members/weihai-technician-college/)。
                  en: |
                    See [Weihai Technician College](/members/weihai-technician-college/).
                order_classes:
                  zh-CN: 订单班。
                  en: Order classes.
                apprenticeships:
                  zh-CN: 学徒制。
                  en: Apprenticeships.
                draft: false

                """)),
            ("a draft", Add("draft: true\n")),
            ("optional fields left empty", Add("district:\nindustry:\nwebsite:\nprofile:\n")),
            ("a photo", Add("photo:\n  file: ../media/photo.jpg\n  alt:\n    zh-CN: 车间里的学员\n    en: Trainees in the workshop\n")),
            ("a decorative photo", Add("photo:\n  file: ../media/photo.jpg\n  decorative: true\n"))),
        .. In("bases", "base", Base, true, true,
            ("the template", Unchanged),
            ("every optional field", Add("""
                description:
                  zh-CN: 基地介绍。
                  en: About the base.
                fields:
                  - zh-CN: 人工智能
                    en: Artificial intelligence
                members:
                  - weihai-technician-college
                plan_point: 1
                photo:
                  file: ../media/photo.jpg
                  alt:
                    zh-CN: 基地的车间
                    en: The base's workshop

                """))),
        .. In("models", "model", Model, true, true,
            ("the template", Unchanged),
            ("a description", Add("description:\n  zh-CN: 做法。\n  en: How it is run.\n"))),
        .. In("stories", "story", Story, true, true,
            ("the template", Unchanged),
            ("every optional field", Field("date: 2026-07-01\ndraft: false\nbyline: 王一\nregion: 威海市\npeer_region: false"))),
        .. In("news", "news", News, true, true,
            ("the template", Unchanged),
            ("a source", Field("source: 威海市人力资源和社会保障局"))),
        .. In("pages", "page", Page, true, true,
            ("the template", Unchanged),
            ("an official document with plan blocks", Field("blocks: [goals, work-areas]\ndocument:\n  issuer: 测试机关\n  written: 2026-07-01\n  published: 2026-07-02\n  disclosure: 此件主动公开\n  contact: 测试联系单位")),
            ("a photo", Field("photo:\n  file: ../media/photo.jpg\n  alt: 车间里的学员"))),
        .. OneFile("content/site.yml", SiteSettings, true, true,
            ("every optional field, the website code as digits", Add("undertaker:\n  zh-CN: 测试承办单位\n  en: Test Operator\nfiling:\n  site_code: 3710000001\n  icp: 鲁ICP备12345678号\n  police: 鲁公网安备37100202000123号\n"))),
        .. OneFile("content/data/figures.yml", Figures, true, true,
            ("a key figure with its year and topic", Replace("    quote: 共5家\n", "    quote: 共5家\n    year: 2025\n    topic: craftsman-college\n    key: true\n"))),
        .. OneFile("content/data/plan.yml", Plan, true, true,
            ("the whole governance", Add("""
                  committees:
                    - name:
                        zh-CN: 测试委员会
                        en: Test committee
                  leading_role:
                    zh-CN: 引领。
                    en: Leading.

                """))),
        new Case("zh-CN.yml: an interface text the theme does not use (the generator only warns)", "content/i18n/zh-CN.yml",
            File.ReadAllText(Path.Combine(RepoPaths.Content, "i18n", "zh-CN.yml")) + "unused_text: 多余的文字\n", true, true),
    ];

    /// <summary>Where the schema (YAML 1.2 as the editor reads it) and the generator judge differently, on purpose or not.</summary>
    private static IEnumerable<Case> KnownDifferences() =>
    [
        // The schema is stricter: it asks for what the generator takes silently.
        .. In("stories", "story", Story, false, true,
            ("a required text left empty in quotes", Replace("title: 测试案例", "title: \"\"")),
            ("a text YAML reads as a number", Replace("title: 测试案例", "title: 2026"))),
        .. OneFile("content/site.yml", SiteSettings, false, true,
            ("an optional bilingual field in one language (the generator leaves it out)", Add("undertaker:\n  zh-CN: 测试承办单位\n"))),
        // The schema is looser: YAML 1.2 reads these as empty, true and 5; the generator reads the words as written.
        .. In("members", "member", Member, true, false,
            ("null written out", Add("district: null\n")),
            ("True with a capital", Add("draft: True\n"))),
        .. OneFile("content/data/figures.yml", Figures, true, false,
            ("a value in exponent form", Replace("value: 5", "value: 5e0"))),
    ];

    [Fact]
    public void Planted_mistakes_are_rejected_by_both_the_schema_and_the_generator() => AssertJudged(Mistakes());

    [Fact]
    public void Valid_files_with_every_optional_field_are_accepted_by_both() => AssertJudged(GoodFiles());

    [Fact]
    public void The_known_differences_between_the_schema_and_the_generator_are_still_as_listed() => AssertJudged(KnownDifferences());

    [Fact]
    public void The_files_new_starts_pass_the_schemas_their_modelines_name()
    {
        using var site = NewSite();
        var created = new[] { "member", "story", "news", "page" }
            .Select(kind => GeneratorCli.Run(site.Root, "new", kind, "schema-draft"))
            .SelectMany(r => r.StandardOutput.Split('\n').Where(l => l.StartsWith("Created ", StringComparison.Ordinal)))
            .Select(l => Path.Combine(site.Root, l["Created ".Length..].Trim()))
            .ToList();
        Assert.Equal(7, created.Count); // a member, and two languages of each article
        var verdicts = SchemaCheck.Run(created.Select(f => (f, (string?)null)));
        Assert.All(verdicts, v => Assert.True(v.Valid && v.Schema is not null, v.ToString()));
    }

    private static readonly ParallelOptions Workers = new() { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) };

    /// <summary>The minimal site with the schemas where content/schemas/ is in the repository and a plan to refer to.</summary>
    private static FixtureSite NewSite()
    {
        var site = FixtureSite.From("minimal");
        foreach (var schema in Directory.EnumerateFiles(SchemaFolder, "*.json"))
            site.Write(Path.Combine("content", "schemas", Path.GetFileName(schema)), File.ReadAllText(schema));
        site.Write("content/data/plan.yml", Plan);
        // The photo the planted photo fields show (content/media/photo.jpg, from content/members/ and content/bases/).
        TestImages.Jpeg(Path.Combine(site.Content, "media", "photo.jpg"), 400, 300);
        return site;
    }

    /// <summary>
    /// Writes the cases into as few fixture sites as possible (one file per path and site; files the generator should
    /// accept only with others it should accept, so that its checks across files run), runs `check` on each site and
    /// the schema check on every file at once, and compares both verdicts with the expected ones.
    /// </summary>
    private static void AssertJudged(IEnumerable<Case> caseList)
    {
        var cases = caseList.ToList();
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        var groups = new List<List<Case>>();
        foreach (var item in cases)
        {
            var group = item.Alone ? null : groups.FirstOrDefault(g => !g[0].Alone && g[0].GeneratorAccepts == item.GeneratorAccepts && g.All(c => c.Path != item.Path));
            if (group is null) groups.Add([item]);
            else group.Add(item);
        }

        var sites = new ConcurrentDictionary<int, (FixtureSite Site, GeneratorVerdict Result)>();
        try
        {
            Parallel.For(0, groups.Count, Workers, i =>
            {
                var site = NewSite();
                foreach (var item in groups[i]) site.Write(item.Path, item.Text);
                sites[i] = (site, Check(site));
            });

            var problems = new List<string>();
            var generator = new Dictionary<Case, bool>();
            for (var i = 0; i < groups.Count; i++)
            {
                var (_, result) = sites[i];
                var named = result.Named;
                if (groups[i][0].GeneratorAccepts && result.Rejected)
                    problems.Add($"The site with {string.Join(", ", groups[i])} should build, but the check says: {result.Said}");
                if (!groups[i][0].GeneratorAccepts && !result.Rejected)
                    problems.Add($"The check should fail on the site with {string.Join(", ", groups[i])}: {result.Said}");
                foreach (var item in groups[i]) generator[item] = !named.Contains(item.Path);
            }

            var files = groups.SelectMany((g, i) => g.Select(item => (Case: item, File: Path.Combine(sites[i].Site.Root, item.Path)))).ToList();
            var verdicts = SchemaCheck.Run(files.Select(f => (f.File, (string?)null)));
            foreach (var ((item, _), verdict) in files.Zip(verdicts))
            {
                if (verdict.Schema is null) problems.Add($"{item}: names no schema");
                if (verdict.Valid != item.SchemaAccepts)
                    problems.Add($"{item}: the schema should {(item.SchemaAccepts ? "accept" : "reject")} it: {verdict}");
                if (generator[item] != item.GeneratorAccepts)
                    problems.Add($"{item}: the generator should {(item.GeneratorAccepts ? "accept" : "reject")} it, but it {(generator[item] ? "does not name the file" : "names the file")}");
            }
            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }
        finally
        {
            foreach (var (site, _) in sites.Values) site.Dispose();
        }
    }
}
