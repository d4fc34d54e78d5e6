namespace HopeCase.Core.Audit;

/// <summary>
/// The database itself refuses to change or remove an audit row. The migration runs the statements for the active
/// provider; a provider without an entry here fails the migration, so a switch cannot silently lose the guard.
/// </summary>
public static class AuditTriggers
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
    public const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static IReadOnlyList<string> Sqlite { get; } =
    [
        "CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;",
        "CREATE TRIGGER AuditEntries_NoDelete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;",
    ];

    // PostgreSQL (branch `pg`): a BEFORE UPDATE OR DELETE trigger raising an exception, plus REVOKE UPDATE, DELETE,
    // TRUNCATE from the application's role; the interceptor then also takes pg_advisory_xact_lock for the chain.
    public static IReadOnlyList<string> Npgsql { get; } =
    [
        "CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit entries are append-only'; END $$;",
        "CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();",
        "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON \"AuditEntries\" FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();",
    ];

    public static IReadOnlyList<string> For(string? provider) => provider switch
    {
        SqliteProvider => Sqlite,
        NpgsqlProvider => Npgsql,
        _ => throw new NotSupportedException($"No append-only audit triggers for the database provider '{provider}'. Add them to AuditTriggers."),
    };
}
