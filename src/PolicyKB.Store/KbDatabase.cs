using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using PolicyKB.Core;

namespace PolicyKB.Store;

/// <summary>Creates and changes knowledge-base files so that the file at the database path is always a
/// complete database: the old one or the new one, never a mix.</summary>
/// <remarks>
/// The live file is never written in place. <see cref="Rebuild"/> builds a new database in
/// <c>&lt;db&gt;.&lt;pid&gt;.tmp</c> beside it; <see cref="Update"/> (kb ingest) copies the live file there
/// first. Either way the temporary file is flushed to disk and renamed over the live one, which is
/// atomic on one file system. A crash or kill -9 before the rename leaves the old database untouched
/// (and a stale .tmp that the next writer deletes). Readers that opened the old file keep reading it
/// (on Unix the renamed-over file lives on until they close it); new readers see the new one.
/// Because the live file is never written, no rollback journal can ever sit beside it, so a reader
/// can open it read-only without locks of its own. Writers take <c>&lt;db&gt;.lock</c> so that two
/// concurrent `kb ingest` runs cannot both copy the same old file and lose one another's changes.
/// Connections are opened with Pooling=false: a pooled connection keeps the file open after Dispose.
/// </remarks>
public static class KbDatabase
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    public static bool Exists(string dbPath) => File.Exists(dbPath);

    /// <summary>Builds a new database from nothing and puts it in place when <paramref name="fill"/>
    /// returns; if it throws, the existing database stays as it was.</summary>
    public static void Rebuild(string dbPath, Segmenter segmenter, Action<KbWriter> fill) =>
        Write(dbPath, segmenter, copyExisting: false, fill);

    /// <summary>Changes a copy of the database (a new one if none exists) and puts it in place when
    /// <paramref name="change"/> returns; if it throws, the existing database stays as it was.</summary>
    public static void Update(string dbPath, Segmenter segmenter, Action<KbWriter> change) =>
        Write(dbPath, segmenter, copyExisting: true, change);

    private static void Write(string dbPath, Segmenter segmenter, bool copyExisting, Action<KbWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        dbPath = Path.GetFullPath(dbPath);
        Directory.CreateDirectory(Path.GetDirectoryName(dbPath)!);
        using var writeLock = AcquireLock(dbPath);
        DeleteStaleTemps(dbPath);
        var temp = $"{dbPath}.{Environment.ProcessId}.tmp";
        try
        {
            var fresh = !(copyExisting && File.Exists(dbPath));
            if (!fresh)
                File.Copy(dbPath, temp, overwrite: true);
            using (var db = Open(temp, readOnly: false))
            {
                // The temporary file is thrown away on any failure, so it needs no journal and no fsync
                // per transaction; one flush before the rename makes it durable.
                Execute(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
                if (fresh)
                    Execute(db, KbSchema.Create);
                else
                    CheckSchema(db, dbPath);
                using var writer = new KbWriter(db, segmenter, fresh);
                body(writer);
                writer.Complete();
            }
            using (var file = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                file.Flush(flushToDisk: true);
            File.Move(temp, dbPath, overwrite: true);
        }
        finally
        {
            File.Delete(temp);   // a no-op once moved
        }
    }

    /// <summary>Opens a connection without pooling; read-only connections never take write locks.</summary>
    internal static SqliteConnection Open(string path, bool readOnly)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var db = new SqliteConnection(builder.ToString());
        db.Open();
        return db;
    }

    internal static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The ids of the plans of a knowledge base written in an older format, or null when it is of
    /// this format or cannot be read as a knowledge base (opening it reports why).</summary>
    public static IReadOnlyList<string>? OutdatedPlanIds(string dbPath)
    {
        if (StampedVersion(dbPath) == KbSchema.Version)
            return null;
        try
        {
            using var db = Open(dbPath, readOnly: true);
            using var command = db.CreateCommand();
            command.CommandText = "SELECT value FROM meta WHERE key = 'schema'";
            if (command.ExecuteScalar() as string == KbSchema.Version.ToString())
                return null;
            command.CommandText = "SELECT id FROM documents";
            var ids = new List<string>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
                ids.Add(reader.GetString(0));
            return ids;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>The schema version a database was written with as its file header records it (SQLite's
    /// user_version, which <see cref="KbWriter"/> sets), or null. Read from the first 100 bytes without
    /// opening the database: every query command asks this before it starts, and an open took ~20 ms of
    /// a cold `kb ask`. A database written before the stamp existed reads 0 and is checked the slow way.</summary>
    internal static int? StampedVersion(string dbPath)
    {
        Span<byte> header = stackalloc byte[100];
        try
        {
            using var file = new FileStream(dbPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
                || !header[..16].SequenceEqual("SQLite format 3\0"u8))
                return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return BinaryPrimitives.ReadInt32BigEndian(header[60..]);
    }

    /// <summary>Throws a KbException unless the database is a knowledge base of this schema version.</summary>
    internal static void CheckSchema(SqliteConnection db, string dbPath)
    {
        string? version;
        try
        {
            using var command = db.CreateCommand();
            command.CommandText = "SELECT value FROM meta WHERE key = 'schema'";
            version = command.ExecuteScalar() as string;
        }
        catch (SqliteException e)
        {
            throw new KbException($"不是 PolicyKB 知识库（{e.Message}）；可用 kb index 重建", dbPath, null, e);
        }
        if (version != KbSchema.Version.ToString())
            throw new KbException($"知识库格式版本为 {version ?? "未知"}，本程序需要 {KbSchema.Version}；请用 kb index 重建", dbPath);
    }

    private static FileStream AcquireLock(string dbPath)
    {
        var lockPath = dbPath + ".lock";
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix, a share lock on Windows.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException e)
            {
                throw new KbException("另一个 kb 进程正在写入知识库，请稍后再试", dbPath, null, e);
            }
        }
    }

    // Holding the write lock, every other writer's temporary file belongs to a process that died.
    private static void DeleteStaleTemps(string dbPath)
    {
        var directory = Path.GetDirectoryName(dbPath)!;
        foreach (var stale in Directory.EnumerateFiles(directory, Path.GetFileName(dbPath) + ".*.tmp"))
            File.Delete(stale);
    }
}
