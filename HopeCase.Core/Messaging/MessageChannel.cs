namespace HopeCase.Core.Messaging;

public enum MessageChannel
{
    Sms = 1,
    Email = 2,
}
