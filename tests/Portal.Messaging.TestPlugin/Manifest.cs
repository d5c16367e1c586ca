using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Test.Messaging",
    Name = "Test messaging",
    Category = "Testing",
    Description = "A plug-in of the messaging tests: publishes probes from requests and fails their handling on demand.")]
