namespace Portal.CallRouting.Configuration.Services;

/// <summary>Checks shared by the centre, queue and schedule validation.</summary>
public static class ConfigurationText
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static void RequireName(FieldErrors errors, string? name, string what)
    {
        if (Clean(name) is not { } clean)
        {
            errors.Add("name", $"Enter the {what}'s name.");
        }
        else if (clean.Length > ConfigurationLimits.Name)
        {
            errors.Add("name", $"The name must be {ConfigurationLimits.Name} characters or fewer.");
        }
    }

    /// <summary>On an update the code comes from the address; a body may repeat it but not change it.</summary>
    public static void CheckUnchangedCode(FieldErrors errors, string? given, string code, string what)
    {
        if (given is not null && given != code)
        {
            errors.Add("code", $"A {what}'s code cannot be changed: create a new {what} instead.");
        }
    }

    public static void CheckRange(FieldErrors errors, string field, int? value, int min, int max, string what)
    {
        if (value is null)
        {
            errors.Add(field, $"Enter {what}.");
        }
        else if (value < min || value > max)
        {
            errors.Add(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be between {min} and {max}.");
        }
    }
}
