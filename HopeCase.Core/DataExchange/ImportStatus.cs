namespace HopeCase.Core.DataExchange;

public enum ImportStatus
{
    Queued,
    Running,
    Done,
    Failed,
    Undone,
}
