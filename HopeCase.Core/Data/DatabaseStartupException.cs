namespace HopeCase.Core.Data;

/// <summary>Raised when the database file must not be used; start-up stops and the file is left as it was.</summary>
public sealed class DatabaseStartupException(string message) : Exception(message);
