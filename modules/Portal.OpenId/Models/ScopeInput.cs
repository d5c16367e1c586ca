namespace Portal.OpenId.Models;

/// <summary>
/// What an administrator (page, API) or a recipe says about a scope. <see cref="Name"/> is the scope token clients
/// ask for; it is given at creation and cannot change. <see cref="Resources"/> are the audiences (APIs) the scope
/// is meant for.
/// </summary>
public sealed class ScopeInput
{
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public List<string>? Resources { get; set; }
}
