using System.Numerics;

namespace Portal.CallRouting.Tests.WhatIf;

/// <summary>
/// Erlang C by the textbook formula in exact integer arithmetic, an independent check of the recursion in production:
/// for A = p/q and N agents, C = (A^N/N! · N/(N−A)) / (Σ_{k&lt;N} A^k/k! + A^N/N! · N/(N−A)). Every term is
/// multiplied by N!·q^N·(Nq − p) so that all of it is a BigInteger; nothing is rounded until the last division.
/// </summary>
internal static class ExactErlangC
{
    public static double ProbabilityOfWaiting(int agents, BigInteger p, BigInteger q)
    {
        var n = new BigInteger(agents);
        var spare = n * q - p; // (N − A)·q, positive for a stable pool
        if (spare.Sign <= 0)
        {
            throw new ArgumentException("Only stable pools (N > A) have a finite Erlang C formula.");
        }

        var factorialN = Factorial(agents);
        BigInteger sum = 0;
        for (var k = 0; k < agents; k++)
        {
            // A^k/k! · N!·q^N = p^k · q^(N−k) · N!/k!
            sum += BigInteger.Pow(p, k) * BigInteger.Pow(q, agents - k) * (factorialN / Factorial(k));
        }

        // A^N/N! · N/(N−A) · N!·q^N = p^N · N·q / (N·q − p): scale both by (N·q − p) to stay integral.
        var last = BigInteger.Pow(p, agents) * n * q;
        var numerator = last;
        var denominator = sum * spare + last;
        return Ratio(numerator, denominator);
    }

    public static double ErlangB(int agents, BigInteger p, BigInteger q)
    {
        // B = (A^N/N!) / Σ_{k≤N} A^k/k!, scaled by N!·q^N.
        var factorialN = Factorial(agents);
        BigInteger sum = 0;
        for (var k = 0; k <= agents; k++)
        {
            sum += BigInteger.Pow(p, k) * BigInteger.Pow(q, agents - k) * (factorialN / Factorial(k));
        }

        return Ratio(BigInteger.Pow(p, agents), sum);
    }

    private static double Ratio(BigInteger numerator, BigInteger denominator)
    {
        var scale = BigInteger.Pow(10, 30);
        return (double)(numerator * scale / denominator) / 1e30;
    }

    private static BigInteger Factorial(int n)
    {
        BigInteger result = 1;
        for (var i = 2; i <= n; i++)
        {
            result *= i;
        }

        return result;
    }
}
