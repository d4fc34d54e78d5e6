namespace HopeCase.Core.Surveys;

/// <summary>The answers: five questions on 1–5 and the likelihood to recommend on 0–10.</summary>
public sealed record SurveyScores(int Overall, int Courtesy, int Clarity, int Speed, int Ease, int Recommend)
{
    public bool IsValid =>
        new[] { Overall, Courtesy, Clarity, Speed, Ease }.All(v => v is >= 1 and <= 5) && Recommend is >= 0 and <= 10;
}
