namespace HopeCase.Core.Requests;

/// <summary>
/// Someone else moved the request first (optimistic concurrency on <see cref="SupportRequest.Version"/>).
/// Nothing was overwritten; the page shows the message and reloads the request in its new state.
/// </summary>
public sealed class RequestChangedException(int requestId, RequestStatus current)
    : InvalidOperationException($"Request {requestId} was changed by someone else; it is now {current}.")
{
    public int RequestId { get; } = requestId;
    public RequestStatus Current { get; } = current;
}
