using System.CommandLine;

namespace Weihai.Generator.Cli;

/// <summary>The options build, check and preview share, defined once.</summary>
public sealed class SiteOptions
{
    public Option<string> Content { get; } = new("--content")
    {
        Description = "The folder that holds site.yml, i18n/, members/ ... (default: content)",
        DefaultValueFactory = _ => "content",
    };

    public Option<string> Output { get; } = new("--output")
    {
        Description = "The folder the site is written to; replaced only when the whole build succeeds (default: output)",
        DefaultValueFactory = _ => "output",
    };

    public SiteOptions()
    {
        // The output is replaced by a folder: a file in its place would only fail once the whole site is built.
        Output.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            if (File.Exists(path))
                result.AddError($"the output path '{path}' is a file, but the site is written to a folder there. Choose a folder with --output, or move the file away.");
        });
    }

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "Where the site is served, e.g. https://www.example.gov.cn/ or https://host/sub/path/ (default: base_url in site.yml)",
    };

    public Option<bool> NoSearch { get; } = new("--no-search")
    {
        Description = "Skip the search index (Pagefind): faster, for checks and benchmarks; the search page then says search is unavailable",
    };

    public Option<bool> NoIndex { get; } = new("--noindex")
    {
        Description = "Ask search engines not to index this build (deploy previews): X-Robots-Tag: noindex on every page and a robots.txt that disallows all",
    };

    public Option<bool> Drafts { get; } = new("--drafts")
    {
        Description = "Also build content marked 'draft: true' (for previews, never for production)",
    };
}
