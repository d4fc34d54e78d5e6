namespace HopeCase.Core.Registration;

/// <summary>The last file number given in a Hijri year; bumped inside the registering transaction.</summary>
public sealed class FileSequence
{
    private FileSequence()
    {
    }

    public int Year { get; private set; }
    public int Last { get; private set; }
}
