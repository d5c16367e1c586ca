using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Sample.Greeter",
    Name = "Sample greeter",
    Category = "Samples",
    Description = "A plug-in used by the host tests: greets from the tenant it runs in.")]
