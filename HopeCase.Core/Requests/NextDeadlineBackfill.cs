namespace HopeCase.Core.Requests;

/// <summary>
/// The SQL of the migrations that moved a request's next deadline check out of <c>Requests</c> into
/// <c>RequestNextDeadlines</c> (<see cref="NextDeadline"/>) and back, the same on SQLite and PostgreSQL.
/// </summary>
public static class NextDeadlineBackfill
{
    /// <summary>Each request with a next check gets its row, holding the request's version.</summary>
    public const string Up = """
        INSERT INTO "RequestNextDeadlines" ("RequestId", "RequestVersion", "At")
        SELECT "Id", "Version", "NextDeadlineAt" FROM "Requests" WHERE "NextDeadlineAt" IS NOT NULL
        """;

    public const string Down = """
        UPDATE "Requests" SET "NextDeadlineAt" = (
            SELECT n."At" FROM "RequestNextDeadlines" n WHERE n."RequestId" = "Requests"."Id")
        """;
}
