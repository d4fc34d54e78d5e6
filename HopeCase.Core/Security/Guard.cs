namespace HopeCase.Core.Security;

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
