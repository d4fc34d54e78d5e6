using HopeCase.Core.Backup;
using HopeCase.Web.Hosting;

namespace HopeCase.Web.Features.Backup;

/// <summary>
/// `HopeCase.Web backup --to FILE|FOLDER` and `HopeCase.Web restore --from FILE --into FOLDER [--installation ID]`
/// (on PostgreSQL, `restore` goes into the empty database of Data:ConnectionString and takes no --into),
/// with settings as the app takes them (--Data:Folder=…, --Backup:Key=… or environment variables such as Backup__Key).
/// A backup is taken while the app runs. Exit codes: 0 done, 1 usage, 2 refused (the reason is printed in Arabic and English).
/// </summary>
internal static class BackupCommand
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    public static bool Handles(string[] args) => args.Length > 0 && args[0] is Backup or Restore;

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray();
        var builder = WebApplication.CreateBuilder(settings);
        var runner = new BackupRunner(DataFolder.From(builder.Configuration, builder.Environment), builder.Configuration, TimeProvider.System);
        try
        {
            if (args[0] == Backup)
            {
                var to = Option(args, "--to");
                if (to is null)
                {
                    await output.WriteLineAsync("usage: HopeCase.Web backup --to FILE|FOLDER [--Data:Folder=PATH] [--Backup:Key=BASE64]");
                    return 1;
                }
                var (file, header) = await runner.BackupAsync(to);
                await output.WriteLineAsync($"Backup written: {file} (installation {header.InstallationId}, schema {header.SchemaVersion}, {new FileInfo(file).Length:N0} bytes)");
                return 0;
            }
            var from = Option(args, "--from");
            var into = Option(args, "--into");
            var postgres = builder.Configuration["Data:Provider"]?.StartsWith(BackupRunner.Postgres, StringComparison.OrdinalIgnoreCase) == true;
            if (from is null || (into is null && !postgres))
            {
                await output.WriteLineAsync("usage: HopeCase.Web restore --from FILE --into EMPTY-FOLDER [--installation ID] [--Backup:Key=BASE64]");
                await output.WriteLineAsync("   or: HopeCase.Web restore --from FILE --Data:Provider=Postgres --Data:ConnectionString=EMPTY-DATABASE [--installation ID]");
                return 1;
            }
            var restored = await runner.RestoreAsync(from, into, Option(args, "--installation"));
            await output.WriteLineAsync(postgres
                ? $"Restored into the PostgreSQL database of Data:ConnectionString (installation {restored.InstallationId}, taken {restored.CreatedAt:u}). Start HopeCase on it."
                : $"Restored into {Path.GetFullPath(into!)} (installation {restored.InstallationId}, taken {restored.CreatedAt:u}); integrity_check ok. Start HopeCase with --Data:Folder={Path.GetFullPath(into!)}");
            return 0;
        }
        catch (BackupRefusedException ex)
        {
            await error.WriteLineAsync((args[0] == Backup ? "لم تُنشأ النسخة الاحتياطية - The backup was not made:" : "لم تتم الاستعادة - The restore was refused:") + Environment.NewLine + ex.Message);
            return 2;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or HopeCase.Core.Data.DatabaseStartupException)
        {
            await error.WriteLineAsync("تعذّر الوصول إلى قاعدة البيانات (Data:ConnectionString) - The database could not be reached (Data:ConnectionString):" + Environment.NewLine + ex.Message);
            return 2;
        }
    }

    private static string? Option(string[] args, string key)
    {
        var i = Array.IndexOf(args, key);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
