using Bunit;
using HopeCase.Tests.Support;
using MudBlazor;

namespace HopeCase.Tests.Web.Shared;

/// <summary>Issue 14 item 4: a number field's spin buttons are read out in Arabic, not "Increment" / "Decrement".</summary>
public sealed class MudStringsTests : ComponentTestBase
{
    [Fact]
    public void The_number_field_buttons_are_labelled_in_arabic()
    {
        var cut = Render<MudNumericField<int>>(p => p.Add(x => x.Label, "عدد الجلسات"));
        var labels = cut.FindAll("button").Select(b => b.GetAttribute("aria-label")).ToList();
        Assert.Contains("زيادة", labels);
        Assert.Contains("إنقاص", labels);
        Assert.DoesNotContain(labels, l => l is not null && l.Contains("crement", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_app_registers_the_same_words()
    {
        using var factory = new HopeAppFactory();
        var localizer = factory.Services.GetService(typeof(MudLocalizer));
        Assert.IsType<HopeCase.Web.Shared.MudStrings>(localizer);
    }
}
