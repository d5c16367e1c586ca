namespace Portal.OpenId.Security;

/// <summary>
/// The one rule both revocation-aware managers follow: run the store write, then forget every confirmation in
/// <see cref="ConfirmedTokenEntries"/>. Forgetting comes after the write (a validation that read the store before it
/// is caught by the generation) and happens even when the write throws: it may have reached the store before failing,
/// and forgetting too much costs only a lookup.
/// </summary>
internal static class ConfirmedTokenEntriesWrites
{
    public static async ValueTask ForgetAllAfterAsync(this ConfirmedTokenEntries confirmed, Func<ValueTask> write)
    {
        try
        {
            await write();
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public static async ValueTask<T> ForgetAllAfterAsync<T>(this ConfirmedTokenEntries confirmed, Func<ValueTask<T>> write)
    {
        try
        {
            return await write();
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }
}
