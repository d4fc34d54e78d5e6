namespace HopeCase.Core.Research;

/// <summary>
/// A business rule of research, committee or service said no (e.g. no quorum, the appeal period has passed).
/// <see cref="Code"/> is a resource key, so the page shows a clear Arabic sentence and keeps what was typed.
/// </summary>
public sealed class CaseRuleException(string code, string? detail = null)
    : InvalidOperationException(detail is null ? code : $"{code}: {detail}")
{
    public string Code { get; } = code;
}
