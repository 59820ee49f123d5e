namespace Weihai.Generator.Media;

/// <summary>An image's copies as published: each with its address in the output ("assets/media/workshop-640.3f2a1c9d0b.webp").</summary>
public sealed record PublishedImage(int Width, int Height, IReadOnlyList<(ImageVariant Variant, string Path)> Copies, string SharePath);

/// <summary>A document as published: its address in the output, the type a link names and its size.</summary>
public sealed record PublishedDocument(string Path, string Label, long Bytes);

/// <summary>Every published media file by its display path, which is how pages ask for them.</summary>
public sealed class MediaCatalogue(IReadOnlyDictionary<string, PublishedImage> images, IReadOnlyDictionary<string, PublishedDocument> documents)
{
    public static readonly MediaCatalogue Empty = new(new Dictionary<string, PublishedImage>(), new Dictionary<string, PublishedDocument>());

    public PublishedImage Image(string displayPath) =>
        images.TryGetValue(displayPath, out var image) ? image : throw new InvalidOperationException($"{displayPath} was not published as an image: the media checks let it through.");

    public PublishedDocument Document(string displayPath) =>
        documents.TryGetValue(displayPath, out var document) ? document : throw new InvalidOperationException($"{displayPath} was not published as a document: the media checks let it through.");
}
