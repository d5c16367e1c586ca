namespace Portal.Benchmarks.Publications;

/// <summary>
/// The words the benchmark's decision reports are written from, and that its searches ask for, so a search finds
/// what a real one would: a few words in thousands of reports ("contract"), others in a few dozen (a place name in a
/// title), some in none. All of it is the benchmark's own invention (fictional places, no real force's business).
/// </summary>
public static class CorpusVocabulary
{
    public static readonly string[] Places =
    [
        "Northfield", "Eastbridge", "Southmere", "Westcombe", "Hollowmead", "Ashby Vale", "Kingsford", "Riverside", "Oakhurst",
        "Brambleton", "Fairhaven", "Millbrook", "Stonegate", "Highcliff", "Lowmarsh", "Thornbury Cross", "Elmstead", "Greywater",
    ];

    public static readonly string[] DecisionMakers =
    [
        "Chief Constable", "Deputy Chief Constable", "Assistant Chief Constable (Operations)", "Director of Contact Management",
        "Chief Finance Officer", "Director of Estates", "Director of Digital Services", "Police and Crime Commissioner", "Head of Procurement",
    ];

    public static readonly string[] Tags =
    [
        "999", "101", "Contact centres", "Call routing", "Estates", "Fleet", "Procurement", "Technology", "Custody", "Training",
        "Finance", "Equality", "Wellbeing", "Forensics", "Roads policing", "Public engagement", "Cyber security", "Partnerships",
        "Mental health", "Environment",
    ];

    /// <summary>What a decision is about: a subject phrase and the tags it usually carries.</summary>
    public static readonly (string Subject, string[] Tags)[] Subjects =
    [
        ("the {place} contact centre telephony platform", ["Contact centres", "Technology"]),
        ("evening 101 overflow between {place} and {place2}", ["101", "Call routing", "Contact centres"]),
        ("999 call handling resilience at {place}", ["999", "Contact centres"]),
        ("the custody suite at {place}", ["Custody", "Estates"]),
        ("response fleet vehicles for the {place} district", ["Fleet", "Procurement"]),
        ("body-worn video cameras", ["Technology", "Procurement"]),
        ("the control room dispatch system", ["Technology", "999"]),
        ("mobile data terminals for neighbourhood officers", ["Technology"]),
        ("the firearms training range at {place}", ["Training", "Estates"]),
        ("drone capability for search and rescue", ["Technology", "Partnerships"]),
        ("automatic number plate recognition cameras on the {place} bypass", ["Roads policing", "Technology"]),
        ("the forensic laboratory services contract", ["Forensics", "Procurement"]),
        ("interpreting and translation services", ["Equality", "Procurement"]),
        ("the 101 webchat service", ["101", "Public engagement"]),
        ("station front counters in {place}", ["Estates", "Public engagement"]),
        ("estates maintenance across the force area", ["Estates", "Finance"]),
        ("cyber security monitoring of force systems", ["Cyber security", "Technology"]),
        ("out-of-hours mental health triage with the {place} health trust", ["Mental health", "Partnerships"]),
        ("the officer wellbeing programme", ["Wellbeing", "Training"]),
        ("radio handsets for frontline teams", ["Technology", "Procurement"]),
        ("digital evidence management", ["Technology", "Forensics"]),
        ("speed enforcement on rural roads near {place}", ["Roads policing"]),
        ("solar panels on the {place} headquarters roof", ["Environment", "Estates"]),
        ("electric charging points at {place} police station", ["Environment", "Fleet"]),
        ("the victims' contact service", ["Public engagement", "Partnerships"]),
    ];

    public static readonly string[] Actions =
    [
        "Replacing", "Extending", "Procuring", "Renewing", "Closing", "Opening", "Upgrading", "Moving", "Merging", "Reviewing",
        "Funding", "Introducing", "Withdrawing", "Consolidating", "Piloting",
    ];

    public static readonly string[] Qualifiers =
    [
        "", "", "", " from April {nextyear}", " for three years", " across the force area", " as a twelve-month pilot",
        " with the neighbouring force", " after the {year} review", " within the approved budget",
    ];

    /// <summary>Sentence patterns for section bodies: {subject}, {place}, {place2}, {money}, {months}, {percent}, {year}, {maker} are filled in.</summary>
    public static readonly string[] Sentences =
    [
        "This report asks the {maker} to approve {subject}.",
        "The current arrangement was agreed in {year} and no longer meets the demand recorded at {place}.",
        "Over the last twelve months demand rose by {percent} per cent, mostly in the evening.",
        "The estimated cost is £{money} over {months} months, met from the existing capital programme.",
        "Officers and staff at {place} and {place2} were consulted and their comments are reflected below.",
        "A market engagement exercise found three suppliers able to provide {subject}.",
        "The contract will be awarded through a compliant framework after an open competition.",
        "Call handlers reported that the present system is slow to recover after an outage.",
        "The change can be reversed within a day if the expected benefits are not seen.",
        "An equality impact assessment found no group of the public disadvantaged by the proposal.",
        "A data protection impact assessment has been completed and the privacy risks are low.",
        "Legal advice confirms that the force has the power to enter into the agreement.",
        "Answer times for 999 calls are expected to improve by {percent} per cent at the busiest hours.",
        "Savings of £{money} a year are expected once the transition is complete.",
        "The building at {place} needs repairs to its roof, heating and cells before {nextyear}.",
        "Training for {percent} per cent of the affected staff will be delivered before go-live.",
        "The proposal supports the commitment to reduce carbon emissions from the estate and the fleet.",
        "Partners in the {place} community safety partnership support the change.",
        "Performance will be reviewed after {months} months and reported to the {maker}.",
        "Risks are recorded in the programme risk register and reviewed monthly by the project board.",
        "Residents of {place} asked for longer opening hours at the front counter during the consultation.",
        "The supplier's performance will be measured against agreed service levels each quarter.",
        "No additional staff are required; the work is absorbed by the existing team at {place2}.",
        "Background papers are available on request from the force's decision reports team.",
    ];

    /// <summary>Headings and bodies for the occasional Part 2 (withheld) section.</summary>
    public static readonly string[] ExemptionBases =
    [
        "Section 43, commercial interests", "Section 31, law enforcement", "Section 24, national security", "Section 38, health and safety",
    ];
}
