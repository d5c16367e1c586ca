using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Sample.Broken",
    Name = "Broken sample",
    Category = "Samples",
    Description = "A plug-in used by the host tests: it depends on a feature that does not exist.",
    Dependencies = ["Sample.DoesNotExist"])]
