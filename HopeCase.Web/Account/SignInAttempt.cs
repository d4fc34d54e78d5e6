namespace HopeCase.Web.Account;

/// <summary>One sign-in attempt as the throttle sees it: from where, against which account.</summary>
public readonly record struct SignInAttempt(string Client, string Account);
