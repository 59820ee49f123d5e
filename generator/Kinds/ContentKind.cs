using Weihai.Generator.Members;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Stories;
namespace Weihai.Generator.Kinds;

/// <summary>The kinds of content file the <c>new</c> command starts: where each lives and whether it has one file per language.</summary>
public sealed record ContentKind(string Name, string Folder, bool OneFilePerLanguage, string SchemaFile)
{
    public static readonly ContentKind Member = new("member", "members", OneFilePerLanguage: false, "member.schema.json");
    public static readonly ContentKind Story = new("story", "stories", OneFilePerLanguage: true, "story.schema.json");
    public static readonly ContentKind News = new("news", "news", OneFilePerLanguage: true, "news.schema.json");
    public static readonly ContentKind Page = new("page", "pages", OneFilePerLanguage: true, "page.schema.json");

    public static readonly IReadOnlyList<ContentKind> All = [Member, Story, News, Page];

    public static ContentKind? FromName(string name) => All.FirstOrDefault(k => k.Name == name);
}
