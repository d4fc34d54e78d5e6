using HopeCase.Core.Security;

namespace HopeCase.Core.DataExchange;

[PersonalData]
public sealed record ImportBatchView(int Id, string FileName, ImportStatus Status, int Total, int Processed, int Created, int Refused,
    string? Error, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? UndoneAt)
{
    public int Percent => Total == 0 ? 100 : Math.Clamp(Processed * 100 / Total, 0, 100);
}
