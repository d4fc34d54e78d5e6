using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Security;

/// <summary>
/// docs/security/access.md, read as it is written: every row's method is called as every role, on a record the
/// actor is related to and on one they are not, and the service must allow or refuse exactly as the cell says.
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class AccessMatrixTests
{
    private static readonly string[] Cells = ["every", "related", "none"];

    private static readonly Dictionary<string, Actor> ByColumn = new(StringComparer.Ordinal)
    {
        [Roles.Admin] = IntakeWorld.Admin,
        [Roles.Manager] = IntakeWorld.Manager,
        [Roles.RelationsOfficer] = IntakeWorld.Officer,
        [Roles.ResearchOfficer] = ResearchWorld.Researcher,
        [Roles.CommitteeMember] = ResearchWorld.Member2,
        [Roles.ServiceProvider] = ResearchWorld.Provider,
    };

    [Fact]
    public void The_matrix_has_a_column_for_every_staff_role_and_a_known_value_in_every_cell()
    {
        var matrix = AccessMatrix.Read();
        Assert.Equal(Roles.All, matrix.Roles);
        Assert.NotEmpty(matrix.Rows);
        Assert.All(matrix.Rows.SelectMany(r => r.Cells.Values), c => Assert.Contains(c, Cells));
    }

    [Fact]
    public async Task Every_role_gets_exactly_what_the_matrix_says_on_a_related_and_an_unrelated_record()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var related = await w.RegisteredAsync(1);
        await w.Delivery.StartAsync(IntakeWorld.Manager, related, ResearchWorld.Provider.UserId!);
        var unrelated = await w.SubmittedAsync(2);
        var cases = new Dictionary<bool, (int Request, int Beneficiary)>
        {
            [true] = (related, (await w.RequestAsync(related)).BeneficiaryId),
            [false] = (unrelated, (await w.RequestAsync(unrelated)).BeneficiaryId),
        };
        var calls = AccessMatrixCalls.For(w);
        var matrix = AccessMatrix.Read();
        Assert.Equal(matrix.Rows.Select(r => r.Method).Order(), calls.Keys.Order());

        var wrong = new List<string>();
        foreach (var row in matrix.Rows)
        {
            foreach (var (role, cell) in row.Cells)
            {
                foreach (var isRelated in new[] { true, false })
                {
                    var expected = cell == "every" || (cell == "related" && isRelated);
                    var (request, beneficiary) = cases[isRelated];
                    var allowed = await AllowedAsync(() => calls[row.Method](ByColumn[role], request, beneficiary));
                    if (allowed != expected)
                    {
                        wrong.Add($"{row.Method} as {role} on {(isRelated ? "a related" : "an unrelated")} record: expected {(expected ? "allowed" : "refused")}, was {(allowed ? "allowed" : "refused")}");
                    }
                }
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Nobody_assigns_work_to_themself_not_even_a_manager_who_is_also_a_research_officer()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.SubmittedAsync(1);
        var both = ResearchWorld.Staff("u-mr", "مدير باحث", Roles.Manager, Roles.ResearchOfficer);
        await w.AddStaffAsync(both);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Research.AssignAsync(ResearchWorld.Researcher, id, ResearchWorld.Researcher.UserId!));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Research.AssignAsync(both, id, both.UserId!));
        await w.Research.AssignAsync(IntakeWorld.Manager, id, ResearchWorld.Researcher.UserId!);
        Assert.Equal(ResearchWorld.Researcher.UserId, (await w.RequestAsync(id)).AssignedResearcherId);
    }

    private static async Task<bool> AllowedAsync(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (ForbiddenException)
        {
            return false;
        }
        catch (Exception e) when (e is not ForbiddenException)
        {
            // Past the access check, refused for another reason (the request's state, a missing plan): access allowed it.
            return true;
        }
    }
}
