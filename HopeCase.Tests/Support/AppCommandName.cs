namespace HopeCase.Tests.Support;

/// <summary>The sub-commands of HopeCase.Web, as an operator types them.</summary>
public static class AppCommandName
{
    public const string Backup = "backup";
    public const string Restore = "restore";
}
