using HopeCase.Core.Data;
using HopeCase.Core.Organisation;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.Organisation;

/// <summary>At start-up, puts this year's and next year's official holidays on the list when that year has none yet.</summary>
internal sealed class HolidaySeed(IDbContextFactory<HopeDb> dbs, HolidayService holidays, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var year = clock.GetUtcNow().Year;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        for (var y = year; y <= year + 1; y++)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            if (!await db.Holidays.AnyAsync(h => h.Date >= from && h.Date <= to, cancellationToken))
            {
                await holidays.AddOfficialAsync(Actor.System, y, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
