using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Committee;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.ServiceDelivery;

/// <summary>Issue 14 item 12: providers see registered beneficiaries waiting; a manager assigns one; no session in the past.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class ProvidersQueueTests
{
    [Fact]
    public async Task A_registered_beneficiary_reaches_the_providers_queue_and_the_manager_assigns_it()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.RegisteredAsync();

        var waiting = Assert.Single(await w.Delivery.CasesAsync(ResearchWorld.Provider));
        Assert.Equal((id, RequestStatus.Registered, (string?)null), (waiting.RequestId, waiting.Status, waiting.ProviderName));
        Assert.Single(await w.Delivery.CasesAsync(ResearchWorld.Provider2));

        await w.Delivery.StartAsync(IntakeWorld.Manager, id, ResearchWorld.Provider2.UserId!);
        var mine = Assert.Single(await w.Delivery.CasesAsync(ResearchWorld.Provider2));
        Assert.Equal((id, RequestStatus.InService), (mine.RequestId, mine.Status));
        Assert.Empty(await w.Delivery.CasesAsync(ResearchWorld.Provider));
    }

    [Fact]
    public async Task A_session_cannot_be_booked_in_the_past()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.RegisteredAsync();
        await w.Delivery.StartAsync(IntakeWorld.Manager, id, ResearchWorld.Provider.UserId!);
        var now = w.Intake.Clock.GetUtcNow();

        var ex = await Assert.ThrowsAsync<CaseRuleException>(() => w.Delivery.BookAsync(ResearchWorld.Provider, id, now.AddMinutes(-30), DeliveryMode.InPerson));
        Assert.Equal("ServiceDelivery.SessionInPast", ex.Code);
        Assert.Empty((await w.Delivery.PlanAsync(ResearchWorld.Provider, id))!.Sessions);
        await w.Delivery.BookAsync(ResearchWorld.Provider, id, now.AddHours(1), DeliveryMode.InPerson);
        Assert.Single((await w.Delivery.PlanAsync(ResearchWorld.Provider, id))!.Sessions);
    }
}
