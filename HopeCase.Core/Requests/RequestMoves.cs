using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Requests;

/// <summary>Shared steps of every move: the caller's version must still be the stored one, and a lost race says so.</summary>
public static class RequestMoves
{
    /// <summary>Throws when the caller decided on an older version of the request than the one stored.</summary>
    public static void ExpectVersion(SupportRequest request, int? expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (expectedVersion is { } v && v != request.Version)
        {
            throw new RequestChangedException(request.Id, request.Status);
        }
    }

    /// <summary>Saves; when another context wrote the request in between, throws <see cref="RequestChangedException"/> with the state it now has.</summary>
    public static async Task SaveAsync(HopeDb db, SupportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var now = await db.Requests.AsNoTracking().Where(r => r.Id == request.Id).Select(r => r.Status).SingleAsync(ct);
            throw new RequestChangedException(request.Id, now);
        }
    }
}
