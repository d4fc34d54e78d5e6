namespace HopeCase.Core.Data;

/// <summary>
/// A record written once and never changed or removed: a signed declaration, a stored file, an audit entry, a
/// timeline event. <see cref="HopeDb"/> refuses to save a change to one.
/// </summary>
public interface IWriteOnce;
