using Bunit;
using HopeCase.Core.Committee;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Committee;

namespace HopeCase.Tests.Web.Committee;

/// <summary>One agenda item as each member sees it: who may vote, the chair's decision form, and a recorded decision.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class AgendaItemCardTests : AppComponentTest
{
    private int _session;
    private int _request;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _request = await World.AwaitingCommitteeAsync();
        _session = await World.SessionWithAgendaAsync();
    }

    private async Task<AgendaItemCard.Model> ItemAsync()
    {
        var row = (await World.Committee.SessionAsync(ResearchWorld.Chair, _session))!.Items.Single(i => i.RequestId == _request);
        return new AgendaItemCard.Model(row.ItemId, 1, row);
    }

    private async Task<IRenderedComponent<AgendaItemCard>> CardAsync(Actor who, bool chair, DecisionForm? form = null, Action<DecisionKind>? voted = null)
    {
        await SignInAsync(who);
        var item = await ItemAsync();
        return RenderPage<AgendaItemCard>(p => p.Add(x => x.Item, item).Add(x => x.Form, form ?? new DecisionForm()).Add(x => x.UserId, who.UserId)
            .Add(x => x.IsMember, true).Add(x => x.IsChair, chair).Add(x => x.Open, true).Add(x => x.Vote, k => voted?.Invoke(k)));
    }

    [Fact]
    public async Task A_member_votes_from_the_card_and_has_no_decision_form()
    {
        DecisionKind? voted = null;
        var cut = await CardAsync(ResearchWorld.Member2, chair: false, voted: k => voted = k);
        var item = (await ItemAsync()).ItemId;
        Assert.Equal(4, cut.FindAll($"[data-testid^=vote-{item}-]").Count);
        Assert.Empty(cut.FindAll($"[data-testid=decide-form-{item}]"));

        cut.Find($"[data-testid=vote-{item}-Rejected]").Click();
        Assert.Equal(DecisionKind.Rejected, voted);
    }

    [Fact]
    public async Task The_member_who_did_the_study_may_not_vote_on_it()
    {
        var cut = await CardAsync(ResearchWorld.ResearcherOnCommittee, chair: false);
        Assert.Contains("لا يحق لك التصويت على طلب أجريت دراسته الاجتماعية.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid^=vote-]"));
    }

    [Fact]
    public async Task The_chairs_form_asks_for_a_reason_once_rejection_is_chosen()
    {
        var form = new DecisionForm();
        var cut = await CardAsync(ResearchWorld.Chair, chair: true, form);
        var item = (await ItemAsync()).ItemId;
        Assert.NotEmpty(cut.FindAll($"[data-testid=services-{item}]"));
        Assert.Empty(cut.FindAll($"[data-testid=reject-text-{item}]"));

        Choose(cut, $"decision-kind-{item}", "مرفوض");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll($"[data-testid=reject-text-{item}]")));
        Assert.Empty(cut.FindAll($"[data-testid=services-{item}]"));
        Assert.Equal(DecisionKind.Rejected, form.Kind);
    }

    [Fact]
    public async Task Votes_cast_are_shown_with_the_members_own_vote_highlighted()
    {
        var item = (await ItemAsync()).ItemId;
        await World.Committee.VoteAsync(ResearchWorld.Chair, item, DecisionKind.Accepted, null);
        await World.Committee.VoteAsync(ResearchWorld.Member2, item, DecisionKind.Deferred, null);
        var cut = await CardAsync(ResearchWorld.Member2, chair: false);

        var votes = cut.Find("[data-testid=votes]").TextContent;
        Assert.Contains("رئيس اللجنة: مقبول", votes, StringComparison.Ordinal);
        Assert.Contains("عضو ثان: مؤجل", votes, StringComparison.Ordinal);
        Assert.Contains("mud-button-filled", cut.Find($"[data-testid=vote-{item}-Deferred]").ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-button-filled", cut.Find($"[data-testid=vote-{item}-Accepted]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decided_item_shows_the_decision_and_no_more_voting()
    {
        var item = (await ItemAsync()).ItemId;
        await World.VoteAllAsync(item, DecisionKind.Accepted);
        await World.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Accepted, "جلسات إرشاد أسرية", SessionCount: 4, DurationMonths: 2));
        var cut = await CardAsync(ResearchWorld.Chair, chair: true);

        var decision = cut.Find("[data-testid=decision]").TextContent;
        Assert.Contains("القرار: مقبول", decision, StringComparison.Ordinal);
        Assert.Contains("جلسات إرشاد أسرية", decision, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid^=vote-]"));
        Assert.Empty(cut.FindAll($"[data-testid=decide-form-{item}]"));
        Assert.Empty(cut.FindAll("[data-testid=days-left]"));
    }
}
