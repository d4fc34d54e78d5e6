namespace HopeCase.Core.Requests;

/// <summary>
/// Sets <see cref="SupportRequest.FirstDecidedAt"/> on the requests decided before the column existed: the earliest
/// event into Accepted or Rejected of each request's timeline. Written once for SQLite and PostgreSQL (quoted names),
/// used by both providers' migrations (Dash12f, Dash12fPg).
/// </summary>
public static class FirstDecisionBackfill
{
    public static readonly string Sql =
        $"""
        UPDATE "Requests" SET "FirstDecidedAt" = (
            SELECT MIN(e."At") FROM "RequestEvents" e
            WHERE e."SupportRequestId" = "Requests"."Id" AND e."To" IN ({(int)RequestStatus.Accepted}, {(int)RequestStatus.Rejected}))
        WHERE "FirstDecidedAt" IS NULL;
        """;
}
