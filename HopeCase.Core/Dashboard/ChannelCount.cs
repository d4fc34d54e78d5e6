using HopeCase.Core.Contacts;

namespace HopeCase.Core.Dashboard;

public sealed record ChannelCount(ContactChannel Channel, int Count);
