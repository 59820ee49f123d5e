namespace Weihai.Generator.Kinds;

/// <summary>How a kind's files sit under <c>content/</c>.</summary>
public enum FileLayout
{
    /// <summary>One YAML file per item in the kind's folder: <c>members/&lt;id&gt;.yml</c>.</summary>
    YamlPerItem,

    /// <summary>One Markdown file per item and language: <c>stories/&lt;id&gt;.&lt;lang&gt;.md</c>.</summary>
    MarkdownPerItemAndLanguage,

    /// <summary>One YAML file per language of the site, in the kind's folder: <c>i18n/&lt;lang&gt;.yml</c>.</summary>
    YamlPerLanguage,

    /// <summary>A single YAML file at the kind's path: <c>site.yml</c>, <c>data/plan.yml</c>.</summary>
    SingleYaml,
}
