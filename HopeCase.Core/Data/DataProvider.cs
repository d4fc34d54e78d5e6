namespace HopeCase.Core.Data;

/// <summary>The database engine behind <see cref="HopeDb"/> (setting <c>Data:Provider</c>).</summary>
public enum DataProvider
{
    /// <summary>One SQLite file in <c>Data:Folder</c>: the embedded default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (<c>ConnectionStrings:Postgres</c> or <c>Data:ConnectionString</c>): several web nodes can share it.</summary>
    Postgres,
}
