using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Media;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Members;

/// <summary>
/// The member directory, one page per member, and one per category, district and industry that has members
/// (<see cref="MemberGrouping"/>), in every language.
/// </summary>
public static class MemberPages
{
    public static IEnumerable<PageJob> For(RenderContext context)
    {
        foreach (var language in context.Languages)
        {
            yield return Directory(context, language);
            foreach (var member in context.Site.Members) yield return Detail(context, member, language);
            foreach (var facet in MemberGrouping.Of(context.Site))
            {
                foreach (var group in facet.Groups) yield return GroupPage(context, facet, group, language);
            }
        }
    }

    private static PageJob Directory(RenderContext context, Language language) =>
        new(language, SitePaths.Members, null, r => r.RenderAsync<MemberListPage>(DirectoryModel(context, language)));

    private static MemberListViewModel DirectoryModel(RenderContext context, Language language)
    {
        var ui = context.Ui(language);
        var title = ui[UiKeys.MembersTitle];
        var page = context.Contexts.Create(language, SitePaths.Members, title,
            $"{ui[UiKeys.MembersIntro]} {ui.Format(UiKeys.MembersCount, context.Site.Members.Count)}", title, searchable: false);
        var groups = context.Site.MembersByCategory
            .Select(g => new MemberGroup(SlugEnum<MemberCategory>.ToSlug(g.Key), context.Labels.Category(g.Key, language),
                g.Select(m => Card(context, m, language)).ToList()))
            .ToList();
        var categories = context.Site.MembersByCategory
            .Select(g => new FilterOption(SlugEnum<MemberCategory>.ToSlug(g.Key), context.Labels.Category(g.Key, language), g.Count()))
            .ToList();
        var districts = context.Site.Members.Where(m => m.District is not null).GroupBy(m => m.District!.Value).OrderBy(g => g.Key)
            .Select(g => new FilterOption(SlugEnum<District>.ToSlug(g.Key), context.Labels.District(g.Key, language), g.Count()))
            .ToList();
        var dataFiles = new List<TitledLink>
        {
            new(ui[UiKeys.MembersCsv], context.Urls.FileHref(SitePaths.MembersCsv)),
            new(ui[UiKeys.MembersJson], context.Urls.FileHref(SitePaths.MembersJson)),
        };
        var browse = MemberGrouping.Of(context.Site).Select(f => FacetIndex(context, f, null, language)).ToList();
        return new MemberListViewModel(page with { ScriptHrefs = [.. page.ScriptHrefs, context.Contexts.AssetHref("js/directory.js")] },
            context.Site.Members.Count, groups, categories, districts, browse, dataFiles);
    }

    private static FacetIndex FacetIndex(RenderContext context, MemberFacet facet, MemberGrouping? current, Language language) =>
        new(context.Ui(language)[facet.HeadingKey],
            facet.Groups.Select(g => new FacetLink(g.Label(context.Labels, language), context.Href(language, g.Path), g.Members.Count, g == current)).ToList());

    /// <summary>
    /// A group's page shows its members' cards and every group's count: the preview keeps it while its members' files
    /// and the counts are unchanged, so an edit to one member renders only the pages of its own groups again.
    /// </summary>
    private static PageJob GroupPage(RenderContext context, MemberFacet facet, MemberGrouping group, Language language) =>
        new(language, group.Path, null, r => r.RenderAsync<MemberGroupPage>(GroupModel(context, facet, group, language)))
        {
            DependsOn = group.MemberFiles,
            Fingerprint = facet.Counts,
        };

    private static MemberGroupPageViewModel GroupModel(RenderContext context, MemberFacet facet, MemberGrouping group, Language language)
    {
        var ui = context.Ui(language);
        var label = group.Label(context.Labels, language);
        var heading = ui.Format(UiKeys.MemberGroupTitle, label);
        var page = context.Contexts.Create(language, group.Path, heading, $"{heading} {ui.Format(UiKeys.MembersCount, group.Members.Count)}",
            ui[UiKeys.MembersTitle], SitePaths.Members);
        return new MemberGroupPageViewModel(page, ui[facet.HeadingKey], heading, group.Members.Count,
            group.Members.Select(m => Card(context, m, language)).ToList(), FacetIndex(context, facet, group, language),
            context.Href(language, SitePaths.Members));
    }

    private static MemberCard Card(RenderContext context, Member member, Language language) =>
        new(member.Name[language], member.Name[context.Languages.SecondTo(language)], context.Languages.SecondTo(language).Code,
            context.Href(language, SitePaths.Member(member.Id)),
            context.Labels.Category(member.Category, language),
            member.District is { } d ? context.Labels.District(d, language) : null,
            member.Industry is { } i ? context.Labels.Industry(i, language) : null,
            string.Join(' ', member.Name.All),
            SlugEnum<MemberCategory>.ToSlug(member.Category),
            member.District is { } slug ? SlugEnum<District>.ToSlug(slug) : null);

    private static PageJob Detail(RenderContext context, Member member, Language language)
    {
        var path = SitePaths.Member(member.Id);
        var texts = new List<Markdown.MarkdownText>(3);
        foreach (var text in (ReadOnlySpan<Markdown.LocalizedMarkdown?>)[member.Profile, member.OrderClasses, member.Apprenticeships])
        {
            if (text?[language] is { } shown) texts.Add(shown);
        }
        // The model (and its Markdown) is built only when the page is rendered: the preview keeps most pages as they were.
        return new PageJob(language, path, member.Source, r => r.RenderAsync<MemberPage>(Model()))
        {
            Texts = texts,
            OwnMedia = Photo.UsesOn(member.Photo, language),
            DependsOn = [member.Source.Path],
            Aliases = member.Aliases,
            Title = member.Name[language],
        };

        MemberViewModel Model()
        {
            var ui = context.Ui(language);
            var category = context.Labels.Category(member.Category, language);
            var description = ui.Format(UiKeys.MemberDescription, member.Name[language], context.Site.Config.Name[language], category);
            var groupHrefs = MemberGrouping.Containing(context.Site, member).ToDictionary(g => g.Facet, g => context.Href(language, g.Path));
            var page = context.WithPhoto(context.Contexts.Create(language, path, member.Name[language], description, ui[UiKeys.MembersTitle], SitePaths.Members),
                member.Photo, language);
            // The bases it runs, then any other base whose text links to it; every other page linking to it is "mentioned in".
            var linking = context.Links.LinkingTo(language, path);
            var bases = context.Site.Bases
                .Where(b => b.MemberIds.Contains(member.Id))
                .Select(b => new TitledLink(b.Name[language], context.Href(language, SitePaths.Base(b.Id))))
                .Concat(context.TitledLinks(linking.Where(p => p.NeutralPath.StartsWith(SitePaths.Bases, StringComparison.Ordinal))))
                .DistinctBy(l => l.Href)
                .ToList();
            var mentionedIn = context.TitledLinks(linking.Where(p => !p.NeutralPath.StartsWith(SitePaths.Bases, StringComparison.Ordinal)));
            return new MemberViewModel(page, member.Name[language], member.Name[context.Languages.SecondTo(language)], context.Languages.SecondTo(language).Code,
                member.Order, category,
                member.District is { } d ? context.Labels.District(d, language) : null,
                member.Industry is { } i ? context.Labels.Industry(i, language) : null,
                groupHrefs["category"], groupHrefs.GetValueOrDefault("district"), groupHrefs.GetValueOrDefault("industry"),
                member.Website,
                context.Html(member.Profile, language),
                context.Html(member.OrderClasses, language),
                context.Html(member.Apprenticeships, language),
                bases,
                context.Href(language, SitePaths.Members),
                mentionedIn) { PhotoHtml = context.PhotoHtml(member.Photo, language) };
        }
    }
}
