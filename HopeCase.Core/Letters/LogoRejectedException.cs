namespace HopeCase.Core.Letters;

public sealed class LogoRejectedException(string message) : Exception(message);
