namespace HopeCase.Core.Contacts;

/// <summary>
/// A volunteer's or supporter's contact, on the volunteering channel (P-1, P-4.6): who they are and what they offer.
/// Only a contact register for now (issue 14 item 15); no scheduling of volunteers.
/// </summary>
public sealed class SupporterContact
{
    private SupporterContact()
    {
    }

    public SupporterContact(SupporterKind kind, string name, string? mobile, string? email, string who, string offer, DateTimeOffset at, string? staffName) =>
        (Kind, Name, Mobile, Email, Who, Offer, At, StaffName) = (kind, name.Trim(), mobile, email?.Trim(), who.Trim(), offer.Trim(), at, staffName);

    public int Id { get; private set; }
    public SupporterKind Kind { get; private set; }

    /// <summary>Always the volunteering channel: the register is that channel's.</summary>
    public ContactChannel Channel { get; private set; } = ContactChannel.Volunteering;

    public string Name { get; private set; } = "";
    public string? Mobile { get; private set; }
    public string? Email { get; private set; }

    /// <summary>Who they are: profession, organisation, or how they know the association.</summary>
    public string Who { get; private set; } = "";

    /// <summary>What they offer: time and skills, a donation, a service.</summary>
    public string Offer { get; private set; } = "";

    public DateTimeOffset At { get; private set; }
    public string? StaffName { get; private set; }
}
