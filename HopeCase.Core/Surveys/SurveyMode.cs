namespace HopeCase.Core.Surveys;

public enum SurveyMode
{
    Online = 1,
    Phone = 2,
    Paper = 3,
}
