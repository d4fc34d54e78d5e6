namespace HopeCase.Core.Beneficiaries;

/// <summary>
/// One match token of a beneficiary's name (Arabic and Latin), the search index: a plain table with a btree index on
/// (Token, BeneficiaryId), so an exact word is an index seek and a typed beginning a range, on SQLite and PostgreSQL
/// alike. Written by <see cref="BeneficiaryNameIndex"/> in the same SaveChanges as the file; never by hand.
/// </summary>
public sealed class BeneficiaryNameToken
{
    private BeneficiaryNameToken()
    {
    }

    internal BeneficiaryNameToken(Beneficiary beneficiary, int position, string token) =>
        (Beneficiary, Position, Token) = (beneficiary, position, token);

    public int BeneficiaryId { get; private set; }
    public int Position { get; private set; }
    public string Token { get; private set; } = "";
    public Beneficiary? Beneficiary { get; private set; }

    internal void Replace(string token) => Token = token;
}
