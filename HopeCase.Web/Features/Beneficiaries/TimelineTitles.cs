using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Requests;
using HopeCase.Web.Shared;
using Microsoft.Extensions.Localization;

namespace HopeCase.Web.Features.Beneficiaries;

/// <summary>The words for one line of a beneficiary's timeline, on the page and in the whole-file PDF alike.</summary>
public static class TimelineTitles
{
    public static string Of(IStringLocalizer l, TimelineItem item)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(item);
        switch (item.Kind)
        {
            case TimelineKind.Contact:
                var parts = item.Title.Split('|');
                return $"{l["Contacts.Contact"]}: {Labels.Of(l, Enum.Parse<ContactChannel>(parts[0]))} - {Labels.Of(l, Enum.Parse<ContactPurpose>(parts[1]))}";
            case TimelineKind.Request:
                // The request's one id is its reference (1448-000021); a draft has none yet, and no internal number is shown instead.
                // Isolated left to right (LRI…PDI): in an Arabic line "1448-000021:" would otherwise print as "000021-1448:".
                var request = item.Reference is { } reference ? $"{l["Requests.Request"]} \u2066{reference}\u2069" : l["Requests.Request"].Value;
                return $"{request}: {Labels.Of(l, Enum.Parse<RequestStatus>(item.Title))}";
            case TimelineKind.Referral:
                return $"{l["Referrals.Referral"]}: {item.Title}";
            case TimelineKind.Letter:
                return $"{l["Beneficiaries.TimelineLetter"]}: {l[$"Letters.LetterType_{item.Title}"]}";
            default:
                return item.Title;
        }
    }
}
