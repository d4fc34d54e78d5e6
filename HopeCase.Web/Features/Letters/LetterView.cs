using HopeCase.Core.Letters;
using HopeCase.Core.Organisation;

namespace HopeCase.Web.Features.Letters;

/// <summary>Everything <see cref="LetterPage"/> draws: the letter, its number and date, and the letterhead.</summary>
public sealed record LetterView(
    LetterContent Content,
    string Number,
    DateTimeOffset IssuedAt,
    string BodyHtml,
    string VerifyCode,
    string VerifyUrl,
    string QrDataUri,
    OrganisationProfile Profile,
    string? LogoDataUri,
    bool Copy,
    bool Draft);
