using System.Security.Cryptography;

namespace Portal.Tenants.Services;

/// <summary>
/// The first administrator's password of a new tenant: 20 characters from a cryptographic generator, with at
/// least one upper-case letter, lower-case letter, digit and symbol, so any reasonable password policy accepts it.
/// Look-alike characters (0/O, 1/l/I) are left out because a person copies it once by hand.
/// </summary>
public static class AdminPasswordGenerator
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#%*+-=?@";

    public static string Generate(int length = 20)
    {
        const string all = Upper + Lower + Digits + Symbols;
        var chars = new[] { Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols) }
            .Concat(Enumerable.Range(0, Math.Max(0, length - 4)).Select(_ => Pick(all)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
