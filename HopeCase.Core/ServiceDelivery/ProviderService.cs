namespace HopeCase.Core.ServiceDelivery;

/// <summary>A service provider delivers a support type: registered requests approved for that type reach his queue.</summary>
public sealed class ProviderService
{
    private ProviderService()
    {
    }

    public ProviderService(string userId, int supportTypeId) => (UserId, SupportTypeId) = (userId, supportTypeId);

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public int SupportTypeId { get; private set; }
}
