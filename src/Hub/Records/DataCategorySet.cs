using System.Collections;

namespace Hub.Records;

/// <summary>
/// Data categories as a column stores them: their names, comma-separated, no spaces
/// ("Placement,Absence"), the form the access log has always been written in. Emergency accesses
/// were once stored with a comma at each end (",Placement,Absence,"); that form still reads.
/// </summary>
public sealed class DataCategorySet(IEnumerable<DataCategory> categories) : IReadOnlyCollection<DataCategory>
{
    private readonly DataCategory[] _categories = categories.Distinct().ToArray();

    public int Count => _categories.Length;

    public static DataCategorySet Parse(string stored) =>
        new(stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<DataCategory>));

    /// <summary>
    /// What a stored set, wrapped in one comma at each end, contains when it holds
    /// <paramref name="category"/>: for a query the database evaluates, in either stored form.
    /// </summary>
    public static string Marker(DataCategory category) => $",{category},";

    public bool Contains(DataCategory category) => Array.IndexOf(_categories, category) >= 0;

    public override string ToString() => string.Join(',', _categories);

    public IEnumerator<DataCategory> GetEnumerator() => ((IEnumerable<DataCategory>)_categories).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
