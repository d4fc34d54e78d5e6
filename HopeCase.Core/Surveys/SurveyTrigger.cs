namespace HopeCase.Core.Surveys;

/// <summary>What led to a survey. The numbers are stored.</summary>
public enum SurveyTrigger
{
    DecisionLetter = 1,
    ServiceClosed = 2,
}
