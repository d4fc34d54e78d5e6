namespace HopeCase.Benchmarks;

/// <summary>The last lines a child process printed, for the message when it fails to start or stops early.</summary>
internal sealed class OutputTail
{
    private const int Lines = 30;
    private readonly Queue<string> _lines = new();

    public void Add(string line)
    {
        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > Lines)
            {
                _lines.Dequeue();
            }
        }
    }

    public override string ToString()
    {
        lock (_lines)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }
}
