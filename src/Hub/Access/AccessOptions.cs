using Hub.Records;

namespace Hub.Access;

/// <summary>Settings of section <c>Hub:Access</c>.</summary>
public sealed class AccessOptions
{
    public const string Section = "Hub:Access";

    /// <summary>From this age the pupil's own signature is required on a consent, besides the guardians'.</summary>
    public int PupilConsentAge { get; set; } = 15;

    /// <summary>How long emergency access lasts once opened.</summary>
    public TimeSpan EmergencyAccessDuration { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Within how many days (business days of the calendar, counted from the day it was opened) the data-protection officer reviews an emergency access.</summary>
    public int EmergencyReviewDays { get; set; } = 14;

    /// <summary>The categories emergency access opens; by default every pupil category except police records.</summary>
    public List<DataCategory> EmergencyCategories { get; set; } = [];

    public IReadOnlyList<DataCategory> EffectiveEmergencyCategories => EmergencyCategories.Count > 0
        ? EmergencyCategories
        : DataCategories.AboutPupils.Where(c => c != DataCategory.PoliceSspf).ToList();
}
