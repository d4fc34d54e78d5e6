using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Surveys;

namespace HopeCase.Web.Features.Surveys;

/// <summary>
/// Sends the survey invitation when its trigger happens (P-3.5): a letter issued (the letter job publishes Letters)
/// or a service closed (Services). The recurring job stays as the net under it; both are safe to repeat.
/// </summary>
public sealed class SurveyTriggerListener(ChangeNotifier notifier, SurveyInviter inviter, ILogger<SurveyTriggerListener> log) : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        notifier.Changed += OnChangedAsync;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        notifier.Changed -= OnChangedAsync;
        return Task.CompletedTask;
    }

    public void Dispose() => _one.Dispose();

    public async Task OnChangedAsync(ChangeTopic topic)
    {
        if (topic is not (ChangeTopic.Letters or ChangeTopic.Services))
        {
            return;
        }
        await _one.WaitAsync();
        try
        {
            var n = await inviter.InviteDueAsync();
            if (n > 0)
            {
                log.LogInformation("Survey invitations sent on {Topic}: {Count}", topic, n);
            }
        }
#pragma warning disable CA1031 // The change it heard of is saved already; a failure here is retried by the recurring job.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            log.LogWarning(ex, "Survey invitations on {Topic} failed; the recurring job will send them", topic);
        }
        finally
        {
            _one.Release();
        }
    }
}
