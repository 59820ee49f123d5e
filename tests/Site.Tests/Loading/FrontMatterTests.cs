using Weihai.Generator.Languages;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Stories;
using Weihai.Tests.Support;

namespace Weihai.Tests.Loading;

public class FrontMatterTests
{
    [Fact]
    public void Reports_front_matter_problems_at_the_real_file_line()
    {
        // Line 1 is '---', so the YAML's line 2 is the file's line 3.
        var (story, diagnostics) = Load.Text("content/stories/s.zh-CN.md", """
            ---
            title: 标题
            date: 2026-02-30
            descripton: 摘要
            ---

            正文。
            """, StoryLoader.Load);

        Assert.Null(story);
        Assert.Equal(
        [
            "content/stories/s.zh-CN.md:3:7: error: '2026-02-30' in 'date' is not a date. Write dates as YYYY-MM-DD, e.g. 'date: 2026-07-01'.",
            "content/stories/s.zh-CN.md:4:1: error: unknown field 'descripton' in the front matter. Did you mean 'description'? It is required and missing.",
        ], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Reads_id_and_language_from_the_file_name_and_positions_body_links()
    {
        var (story, diagnostics) = Load.Text("content/stories/first-story.en.md", """
            ---
            title: A story
            description: About it.
            peer_region: true
            ---

            Read [the plan](/plan/).
            """, StoryLoader.Load);

        Assert.Empty(diagnostics);
        Assert.Equal("first-story", story!.Content.Id);
        Assert.Equal(KnownLanguages.English, story.Content.Language);
        Assert.True(story.PeerRegion);
        Assert.Equal("content/stories/first-story.en.md:7:17", story.Content.Body.Links.Single().Location.ToString());
    }

    [Fact]
    public void Rejects_a_file_name_without_a_language()
    {
        var (page, diagnostics) = Load.Text("content/pages/about.md", "---\ntitle: x\ndescription: y\n---\n", PageLoader.Load);

        Assert.Null(page);
        Assert.Equal("content/pages/about.md:1:1: error: the file name does not say which language the file is in. Name it 'about.zh-CN.md' for Chinese or 'about.en.md' for English.",
            diagnostics.Single().ToString());
    }
}
