namespace HopeCase.Core.Surveys;

/// <summary>A service the association's staff gave another department (P-3.8): who served, what was done, when.</summary>
public sealed class InternalService
{
    private InternalService()
    {
    }

    public InternalService(int departmentId, string staffId, string staffName, string description, DateOnly servedOn, string recordedById, string recordedByName, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        (DepartmentId, StaffId, StaffName, Description, ServedOn) = (departmentId, staffId, staffName, description.Trim(), servedOn);
        (RecordedById, RecordedByName, CreatedAt) = (recordedById, recordedByName, at);
    }

    public int Id { get; private set; }
    public int DepartmentId { get; private set; }
    public string StaffId { get; private set; } = "";
    public string StaffName { get; private set; } = "";
    public string Description { get; private set; } = "";
    public DateOnly ServedOn { get; private set; }
    public string RecordedById { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
