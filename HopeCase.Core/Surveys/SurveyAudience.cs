namespace HopeCase.Core.Surveys;

/// <summary>
/// Who a survey asks (P-3.8): a beneficiary, or another department of the association rating the service its staff
/// received. Stored; beneficiary figures read only <see cref="Beneficiary"/>, the internal panel only <see cref="Internal"/>.
/// </summary>
public enum SurveyAudience
{
    Beneficiary = 0,
    Internal = 1,
}
