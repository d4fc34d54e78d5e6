using HopeCase.Core.Requests;

namespace HopeCase.Core.Deadlines;

/// <summary>Schedules a request's own deadline check at its next threshold (the sweep is the safety net).</summary>
public interface IDeadlineScheduler
{
    void ScheduleFor(SupportRequest request);
}
