namespace Portal.Publications.Tests.Public.Support;

/// <summary>What a test needs to know of a report the fixture published, to compute what a search should find.</summary>
public sealed record SeededReport(string Tenant, string Reference, string Title, string DecisionMaker, int Year, IReadOnlyList<string> Tags, bool Withdrawn);
