namespace HopeCase.Core.Requests;

/// <summary>The letter a move implies; queued through <see cref="HopeCase.Core.Letters.ILetterQueue"/> once the move has been saved.</summary>
public enum MoveLetter
{
    None,

    /// <summary>The receipt with the reference and the date the committee will answer by.</summary>
    Receipt,

    /// <summary>The committee's decision: acceptance, rejection or the list of missing information.</summary>
    Decision,

    /// <summary>The confirmation that the beneficiary's withdrawal was recorded.</summary>
    Withdrawal,
}
