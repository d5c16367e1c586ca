namespace Portal.Host.Messaging;

/// <summary>
/// One delivered message waiting for its turn in its tenant's inbox batch. The consumer awaits <see cref="Completion"/>:
/// it completes only after the batch committed (how many handlers ran), or fails with the handler's exception
/// (the consumer's retries take it from there) or with the batch's.
/// </summary>
internal abstract class InboxWork(Guid messageId, CancellationToken cancellationToken)
{
    private readonly TaskCompletionSource<int> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Guid MessageId => messageId;

    public CancellationToken CancellationToken => cancellationToken;

    public Task<int> Completion => _completion.Task;

    /// <summary>Runs the message's handlers that have not handled it yet, inside the batch's transaction.</summary>
    /// <returns>How many ran, or the exception of the first that failed (its changes are rolled back, the others' kept).</returns>
    public abstract Task<(int Ran, Exception? Error)> RunAsync(InboxBatch batch);

    public void Complete(int ran) => _completion.TrySetResult(ran);

    public void Fail(Exception error) => _completion.TrySetException(error);

    public void Cancel() => _completion.TrySetCanceled(cancellationToken);
}
