using HopeCase.Core.Contacts;
using HopeCase.Core.Inquiries;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Contacts;

public sealed class ContactAndReferralTests
{
    [Fact]
    public async Task An_inquiry_answered_from_the_faq_records_which_entry()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var person = await w.NewBeneficiaryAsync();
        var faq = (await w.Guides.SearchAsync(IntakeWorld.Officer, "كم يستغرق الرد"))[0];
        var id = await w.Contacts.RecordAsync(IntakeWorld.Officer, new ContactInput(person, null, null, ContactChannel.Phone, ContactDirection.Incoming,
            ContactPurpose.Inquiry, "سأل عن مدة الرد", faq.AnswerAr, faq.Id, 4));
        var contact = Assert.Single(await w.Contacts.ForBeneficiaryAsync(IntakeWorld.Officer, person));
        Assert.Equal(id, contact.Id);
        Assert.Equal(faq.Id, contact.FaqEntryId);
        Assert.Equal(ContactChannel.Phone, contact.Channel);
    }

    [Fact]
    public async Task Faq_search_ignores_hamza_and_taa_marbuta()
    {
        await using var w = await IntakeWorld.CreateAsync();
        Assert.NotEmpty(await w.Guides.SearchAsync(IntakeWorld.Officer, "المستندات المطلوبه"));
        Assert.NotEmpty(await w.Guides.SearchAsync(IntakeWorld.Officer, "التظلم"));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Guides.SaveFaqAsync(IntakeWorld.Officer, null, GuideKind.Bylaws, "س", "ج", null, null));
    }

    [Fact]
    public async Task A_referral_reaches_the_research_queue_and_the_answer_the_file()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var person = await w.NewBeneficiaryAsync();
        await w.Referrals.ReferAsync(IntakeWorld.Officer, person, null, null, "هل يشمل الدعم تكاليف الأدوية؟");
        var open = Assert.Single(await w.Referrals.OpenAsync(IntakeWorld.Researcher));
        await w.Referrals.AnswerAsync(IntakeWorld.Researcher, open.Id, "نعم، ضمن نوع دعم تكاليف العلاج الدوائي.");
        Assert.Empty(await w.Referrals.OpenAsync(IntakeWorld.Researcher));
        var onFile = Assert.Single(await w.Referrals.ForBeneficiaryAsync(IntakeWorld.Officer, person));
        Assert.Equal("مسؤول البحث", onFile.AnsweredBy);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Referrals.AnswerAsync(IntakeWorld.Officer, open.Id, "x"));
    }
}
