namespace HopeCase.Web.Account;

/// <summary>What the password step tells the sign-in page: go on, ask for the second factor, or the one failure.</summary>
public enum SignInStep
{
    Failed,
    SignedIn,
    SecondFactor,
}
