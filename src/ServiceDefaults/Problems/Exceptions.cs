namespace Kinerja.ServiceDefaults.Problems;

/// <summary>
/// An aggregate refused a command because of the state it is in: 409. <paramref name="lokasi"/>, when the conflict is with
/// an object that exists (a second plan for a period), is where it is: answered as the problem's <c>lokasi</c> and the
/// <c>Location</c> header, so the message a person reads needs no path.
/// </summary>
public sealed class KonflikException(string message, string? lokasi = null) : Exception(message)
{
    public string? Lokasi { get; } = lokasi;
}

/// <summary>Input broke a rule of a named field: 400 with an <c>errors</c> map.</summary>
public sealed class ValidasiException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Satu atau lebih isian tidak valid.")
{
    public ValidasiException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>The object does not exist, or is not the caller's to see: 404, saying neither which.</summary>
public sealed class TidakDitemukanException(string message = "Data tidak ditemukan.") : Exception(message);

/// <summary>The caller's role may never do this to this object (e.g. a teacher agreeing their own plan): 403.</summary>
public sealed class TerlarangException(string message) : Exception(message);

/// <summary>
/// The caller's <c>If-Match</c> names a version the aggregate has moved past: 412 Precondition Failed, nothing stored. Checked after access,
/// so a stale stamp on another region's object is 404 like any other, and never tells that it exists.
/// </summary>
public sealed class VersiUsangException() : Exception("If-Match names an older version.");
