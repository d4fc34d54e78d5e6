using HopeCase.Core.Data;

namespace HopeCase.Core.Requests;

/// <summary>
/// The applicant's signed declaration (P-6.4): the exact text signed, the signature, the signer, the witnessing
/// officer and the time. Written once; there is no way to change it afterwards.
/// </summary>
public sealed class Declaration : IWriteOnce
{
    private Declaration()
    {
    }

    public Declaration(string text, SignatureKind kind, int? signatureFileId, string signerName, string? witnessId, string? witnessName, DateTimeOffset signedAt)
    {
        (Text, Kind, SignatureFileId, SignerName, WitnessId, WitnessName, SignedAt) = (text, kind, signatureFileId, signerName, witnessId, witnessName, signedAt);
        TextSha256 = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    public int Id { get; private set; }
    public int SupportRequestId { get; private set; }
    public string Text { get; private set; } = "";
    public string TextSha256 { get; private set; } = "";
    public SignatureKind Kind { get; private set; }
    public int? SignatureFileId { get; private set; }
    public string SignerName { get; private set; } = "";
    public string? WitnessId { get; private set; }
    public string? WitnessName { get; private set; }
    public DateTimeOffset SignedAt { get; private set; }
}
