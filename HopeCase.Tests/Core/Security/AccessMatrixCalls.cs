using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Committee;
using HopeCase.Core.Feedback;
using HopeCase.Core.Organisation;
using HopeCase.Core.Security;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Security;

/// <summary>One call per row of the matrix: the method, as the actor, on the request (or its beneficiary).</summary>
public static class AccessMatrixCalls
{
    public static Dictionary<string, Func<Actor, int, int, Task>> For(ResearchWorld w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var files = new BeneficiaryFileService(w.Intake.Dbs, w.Intake.Audit);
        var queues = new HopeCase.Core.Requests.QueueService(w.Intake.Dbs, w.Intake.Audit);
        var later = w.Intake.Clock.GetUtcNow().AddDays(1);
        var feedback = Microsoft.Extensions.Options.Options.Create(new FeedbackOptions { PublicBaseUrl = "https://hope.example" });
        var inviter = new SurveyInviter(w.Intake.Dbs, w.Intake.Clock, feedback, Microsoft.Extensions.Options.Options.Create(new OrganisationProfile()));
        var internals = new InternalServiceRegister(w.Intake.Dbs, w.Intake.Audit, w.Intake.Clock, feedback, inviter);
        var served = new InternalServiceInput(1, ResearchWorld.Provider.UserId!, "تصميم منشور لحملة التطوع", HopeCase.Core.Saudi.SaudiTime.LocalDate(w.Intake.Clock.GetUtcNow()));
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
            // A list answers with what the actor may see: a record left out of its queue counts as refused.
            ["QueueService.ByStatusAsync"] = async (a, r, _) =>
            {
                var rows = await queues.ByStatusAsync(a, (await w.RequestAsync(r)).Status);
                if (rows.All(x => x.Id != r))
                {
                    throw new ForbiddenException("read a queue");
                }
            },
            ["InternalServiceRegister.RecordAsync"] = (a, _, _) => internals.RecordAsync(a, served),
            ["InternalServiceRegister.ListAsync"] = (a, _, _) => internals.ListAsync(a),
            ["InternalServiceRegister.SetContactAsync"] = (a, _, _) => internals.SetContactAsync(a, 2, new DepartmentContact("مسؤول الإعلام", "media@hope.test", null, true)),
        };
    }
}
