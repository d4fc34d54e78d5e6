using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HopeCase.Web.Account;

/// <summary>Identity's error messages in the staff member's language.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<Strings> l) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = l["PasswordTooShort", length] };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = l["DuplicateEmail", email] };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = l["DuplicateEmail", userName] };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = l["InvalidEmail", email ?? ""] };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = l["InvalidEmail", userName ?? ""] };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = l["PasswordMismatch"] };
}
