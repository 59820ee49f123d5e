using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Output;

namespace Weihai.Generator.Media;

/// <summary>
/// The Media phase: makes (or finds in the cache) every checked image's copies and adds them, with every checked
/// document, to the site's files. Images get fingerprinted names under <c>assets/media/</c>, cached for a year like
/// the theme's assets; documents keep their path (<c>media/forms/sign-up.pdf</c>), an address that can be shared.
/// </summary>
public static class MediaPublisher
{
    public const string ImagesFolder = "assets/media";

    public static MediaCatalogue Publish(IReadOnlyList<CheckedMedia> media, ImageProcessor processor, SiteOutput files, DiagnosticBag diagnostics)
    {
        if (media.Count == 0) return MediaCatalogue.Empty;
        var images = new Dictionary<string, PublishedImage>(StringComparer.Ordinal);
        var documents = new Dictionary<string, PublishedDocument>(StringComparer.Ordinal);
        var imageFiles = media.Where(m => m.Type.IsImage).ToList();
        var processed = new ProcessedImage?[imageFiles.Count];
        // libvips works each image on several threads itself; a few images at a time keep every core busy without
        // holding many decoded photos in memory at once.
        Parallel.For(0, imageFiles.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2) },
            i => processed[i] = processor.Process(imageFiles[i].FullPath, imageFiles[i].ImageKey!));
        for (var i = 0; i < imageFiles.Count; i++)
        {
            var file = imageFiles[i];
            if (processed[i] is not { } image)
            {
                foreach (var use in file.Uses) diagnostics.Error(use.Location, Catalogue.ImageCorrupt(file.DisplayPath));
                continue;
            }
            images[file.DisplayPath] = Add(image, file, files);
        }
        foreach (var file in media.Where(m => !m.Type.IsImage))
        {
            var path = MediaFolder.Name + "/" + file.Inside;
            files.Add(path, File.ReadAllBytes(file.FullPath));
            documents[file.DisplayPath] = new PublishedDocument(path, file.Type.Label, file.Length);
        }
        return new MediaCatalogue(images, documents);
    }

    private static PublishedImage Add(ProcessedImage image, CheckedMedia file, SiteOutput files)
    {
        var stem = Path.GetFileNameWithoutExtension(file.Inside);
        var fingerprint = image.Key[..10];
        string Put(ImageVariant variant, string size)
        {
            var path = $"{ImagesFolder}/{stem}-{size}.{fingerprint}.{variant.Format}";
            // The same photo under the same name in two folders makes the same copies: publish them once.
            if (!files.Contains(path)) files.Add(path, File.ReadAllBytes(variant.CacheFile));
            return path;
        }
        var copies = image.Variants.Select(v => (v, Put(v, v.Width.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        var largest = image.Variants.MaxBy(v => v.Width)!;
        return new PublishedImage(largest.Width, largest.Height, copies, Put(image.Share, "share"));
    }
}
