using Microsoft.AspNetCore.Http;
using PolicyKB.Core;

namespace PolicyKB.Web;

/// <summary>A draft posted as multipart form data (field "file"), written to a fresh temporary folder of
/// its own under a name the server chooses, handed to the checker, and deleted. The client's file name
/// gives only its extension (the format), and only one that `kb ingest` reads.</summary>
internal static class DraftUpload
{
    public const string Field = "file";
    private static readonly string[] Extensions = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx"];

    /// <summary>Reads the upload and runs <paramref name="use"/> on its temporary path.</summary>
    /// <exception cref="KbException">No file, an empty or too large one, or a format that cannot be read.</exception>
    public static async Task<T> With<T>(HttpRequest request, long maxBytes, Func<string, IFormCollection, T> use)
    {
        if (request.ContentLength > maxBytes + 64 * 1024)
            throw new UploadTooLargeException(maxBytes);
        if (!request.HasFormContentType)
            throw new KbException(Messages.NoDraft);
        var form = await request.ReadFormAsync();
        var file = form.Files.GetFile(Field) ?? throw new KbException(Messages.NoDraft);
        if (file.Length > maxBytes)
            throw new UploadTooLargeException(maxBytes);
        if (file.Length == 0)
            throw new KbException(Messages.EmptyDraft);
        var extension = Path.GetExtension(Path.GetFileName(file.FileName)).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            throw new KbException(Messages.DraftFormat(string.Join(" ", Extensions)));

        var folder = Directory.CreateTempSubdirectory("kb-draft-");
        try
        {
            var path = Path.Combine(folder.FullName, "draft" + extension);
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                await file.CopyToAsync(target);
            return use(path, form);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>An upload over the size limit: answered with 413.</summary>
internal sealed class UploadTooLargeException(long maxBytes) : Exception(Messages.UploadTooLarge(maxBytes));
