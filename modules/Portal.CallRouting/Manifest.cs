using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Portal.CallRouting",
    Name = "Call routing",
    Category = "Police force",
    Description = "How the force's 999 and 101 calls are routed: contact centres, queues, opening hours, policy rules in approved plan versions, live queue state and overflow to partner forces.",
    Dependencies = ["Portal.Users", "Portal.Audit"])]

[assembly: Feature(
    Id = "Portal.CallRouting.Simulator",
    Name = "Call routing: traffic simulator",
    Category = "Police force",
    Description = "Offers simulated calls (Poisson arrivals, handling times, agents per centre) to the live state, started and stopped from the dashboard. For training and demonstrations, never alongside real telephony events.",
    Dependencies = ["Portal.CallRouting"])]
