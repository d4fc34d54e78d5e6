using HopeCase.Core.Messaging;

namespace HopeCase.Tests.Core.Messaging;

/// <summary>The survey token never reaches a staff page: the outbox body is masked where staff read it.</summary>
public sealed class SurveyLinkMaskTests
{
    [Fact]
    public void The_token_of_a_survey_link_is_hidden_and_the_rest_of_the_message_kept()
    {
        var body = "شاركنا رأيك: https://hope-psy.org.sa/survey/Ab3_x-9QzT7 قبل 1448/07/01";
        var masked = SurveyLinkMask.Mask(body);
        Assert.DoesNotContain("Ab3_x-9QzT7", masked, StringComparison.Ordinal);
        Assert.Equal("شاركنا رأيك: https://hope-psy.org.sa/survey/•••••• قبل 1448/07/01", masked);
        Assert.Equal("رسالة بلا رابط", SurveyLinkMask.Mask("رسالة بلا رابط"));
    }
}
