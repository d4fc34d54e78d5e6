using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Web.Features.Letters;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Support;

/// <summary>One real app (SQLite files, Hangfire, the warm Chromium) shared by the letter tests of a class.</summary>
public sealed class LetterApp : IDisposable
{
    public HopeAppFactory Factory { get; } = new();

    public LetterService Letters => Factory.Services.GetRequiredService<LetterService>();

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public static Actor Admin { get; } = new("test-admin", "مدير الاختبار", new HashSet<string> { Roles.Admin });

    public static Actor Officer { get; } = new("test-relations", "موظف العلاقات", new HashSet<string> { Roles.RelationsOfficer });

    public static Actor Researcher { get; } = new("test-research", "باحث", new HashSet<string> { Roles.ResearchOfficer });

    public void Dispose() => Factory.Dispose();
}
