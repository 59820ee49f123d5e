namespace Weihai.Generator.Kinds;

/// <summary>What each kind loaded, keyed by the kind; typed access goes through <see cref="ContentKind{T}.Of"/>.</summary>
public sealed class ContentSet
{
    private readonly Dictionary<ContentKind, object> _byKind = [];

    internal void Set(ContentKind kind, object content)
    {
        lock (_byKind) _byKind[kind] = content;
    }

    public bool Has(ContentKind kind) => _byKind.ContainsKey(kind);

    internal T? Find<T>(ContentKind<T> kind) where T : class => _byKind.TryGetValue(kind, out var content) ? (T)content : null;
}
