using HopeCase.Core.Beneficiaries;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Registration;

/// <summary>Issue 14 item 1: the number registration announces is the one the file's header and the search list show.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class FileNumberReachesTheFileTests
{
    [Fact]
    public async Task Registration_writes_the_file_number_on_the_beneficiary_for_the_header_and_the_search_list()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.RegisteredAsync();
        var request = await w.RequestAsync(id);
        var files = new BeneficiaryFileService(w.Intake.Dbs, w.Intake.Audit);

        var file = await files.ReadAsync(IntakeWorld.Officer, request.BeneficiaryId);
        Assert.Equal("1448/00001", file!.FileNumber);
        var hits = await w.Intake.Beneficiaries.SearchAsync(IntakeWorld.Officer, "الزهراني");
        Assert.Equal("1448/00001", Assert.Single(hits.Hits).FileNumber);
    }
}
