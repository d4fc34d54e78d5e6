using HopeCase.Web.Features.Backup;
using HopeCase.Web.Hosting;

// `create-admin` creates the first administrator of a production install, then exits (see README).
if (args.Length > 0 && args[0] == AdminCommand.Name)
{
    return await AdminCommand.RunAsync(args[1..]);
}
// `verify-audit` checks the audit trail's chain and prints "ok N rows" or the first broken row.
if (args.Length > 0 && args[0] == VerifyAuditCommand.Name)
{
    return await VerifyAuditCommand.RunAsync(args[1..]);
}
// `backup --to F` and `restore --from F --into DIR` (see README, Backup and restore).
if (BackupCommand.Handles(args))
{
    return await BackupCommand.RunAsync(args);
}

// Built inside the guard, so a wrong setting found while composing (a missing certificate) stops with its name too.
return await StartupGuard.RunAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddHopeCase();
    var app = builder.Build();
    app.UseHopeCase();
    return app;
});

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
