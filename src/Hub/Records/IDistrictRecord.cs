namespace Hub.Records;

/// <summary>Records about one district rather than a pupil (a contact person), so a change to one is filed under its district.</summary>
public interface IDistrictRecord
{
    int DistrictId { get; }
}
