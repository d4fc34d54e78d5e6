using System.Net;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HopeCase.Tests.Support.PublicApp;

namespace HopeCase.Tests.Web.Requests;

public sealed class ApplyTests(PublicAppFixture fx) : IClassFixture<PublicAppFixture>
{
    private PublicApp App => fx.App;

    private async Task<int> RequestsWithIdAsync(string nationalId)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        return await db.Requests.CountAsync(r => r.Beneficiary!.NationalId == nationalId);
    }

    private static Upload[] Documents(SupportTypeView type) =>
    [
        new(ApplyFormField(type, 0), "هوية.jpg", "image/jpeg", Jpeg()),
        new(ApplyFormField(type, 1), "report.pdf", "application/pdf", Pdf()),
    ];

    private static string ApplyFormField(SupportTypeView type, int i) => HopeCase.Web.Features.Requests.ApplyForm.FileField(type.Requirements[i].Id);

    private static Dictionary<string, string> WithExpiry(Dictionary<string, string> fields, SupportTypeView type, string expiry = "2031/06/30")
    {
        foreach (var r in type.Requirements.Where(r => r.HasExpiry))
        {
            fields[HopeCase.Web.Features.Requests.ApplyForm.ExpiryField(r.Id)] = expiry;
        }
        return fields;
    }

    [Fact]
    public async Task The_page_lists_the_support_types_then_the_form_with_the_declaration_and_crisis_line()
    {
        var client = App.ClientFrom("10.1.0.1");
        var list = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/apply", UriKind.Relative)));
        Assert.Contains("إحالة إلى طبيب نفسي", list, StringComparison.Ordinal);
        Assert.Contains("920033360", list, StringComparison.Ordinal);
        var type = await App.TypeAsync("psychiatric");
        var form = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/apply?type={type.Id}", UriKind.Relative)));
        Assert.Contains("enctype=\"multipart/form-data\"", form, StringComparison.Ordinal);
        Assert.Contains("أقر أنا مقدم الطلب بأن جميع البيانات", form, StringComparison.Ordinal);
        Assert.Contains("تقرير طبي", form, StringComparison.Ordinal);
        Assert.Contains("صامطة", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_application_with_a_jpeg_and_a_pdf_arrives_as_received()
    {
        var client = App.ClientFrom("10.1.0.2");
        var type = await App.TypeAsync("psychiatric");
        var id = IntakeWorld.NationalId(7001);
        var response = await PostApplyAsync(client, type.Id, WithExpiry(ValidFields(id), type), Documents(type));

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString;
        Assert.StartsWith("/apply/done?ref=", location, StringComparison.Ordinal);
        var reference = Uri.UnescapeDataString(location["/apply/done?ref=".Length..]);

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var request = await db.Requests.Include(r => r.Documents).Include(r => r.Beneficiary).SingleAsync(r => r.PublicReference == PublicReferences.Normalize(reference));
        Assert.Equal(RequestStatus.Received, request.Status);
        Assert.Equal(2, request.Documents.Count);
        Assert.Equal("سارة عبدالله محمد المالكي", request.Beneficiary!.FullName);

        var done = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(location, UriKind.Relative)));
        Assert.Contains(reference, done, StringComparison.Ordinal);
        Assert.Contains("خلال 14 يومًا", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_or_with_a_forged_token_is_refused_and_nothing_is_stored()
    {
        var client = App.ClientFrom("10.1.0.3");
        var type = await App.TypeAsync("psychiatric");
        var id = IntakeWorld.NationalId(7002);
        var fields = WithExpiry(ValidFields(id), type);

        var missing = await PostApplyAsync(client, type.Id, fields, Documents(type), token: null);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var forged = await PostApplyAsync(App.ClientFrom("10.1.0.3"), type.Id, fields, Documents(type), token: "CfDJ8forged-token-from-another-site");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await RequestsWithIdAsync(id));
    }

    [Fact]
    public async Task An_over_sized_post_is_refused_before_it_is_read_and_nothing_is_stored()
    {
        var client = App.ClientFrom("10.1.0.4");
        var type = await App.TypeAsync("psychiatric");
        var id = IntakeWorld.NationalId(7003);
        var huge = new byte[26 * 1024 * 1024];
        Pdf().CopyTo(huge, 0);
        var response = await PostApplyAsync(client, type.Id, WithExpiry(ValidFields(id), type),
            [new(ApplyFormField(type, 0), "id.pdf", "application/pdf", huge), new(ApplyFormField(type, 1), "report.pdf", "application/pdf", Pdf())]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("25", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await RequestsWithIdAsync(id));
    }

    [Fact]
    public async Task An_upload_that_lies_about_its_type_is_refused_with_the_message_and_the_typed_values_kept()
    {
        var client = App.ClientFrom("10.1.0.5");
        var type = await App.TypeAsync("psychiatric");
        var id = IntakeWorld.NationalId(7004);
        var script = "<html><script>alert(1)</script></html>"u8.ToArray();
        var response = await PostApplyAsync(client, type.Id, WithExpiry(ValidFields(id), type),
            [new(ApplyFormField(type, 0), "photo.jpg", "image/jpeg", script), new(ApplyFormField(type, 1), "report.pdf", "application/pdf", Pdf())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-error=\"Upload.NotAllowedType\"", html, StringComparison.Ordinal);
        Assert.Contains("نوع الملف غير مقبول", html, StringComparison.Ordinal);
        Assert.Contains("صورة الهوية الوطنية أو الإقامة: نوع الملف غير مقبول", html, StringComparison.Ordinal);
        Assert.Contains("value=\"المالكي\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"1415/03/10\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2031/06/30\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"files-again\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await RequestsWithIdAsync(id));
    }

    [Fact]
    public async Task Wrong_fields_are_named_in_arabic_beside_each_field()
    {
        var client = App.ClientFrom("10.1.0.6");
        var type = await App.TypeAsync("counselling");
        var fields = WithExpiry(ValidFields("1234567890"), type);
        fields["Input.Grandfather"] = "";
        fields["Input.BirthDate"] = "31/02/1990";
        fields["Input.Mobile"] = "12345";
        fields.Remove("Input.Declaration");
        var response = await PostApplyAsync(client, type.Id, fields, []);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        foreach (var code in new[] { "Name.FourParts", "NationalId.Invalid", "BirthDate.Invalid", "Mobile.Invalid", "Consent.SmsNeedsMobile", "Declaration.Missing", "Upload.Missing" })
        {
            Assert.Contains($"data-error=\"{code}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("اكتب الاسم الرباعي كاملًا", html, StringComparison.Ordinal);
        Assert.Contains("يلزم الموافقة على الإقرار", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"files-again\"", html, StringComparison.Ordinal);
    }
}
