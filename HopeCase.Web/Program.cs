using HopeCase.Web.Features.Backup;
using HopeCase.Web.Hosting;

// `create-admin` creates the first administrator of a production install, then exits (see README).
if (args.Length > 0 && args[0] == AdminCommand.Name)
{
    return await AdminCommand.RunAsync(args[1..]);
}
// `backup --to F` and `restore --from F --into DIR` (see README, Backup and restore).
if (BackupCommand.Handles(args))
{
    return await BackupCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddHopeCase();

var app = builder.Build();
app.UseHopeCase();

return await StartupGuard.RunAsync(app);

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
