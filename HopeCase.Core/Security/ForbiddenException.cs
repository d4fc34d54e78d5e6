namespace HopeCase.Core.Security;

/// <summary>The actor may not do this. Thrown by services, whatever the UI showed.</summary>
public sealed class ForbiddenException(string operation) : Exception($"Not allowed: {operation}.")
{
    public string Operation { get; } = operation;
}
