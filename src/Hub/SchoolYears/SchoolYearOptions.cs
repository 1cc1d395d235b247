namespace Hub.SchoolYears;

/// <summary>The school year's job: settings under <c>Hub:SchoolYear</c>.</summary>
public sealed class SchoolYearOptions
{
    public const string Section = "Hub:SchoolYear";

    /// <summary>Whether this instance runs the job; the rollover is made once whichever instances run it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks whether a new school year has begun; the rollover is at most this late.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}
