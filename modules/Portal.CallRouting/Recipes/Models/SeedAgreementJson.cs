namespace Portal.CallRouting.Recipes.Models;

/// <summary>An agreement as the recipe step writes it (<c>role</c> is <c>proposer</c> or <c>partner</c>); read into <see cref="SeedAgreement"/>.</summary>
public sealed class SeedAgreementJson
{
    public string? Id { get; set; }
    public string? Role { get; set; }
    public string? Partner { get; set; }
    public string? QueueCode { get; set; }
    public int? MaxConcurrentCalls { get; set; }
    public int? ValidForDays { get; set; }
}
