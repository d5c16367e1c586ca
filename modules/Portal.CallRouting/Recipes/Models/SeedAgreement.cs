using Portal.CallRouting.Agreements.Models;

namespace Portal.CallRouting.Recipes.Models;

/// <summary>
/// This force's side of an overflow agreement that both forces' recipes seed as already accepted, under the same
/// <see cref="Id"/>: the proposer seeds <see cref="AgreementRole.Proposer"/>, the partner <see cref="AgreementRole.Partner"/>.
/// No event travels: each side is set up with its own tenant, and the other tenant may not exist yet.
/// <see cref="QueueCode"/> is the proposer's queue. The agreement holds at any hour and ends
/// <see cref="ValidForDays"/> days after the setup day (at 00:00 UTC, so both sides seeded on the same day agree).
/// </summary>
public sealed record SeedAgreement(string Id, AgreementRole Role, string Partner, string QueueCode, int MaxConcurrentCalls, int ValidForDays);
