using HopeCase.Core.Contacts;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Contacts;

/// <summary>Issue 14 item 15: volunteers and supporters on the volunteering channel, who they are and what they offer, listed for managers.</summary>
public sealed class SupporterRegisterTests
{
    [Fact]
    public async Task Officers_record_volunteers_and_supporters_and_managers_list_them()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var register = new SupporterService(w.Dbs, w.Audit, w.Clock);
        await register.RecordAsync(IntakeWorld.Officer, new SupporterInput(SupporterKind.Volunteer, "نورة الحازمي", "0551239876", null, "أخصائية نفسية متقاعدة", "ساعتان أسبوعيًا للاستماع الهاتفي"));
        await register.RecordAsync(IntakeWorld.Officer, new SupporterInput(SupporterKind.Supporter, "مؤسسة الخير", null, "info@khair.example", "مؤسسة مانحة", "تمويل 20 جلسة"));

        Assert.Equal("Contacts.SupporterReachable", (await Assert.ThrowsAsync<CaseRuleException>(() =>
            register.RecordAsync(IntakeWorld.Officer, new SupporterInput(SupporterKind.Volunteer, "بلا تواصل", null, null, "", "وقت")))).Code);
        Assert.Equal("Contacts.SupporterMobile", (await Assert.ThrowsAsync<CaseRuleException>(() =>
            register.RecordAsync(IntakeWorld.Officer, new SupporterInput(SupporterKind.Volunteer, "رقم خطأ", "12345", null, "", "وقت")))).Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => register.ListAsync(IntakeWorld.Officer));

        var list = await register.ListAsync(IntakeWorld.Manager);
        Assert.Equal(["مؤسسة الخير", "نورة الحازمي"], list.Select(s => s.Name));
        var volunteer = list[1];
        Assert.Equal((SupporterKind.Volunteer, "+966551239876", "أخصائية نفسية متقاعدة", "ساعتان أسبوعيًا للاستماع الهاتفي", "موظف العلاقات"),
            (volunteer.Kind, volunteer.Mobile, volunteer.Who, volunteer.Offer, volunteer.StaffName));
        var audit = await w.Audit.LatestAsync(Auditor.Actor, 10, "SupporterContact", null);
        Assert.Contains(audit, a => a.Action == "SupportersListed");
    }
}
