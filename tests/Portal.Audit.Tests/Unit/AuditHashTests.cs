using Portal.Audit.Models;
using Portal.Audit.Services;

namespace Portal.Audit.Tests.Unit;

public sealed class AuditHashTests
{
    private static AuditRecord Sample() => new()
    {
        Sequence = 42,
        Timestamp = new DateTime(2026, 1, 31, 12, 34, 56, DateTimeKind.Utc).AddTicks(1230),
        Category = "permissions",
        Action = "role-permissions-changed",
        Outcome = "Success",
        Actor = "admin@example.org",
        RemoteAddress = "192.0.2.1",
        Subject = "Editors",
        Detail = "added: ManageUsers",
        PreviousHash = new string('a', 64),
    };

    public static TheoryData<string, Action<AuditRecord>> Changes => new()
    {
        { "sequence", r => r.Sequence++ },
        { "timestamp", r => r.Timestamp = r.Timestamp.AddTicks(10) },
        { "category", r => r.Category = "features" },
        { "action", r => r.Action += "!" },
        { "outcome", r => r.Outcome = "Failure" },
        { "actor", r => r.Actor = "someone@example.org" },
        { "remote address", r => r.RemoteAddress = "192.0.2.2" },
        { "remote address removed", r => r.RemoteAddress = null },
        { "subject", r => r.Subject = "editors" },
        { "subject empty instead of null", r => r.Subject = r.Subject is null ? "" : null },
        { "detail", r => r.Detail = "added: ManageRoles" },
        { "previous hash", r => r.PreviousHash = new string('b', 64) },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Changing_any_field_changes_the_hash(string field, Action<AuditRecord> change)
    {
        var original = Sample();
        var changed = Sample();
        change(changed);

        Assert.True(AuditHash.Compute(original) != AuditHash.Compute(changed), $"Changing the {field} left the hash as it was");
    }

    [Fact]
    public void The_hash_is_lower_case_hex_sha256_and_stable()
    {
        var hash = AuditHash.Compute(Sample());

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, AuditHash.Compute(Sample()));
    }

    [Fact]
    public void Moving_characters_across_a_field_boundary_changes_the_hash()
    {
        var left = Sample();
        left.Subject = "ab";
        left.Detail = "c";
        var right = Sample();
        right.Subject = "a";
        right.Detail = "bc";

        Assert.NotEqual(AuditHash.Compute(left), AuditHash.Compute(right));
    }

    [Fact]
    public void A_separator_inside_a_value_cannot_fake_a_boundary()
    {
        var left = Sample();
        left.Actor = "x";
        left.RemoteAddress = "y|z";
        var right = Sample();
        right.Actor = "x|y";
        right.RemoteAddress = "z";

        Assert.NotEqual(AuditHash.Compute(left), AuditHash.Compute(right));
    }

    [Fact]
    public void The_timestamp_is_hashed_as_utc_whatever_kind_the_store_gives_back()
    {
        var utc = Sample();
        var unspecified = Sample();
        unspecified.Timestamp = DateTime.SpecifyKind(utc.Timestamp, DateTimeKind.Unspecified);

        Assert.Equal(AuditHash.Compute(utc), AuditHash.Compute(unspecified));
        Assert.EndsWith("Z", AuditHash.FormatTimestamp(unspecified.Timestamp));
    }

    [Fact]
    public void Timestamps_are_cut_to_the_microsecond_postgresql_keeps()
    {
        var precise = new DateTime(2026, 1, 31, 0, 0, 0, DateTimeKind.Utc).AddTicks(1234567);

        var normalised = AuditHash.Normalise(precise);

        Assert.Equal(1234560, normalised.Ticks - new DateTime(2026, 1, 31, 0, 0, 0, DateTimeKind.Utc).Ticks);
        Assert.Equal(DateTimeKind.Utc, normalised.Kind);
    }

    [Fact]
    public void The_first_entry_links_to_sixty_four_zeros() => Assert.Equal(new string('0', 64), AuditHash.Genesis);
}
