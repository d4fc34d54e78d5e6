using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Core.ServiceDelivery;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.ServiceDelivery;

/// <summary>Issue 14 item 12: a registered request reaches the queue of the providers of its approved service; a manager gives it to one of them.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class ProviderServicesTests
{
    [Fact]
    public async Task Once_a_service_has_named_providers_only_they_see_and_take_its_registered_requests()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var services = new ProviderServices(w.Intake.Dbs, w.Intake.Audit);
        var id = await w.RegisteredAsync();
        int type, other;
        await using (var db = await w.Intake.Dbs.CreateDbContextAsync())
        {
            type = await db.Requests.Where(r => r.Id == id).Select(r => r.SupportTypeId).SingleAsync();
            other = await db.SupportTypes.Where(t => t.Id != type).Select(t => t.Id).FirstAsync();
        }

        // Provider 2 delivers the request's service; provider 1 another one.
        await services.SetAsync(IntakeWorld.Manager, ResearchWorld.Provider2.UserId!, [type]);
        await services.SetAsync(IntakeWorld.Admin, ResearchWorld.Provider.UserId!, [other]);
        await Assert.ThrowsAsync<ForbiddenException>(() => services.SetAsync(ResearchWorld.Provider, ResearchWorld.Provider.UserId!, [type]));
        Assert.Equal([type], await services.OfAsync(IntakeWorld.Manager, ResearchWorld.Provider2.UserId!));

        Assert.Equal(id, Assert.Single(await w.Delivery.CasesAsync(ResearchWorld.Provider2)).RequestId);
        Assert.Empty(await w.Delivery.CasesAsync(ResearchWorld.Provider));
        Assert.Equal(id, Assert.Single(await w.Delivery.CasesAsync(IntakeWorld.Manager)).RequestId);
        Assert.Equal([ResearchWorld.Provider2.UserId], (await services.ForRequestAsync(IntakeWorld.Manager, id)).Select(p => p.Id));

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => w.Delivery.StartAsync(IntakeWorld.Manager, id, ResearchWorld.Provider.UserId!));
        Assert.Equal("ServiceDelivery.NotProviderOfService", refused.Code);
        await w.Delivery.StartAsync(IntakeWorld.Manager, id, ResearchWorld.Provider2.UserId!);
        Assert.Equal(id, Assert.Single(await w.Delivery.CasesAsync(ResearchWorld.Provider2)).RequestId);
    }
}
