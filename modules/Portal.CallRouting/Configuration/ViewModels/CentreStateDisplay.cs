using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>How a service state reads on a page: words for people, and a GOV.UK tag colour that is never the only cue.</summary>
public static class CentreStateDisplay
{
    public static string Label(string state) => state switch
    {
        nameof(CentreServiceState.MajorIncidentInProgress) => "Major incident in progress",
        _ => state,
    };

    public static string TagClass(string state) => state switch
    {
        nameof(CentreServiceState.Normal) => "govuk-tag govuk-tag--green",
        nameof(CentreServiceState.Degraded) => "govuk-tag govuk-tag--yellow",
        nameof(CentreServiceState.MajorIncidentInProgress) => "govuk-tag govuk-tag--orange",
        nameof(CentreServiceState.Unstaffed) => "govuk-tag govuk-tag--grey",
        nameof(CentreServiceState.Down) => "govuk-tag govuk-tag--red",
        _ => "govuk-tag",
    };

    public static string Hint(CentreServiceState state) => state switch
    {
        CentreServiceState.Normal => "Taking calls as planned.",
        CentreServiceState.Degraded => "Taking calls with fewer positions or systems than planned.",
        CentreServiceState.MajorIncidentInProgress => "Busy with a major incident: rules may send other calls elsewhere.",
        CentreServiceState.Unstaffed => "No one is answering: calls must go to another centre.",
        _ => "The centre cannot take calls at all.",
    };
}
