using HopeCase.Core.LiveUpdates;

namespace HopeCase.Tests.Core.LiveUpdates;

/// <summary>Open pages hear of changes made by services and jobs; a closed page does not stop the others hearing.</summary>
public sealed class ChangeNotifierTests
{
    [Fact]
    public async Task Every_subscriber_hears_the_topic_in_order_and_an_unsubscribed_one_does_not()
    {
        var notifier = new ChangeNotifier();
        var heard = new List<string>();
        Task First(ChangeTopic t) { heard.Add($"first:{t}"); return Task.CompletedTask; }
        Task Second(ChangeTopic t) { heard.Add($"second:{t}"); return Task.CompletedTask; }
        notifier.Changed += First;
        notifier.Changed += Second;

        await notifier.PublishAsync(ChangeTopic.Letters);
        notifier.Changed -= First;
        await notifier.PublishAsync(ChangeTopic.Committee);

        Assert.Equal(["first:Letters", "second:Letters", "second:Committee"], heard);
    }

    [Fact]
    public async Task A_page_closed_while_being_told_does_not_stop_the_pages_after_it()
    {
        var notifier = new ChangeNotifier();
        var heard = new List<ChangeTopic>();
        notifier.Changed += _ => throw new ObjectDisposedException("circuit");
        notifier.Changed += t => { heard.Add(t); return Task.CompletedTask; };

        await notifier.PublishAsync(ChangeTopic.Requests);

        Assert.Equal([ChangeTopic.Requests], heard);
    }

    [Fact]
    public async Task Publishing_with_nobody_listening_is_harmless()
    {
        var notifier = new ChangeNotifier();
        await notifier.PublishAsync(ChangeTopic.Alerts);
        var heard = 0;
        notifier.Changed += _ => { heard++; return Task.CompletedTask; };
        await notifier.PublishAsync(ChangeTopic.Alerts);
        Assert.Equal(1, heard);
    }
}
