using HopeCase.Core.Contacts;

namespace HopeCase.Web.Features.Requests;

/// <summary>What the withdrawal dialog returns: the beneficiary's reason and the channel the wish came by.</summary>
public sealed record WithdrawChoice(string Reason, ContactChannel Channel);
