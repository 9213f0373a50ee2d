using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PolicyKB.Store;

/// <summary>A statement that changes rows, prepared once on the writer's connection and run through
/// SQLitePCL's raw API: parameters bound by position, text handed over as UTF-16 without a copy.
/// Microsoft.Data.Sqlite looks every parameter's index up by name (converting the name to UTF-8) on
/// every execution, which cost an index build about a fifth of its serial insert time.</summary>
/// <remarks>It runs in whatever transaction the connection is in. Values: null, string, long, int, byte[].</remarks>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _indexes;

    /// <summary>The parameter names, in the order values are given.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <param name="names">The parameter names, in the order values will be given.</param>
    public RawStatement(SqliteConnection connection, string sql, IReadOnlyList<string> names)
    {
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        Names = names;
        _indexes = names.Select(name => raw.sqlite3_bind_parameter_index(_statement, name) is var i and > 0
            ? i
            : throw new ArgumentException($"no parameter {name} in {sql}")).ToArray();
    }

    /// <summary>Runs the statement with these values (in the order of the names) and returns the number
    /// of rows it changed.</summary>
    public int Execute(ReadOnlySpan<(string Name, object? Value)> values)
    {
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                var index = _indexes[i];
                Check(values[i].Value switch
                {
                    null => raw.sqlite3_bind_null(_statement, index),
                    // An empty span would be a null pointer, which SQLite binds as NULL, not ''.
                    "" => raw.sqlite3_bind_text(_statement, index, ""),
                    string text => raw.sqlite3_bind_text16(_statement, index, text.AsSpan()),
                    long number => raw.sqlite3_bind_int64(_statement, index, number),
                    int number => raw.sqlite3_bind_int64(_statement, index, number),
                    byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
                    var other => throw new ArgumentException($"cannot bind {other.GetType()}"),
                });
            }
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
                Check(rc);
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}'.", rc);
    }
}
