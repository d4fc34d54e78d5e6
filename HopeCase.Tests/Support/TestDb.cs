using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HopeCase.Tests.Support;

/// <summary>A real SQLite file with the real migrations applied.</summary>
public static class TestDb
{
    public static IDbContextFactory<HopeDb> Factory(string path)
    {
        var options = new DbContextOptionsBuilder<HopeDb>();
        HopeDatabase.Configure(options, path);
        return new PooledDbContextFactory<HopeDb>(options.Options);
    }

    public static async Task<IDbContextFactory<HopeDb>> MigratedAsync(string path)
    {
        var factory = Factory(path);
        await HopeDatabase.PrepareAsync(factory);
        return factory;
    }
}
