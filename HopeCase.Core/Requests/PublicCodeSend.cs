namespace HopeCase.Core.Requests;

/// <summary>What became of a request for a one-time code.</summary>
public enum PublicCodeSend
{
    Sent = 1,

    /// <summary>The last code is less than a minute old, or five were sent within the hour.</summary>
    TooSoon = 2,

    /// <summary>No mobile on file: no code can be sent, so the step cannot be done from the website.</summary>
    NoMobile = 3,

    /// <summary>The SMS gateway refused or did not answer.</summary>
    NotSent = 4,
}
