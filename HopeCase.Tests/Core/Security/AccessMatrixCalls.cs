using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Committee;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Security;

/// <summary>One call per row of the matrix: the method, as the actor, on the request (or its beneficiary).</summary>
public static class AccessMatrixCalls
{
    public static Dictionary<string, Func<Actor, int, int, Task>> For(ResearchWorld w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var files = new BeneficiaryFileService(w.Intake.Dbs, w.Intake.Audit);
        var later = w.Intake.Clock.GetUtcNow().AddDays(1);
        return new(StringComparer.Ordinal)
        {
            ["BeneficiaryFileService.ReadAsync"] = (a, _, b) => files.ReadAsync(a, b),
            ["BeneficiaryFileService.RequestsAsync"] = (a, _, b) => files.RequestsAsync(a, b),
            ["BeneficiaryFileService.TimelineAsync"] = (a, _, b) => files.TimelineAsync(a, b),
            ["RequestIntakeService.GetAsync"] = (a, r, _) => w.Intake.Intake.GetAsync(a, r),
            ["ResearchService.GetStudyAsync"] = (a, r, _) => w.Research.GetStudyAsync(a, r),
            ["ResearchService.SaveStudyAsync"] = (a, r, _) => w.Research.SaveStudyAsync(a, r, ResearchWorld.Study()),
            ["ResearchService.AssignAsync"] = (a, r, _) => w.Research.AssignAsync(a, r, ResearchWorld.Researcher2.UserId!),
            ["CommitteeService.DecisionsAsync"] = (a, r, _) => w.Committee.DecisionsAsync(a, r),
            ["ServiceDeliveryService.StartAsync"] = (a, r, _) => w.Delivery.StartAsync(a, r, ResearchWorld.Provider2.UserId!),
            ["ServiceDeliveryService.PlanAsync"] = (a, r, _) => w.Delivery.PlanAsync(a, r),
            ["ServiceDeliveryService.BookAsync"] = (a, r, _) => w.Delivery.BookAsync(a, r, later, DeliveryMode.InPerson),
        };
    }
}
