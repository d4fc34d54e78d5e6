using HopeCase.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HopeCase.Web.Account;

/// <summary>Identity's error messages in the staff member's language.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<Strings> l) : IdentityErrorDescriber, ICommonPasswordDescriber
{
    public string CommonPassword() => l["Account.PasswordTooCommon"];

    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = l["Account.PasswordTooShort", length] };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = l["Account.DuplicateEmail", email] };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = l["Account.DuplicateEmail", userName] };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = l["Account.InvalidEmail", email ?? ""] };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = l["Account.InvalidEmail", userName ?? ""] };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = l["Account.PasswordMismatch"] };
}
