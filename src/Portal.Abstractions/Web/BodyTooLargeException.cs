namespace Portal.Abstractions.Web;

/// <summary>Thrown by <see cref="LengthLimitedStream"/> when a body without a declared length runs past the limit.</summary>
public sealed class BodyTooLargeException() : IOException("The request body is larger than the endpoint accepts.");
