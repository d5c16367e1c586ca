using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Test.Dispatch",
    Name = "Test dispatch",
    Category = "Testing",
    Description = "A plug-in of the platform tests: a base feature with a chain of features on top.")]

[assembly: Feature(
    Id = "Test.Dispatch.Reports",
    Name = "Test dispatch reports",
    Description = "Depends on the base feature.",
    Dependencies = ["Test.Dispatch"])]

[assembly: Feature(
    Id = "Test.Dispatch.Archive",
    Name = "Test dispatch archive",
    Description = "Depends on the reports.",
    Dependencies = ["Test.Dispatch.Reports"])]
