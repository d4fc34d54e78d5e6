using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HopeCase.Core.Audit;

/// <summary>
/// The before and after values of what a save changes, written into the audit entry of the same save. National IDs,
/// passwords, hashes, tokens and stamps are masked; file contents are left out; long texts are cut.
/// </summary>
public static class AuditChanges
{
    private const int MaxText = 200;
    private const int MaxTotal = 8000;
    private static readonly string[] Secret = ["Password", "Hash", "Secret", "Token", "Stamp", "Code", "Key"];

    public static string? Describe(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lines = new List<Dictionary<string, object?>>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var fields = new Dictionary<string, object?>();
            foreach (var p in entry.Properties)
            {
                if (p.Metadata.ClrType == typeof(byte[]) || (entry.State == EntityState.Modified && !p.IsModified))
                {
                    continue;
                }
                var before = entry.State == EntityState.Added ? null : Show(p, p.OriginalValue);
                var after = entry.State == EntityState.Deleted ? null : Show(p, p.CurrentValue);
                if (entry.State == EntityState.Modified && before == after)
                {
                    continue;
                }
                fields[p.Metadata.Name] = new[] { before, after };
            }
            lines.Add(new() { ["entity"] = entry.Metadata.ClrType.Name, ["state"] = entry.State.ToString(), ["key"] = Key(entry), ["fields"] = fields });
        }
        if (lines.Count == 0)
        {
            return null;
        }
        var json = JsonSerializer.Serialize(lines);
        return json.Length <= MaxTotal ? json : json[..MaxTotal] + "…";
    }

    private static string? Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null || entry.State == EntityState.Added)
        {
            return null;
        }
        return string.Join(",", key.Properties.Select(k => Convert.ToString(entry.Property(k.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string? Show(PropertyEntry p, object? value)
    {
        if (value is null)
        {
            return null;
        }
        var name = p.Metadata.Name;
        if (Secret.Any(s => name.Contains(s, StringComparison.OrdinalIgnoreCase)))
        {
            return "***";
        }
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        if (name.Contains("NationalId", StringComparison.OrdinalIgnoreCase))
        {
            return text.Length <= 4 ? "****" : new string('*', text.Length - 4) + text[^4..];
        }
        text = AuditText.Mask(text);
        return text.Length <= MaxText ? text : text[..MaxText] + "…";
    }
}
