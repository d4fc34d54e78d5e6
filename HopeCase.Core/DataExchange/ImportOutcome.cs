namespace HopeCase.Core.DataExchange;

public enum ImportOutcome
{
    /// <summary>A new file will be created.</summary>
    Create,

    /// <summary>Created, with a note (a mobile shared with another file, as families do).</summary>
    CreateWithNote,

    /// <summary>Not imported, for the reasons given.</summary>
    Refuse,
}
