namespace Weihai.Generator.Messages;

/// <summary>
/// The languages the generator speaks to editors in: its messages, summaries and help. Not the site's languages: a
/// site with Korean pages is still edited by people who read Chinese or English.
/// </summary>
public enum EditorLanguage
{
    English,
    Chinese,
}
