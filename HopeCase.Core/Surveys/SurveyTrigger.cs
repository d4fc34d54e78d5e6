namespace HopeCase.Core.Surveys;

/// <summary>What led to a survey. The numbers are stored.</summary>
public enum SurveyTrigger
{
    DecisionLetter = 1,
    ServiceClosed = 2,

    /// <summary>A service staff gave another department of the association (P-3.8), recorded on /internal-services.</summary>
    InternalService = 3,
}
