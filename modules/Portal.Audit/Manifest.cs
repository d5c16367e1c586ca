using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Portal.Audit",
    Name = "Audit log",
    Category = "Security",
    Description = "The tenant's append-only, hash-chained audit log: search, export and a check that nothing was changed.",
    IsAlwaysEnabled = true)]
