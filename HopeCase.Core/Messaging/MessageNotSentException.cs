namespace HopeCase.Core.Messaging;

public sealed class MessageNotSentException : Exception
{
    public MessageNotSentException(string message) : base(message)
    {
    }

    public MessageNotSentException(string message, Exception inner) : base(message, inner)
    {
    }

    public MessageNotSentException()
    {
    }

    /// <summary>Why, as a code the pages turn into words ("Timeout"); null when only the provider's text says.</summary>
    public string? Reason { get; init; }
}
