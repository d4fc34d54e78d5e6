using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using Microsoft.Extensions.Localization;

namespace HopeCase.Web.Shared;

/// <summary>The Arabic (or English) sentence for what a research, committee or service operation refused.</summary>
public static class CaseErrors
{
    public static bool Handles(Exception ex) => ex is CaseRuleException or RequestChangedException or IllegalTransitionException or ForbiddenException;

    public static string Message(IStringLocalizer l, Exception ex)
    {
        ArgumentNullException.ThrowIfNull(l);
        return ex switch
        {
            CaseRuleException c => l[c.Code],
            RequestChangedException r => l["Errors.ChangedByAnother", Labels.Of(l, r.Current)],
            IllegalTransitionException => l["Errors.IllegalMove"],
            _ => l["Errors.Forbidden"],
        };
    }
}
