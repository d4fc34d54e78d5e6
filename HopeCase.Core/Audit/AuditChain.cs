using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HopeCase.Core.Audit;

/// <summary>
/// The hash of an audit row: HMAC-SHA256, keyed with a secret kept outside the database, over the row's fields and
/// the previous row's hash. Changing, removing or inserting a row breaks every hash after it, and without the key
/// nobody can compute a new chain that verifies.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first row.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string HashOf(AuditEntry e, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(e);
        var text = string.Join('\u001f',
            Field(e.Seq?.ToString(CultureInfo.InvariantCulture)), Field(e.PrevHash),
            (e.At.UtcTicks / 1000).ToString(CultureInfo.InvariantCulture), Field(e.UserId), Field(e.UserName), Field(e.Action),
            Field(e.EntityType), Field(e.EntityId), Field(e.Details), Field(e.Origin), Field(e.Changes));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
    }

    // A null and an empty string hash differently.
    private static string Field(string? value) => value is null ? "\u0000" : "=" + value;
}
