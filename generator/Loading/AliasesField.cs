using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Loading;

/// <summary>
/// Reads the <c>aliases:</c> field every kind with pages of its own accepts: a list of ids the page had before, an id
/// with a leading slash being a former plain page's address at the root. Each part must be an id (it was a web
/// address); whether it may redirect is decided once every page is planned
/// (<see cref="RedirectPlanner"/>).
/// </summary>
public static class AliasesField
{
    public const string Key = "aliases";

    public static IReadOnlyList<PageAlias> Read(FieldReader fields)
    {
        var aliases = new List<PageAlias>();
        foreach (var (value, location) in fields.OptionalStringList(Key))
        {
            var parts = value.Trim().Trim('/').Split('/');
            if (parts.All(Slug.IsValid) && parts.Length <= 2)
            {
                // "/about/" is the root's address; "/news/old/" is the same as "news/old".
                var id = parts.Length == 1 && value.Trim().StartsWith('/') ? "/" + parts[0] : string.Join('/', parts);
                if (aliases.All(a => a.Id != id)) aliases.Add(new PageAlias(id, location));
                continue;
            }
            var suggestion = string.Join('/', parts.Select(p => Slug.Suggest(p, "old-name")).TakeLast(2));
            fields.Diagnostics.Error(location, Catalogue.NotAFormerId(Key, value, suggestion));
        }
        return aliases;
    }
}
