using Microsoft.AspNetCore.Http;
using PolicyKB.Core;

namespace PolicyKB.Web;

/// <summary>A draft posted as multipart form data (field "file"), written to a fresh temporary folder of
/// its own, handed to the checker, and deleted. The client's file name is never a path: only its last
/// segment's letters, digits, - and _ are kept (they become the draft's id, as `kb check FILE` takes the
/// id from the file name), and its extension must be one `kb ingest` reads.</summary>
internal static class DraftUpload
{
    public const string Field = "file";

    /// <summary>What multipart framing and other form fields may add to a draft's size.</summary>
    public const long FramingBytes = 64 * 1024;
    private static readonly string[] Extensions = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx"];

    /// <summary>The parent region a check should compare with (--parent): the form field or the query
    /// parameter "parent"; null when neither is given.</summary>
    public static string? Parent(HttpRequest request, IFormCollection form) =>
        form["parent"].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? QueryParameters.Text(request.Query, "parent");

    /// <summary>Reads the upload and runs <paramref name="use"/> on its temporary path.</summary>
    /// <exception cref="KbException">No file, an empty or too large one, or a format that cannot be read.</exception>
    public static async Task<T> With<T>(HttpRequest request, long maxBytes, Func<string, IFormCollection, T> use)
    {
        if (request.ContentLength > maxBytes + FramingBytes)
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
            var path = Path.Combine(folder.FullName, SafeName(file.FileName) + extension);
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                await file.CopyToAsync(target);
            return use(path, form);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // C:\drafts\柳州 草案.docx and ../../x.txt → 柳州草案, x; nothing usable → draft.
    internal static string SafeName(string clientName)
    {
        var last = clientName[(clientName.LastIndexOfAny(['/', '\\']) + 1)..];
        var stem = Path.GetFileNameWithoutExtension(last);
        var safe = new string(stem.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').Take(80).ToArray());
        return safe.Length == 0 ? "draft" : safe;
    }
}

/// <summary>An upload over the size limit: answered with 413.</summary>
internal sealed class UploadTooLargeException(long maxBytes) : Exception(Messages.UploadTooLarge(maxBytes));
