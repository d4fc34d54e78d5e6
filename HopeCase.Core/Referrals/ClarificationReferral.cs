namespace HopeCase.Core.Referrals;

/// <summary>P-6.3: the officer refers a beneficiary's question to the social research officer, who answers on the file.</summary>
public sealed class ClarificationReferral
{
    private ClarificationReferral()
    {
    }

    public ClarificationReferral(int beneficiaryId, int? requestId, int? contactId, string question, DateTimeOffset at, string? byId, string? byName)
    {
        (BeneficiaryId, SupportRequestId, ContactId, Question, AskedAt, AskedById, AskedByName) = (beneficiaryId, requestId, contactId, question.Trim(), at, byId, byName);
    }

    public int Id { get; private set; }
    public int BeneficiaryId { get; private set; }
    public int? SupportRequestId { get; private set; }
    public int? ContactId { get; private set; }
    public string Question { get; private set; } = "";
    public DateTimeOffset AskedAt { get; private set; }
    public string? AskedById { get; private set; }
    public string? AskedByName { get; private set; }
    public string? Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredByName { get; private set; }

    public void RecordAnswer(string answer, DateTimeOffset at, string? byName)
    {
        if (Answer is not null)
        {
            throw new InvalidOperationException("This referral has already been answered.");
        }
        (Answer, AnsweredAt, AnsweredByName) = (answer.Trim(), at, byName);
    }
}
