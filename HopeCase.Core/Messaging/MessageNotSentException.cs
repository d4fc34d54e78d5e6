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
}
