namespace Portal.CallRouting.Live.ViewModels;

/// <summary>One number input of the simulator form: its form name, its label and the value shown.</summary>
public sealed record SimulatorNumberField(string Name, string Label, string Value);
