using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Hosting;

/// <summary>
/// `HopeCase.Web verify-audit [--Data:Folder=PATH]`: walks the audit chain and prints "ok N rows" (exit 0) or the
/// first broken row and why (exit 3).
/// </summary>
internal static class VerifyAuditCommand
{
    public const string Name = "verify-audit";

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        var builder = WebApplication.CreateBuilder(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray());
        builder.AddHopeCase();
        await using var app = builder.Build();
        await HopeDatabase.PrepareAsync(app.Services.GetRequiredService<IDbContextFactory<HopeDb>>());
        var result = await app.Services.GetRequiredService<AuditIntegrity>().VerifyAsync(Actor.System);
        await output.WriteLineAsync(result.ToString());
        return result.Ok ? 0 : 3;
    }
}
