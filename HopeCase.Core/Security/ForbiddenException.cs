using HopeCase.Core.Audit;

namespace HopeCase.Core.Security;

/// <summary>The actor may not do this. Thrown by services, whatever the UI showed.</summary>
public sealed class ForbiddenException(string operation) : Exception($"Not allowed: {operation}.")
{
    public string Operation { get; } = operation;
}

public static class Guard
{
    /// <summary>Throws <see cref="ForbiddenException"/> unless the actor holds one of the roles.</summary>
    public static void RequireRole(Actor actor, string operation, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId is null || !actor.IsInAny(roles))
        {
            throw new ForbiddenException(operation);
        }
    }
}
