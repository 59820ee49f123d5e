using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Media;

/// <summary>
/// Checks every file editors referred to, before any page is rendered, each problem reported where the file is
/// referred to: the path must be in content/media/, the file must exist, have an allowed type and name, be within its
/// size limit and really be of its type (an image by its header: nothing is decoded here), and an image needs its
/// text alternative or an explicit decorative mark.
/// </summary>
public static class MediaChecks
{
    public static IReadOnlyList<CheckedMedia> Check(IEnumerable<MediaUse> uses, MediaFolder folder, DiagnosticBag diagnostics)
    {
        // The same photo field is on the page of every language: one use, one report.
        var distinct = uses.DistinctBy(u => (u.Location, u.ResolvedPath, u.Kind)).ToList();
        var files = new List<CheckedMedia>();
        foreach (var file in distinct.GroupBy(u => u.ResolvedPath, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var inFolder = file.Where(u => folder.Holds(u.ResolvedPath)).ToList();
            foreach (var outside in file.Except(inFolder)) diagnostics.Error(outside.Location, Catalogue.RelativeLink(outside.Written));
            if (inFolder.Count == 0) continue;
            if (CheckFile(file.Key, inFolder, folder) is { } problem)
            {
                foreach (var use in inFolder) diagnostics.Error(use.Location, problem);
                continue;
            }
            var type = MediaType.ByExtension(file.Key)!;
            var fullPath = folder.FullPath(file.Key);
            var bytes = File.ReadAllBytes(fullPath);
            var wrong = type.IsImage
                ? ImageProbe.Check(file.Key, type, bytes)
                : type.Matches(bytes.AsSpan(0, Math.Min(bytes.Length, MediaType.SniffLength))) ? null : Catalogue.NotReallyOfItsType(file.Key, type.Label);
            var usedRightly = inFolder.Where(u => UseProblem(u, type) is null).ToList();
            foreach (var use in inFolder)
            {
                if ((UseProblem(use, type) ?? wrong) is { } useProblem) diagnostics.Error(use.Location, useProblem);
            }
            if (wrong is null && usedRightly.Count == inFolder.Count) files.Add(new CheckedMedia(file.Key, folder.Inside(file.Key), type, fullPath, bytes.LongLength,
                type.IsImage ? ImageProcessor.KeyOf(bytes) : null, inFolder));
        }
        return files;
    }

    /// <summary>What is wrong with the file itself, found without reading it.</summary>
    private static Problem? CheckFile(string path, IReadOnlyList<MediaUse> uses, MediaFolder folder)
    {
        var full = folder.FullPath(path);
        if (!File.Exists(full))
        {
            var nearest = NearestName.Find(path, folder.Neighbours(path));
            return Catalogue.MediaFileMissing(path, nearest is null ? null : uses[0].Written[..(uses[0].Written.LastIndexOf('/') + 1)] + nearest[(nearest.LastIndexOf('/') + 1)..]);
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".svg" or ".svgz") return Catalogue.SvgRefused(path);
        if (MediaType.ByExtension(path) is not { } type) return Catalogue.MediaTypeNotAllowed(path, extension.Length == 0 ? "(none)" : extension, MediaType.AllExtensions);
        if (!MediaFileName.IsValid(folder.Inside(path))) return Catalogue.MediaFileName(path, MediaFileName.Suggest(folder.Inside(path)));
        var length = new FileInfo(full).Length;
        return length > type.MaxBytes ? Catalogue.MediaTooManyBytes(path, length, type.MaxBytes, type.IsImage) : null;
    }

    /// <summary>What is wrong with one reference to a file of this type.</summary>
    private static Problem? UseProblem(MediaUse use, MediaType type) => use.Kind switch
    {
        MediaUseKind.Image when !type.IsImage => Catalogue.DocumentAsImage(use.ResolvedPath, type.Label),
        MediaUseKind.Link when type.IsImage => Catalogue.ImageAsLink(use.ResolvedPath),
        MediaUseKind.Image when !use.Decorative && string.IsNullOrWhiteSpace(use.Alt) => Catalogue.AltMissing(use.ResolvedPath),
        _ => null,
    };
}
