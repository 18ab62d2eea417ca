namespace Kinerja.ServiceDefaults.Problems;

/// <summary>Collects every field error of a request, so the caller sees all of them in one 400.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Valid => _errors.Count == 0;

    public Validation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    /// <summary>
    /// Required free text: not blank, at most <paramref name="max"/> characters, no control characters but
    /// line breaks and tabs (a reflection is written in paragraphs; a NUL or an escape code is never text).
    /// </summary>
    public string Text(string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Wajib diisi.");
            return "";
        }

        if (value.Length > max)
        {
            Add(field, $"Paling banyak {max} karakter (diterima {value.Length}).");
        }

        if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Add(field, "Tidak boleh berisi karakter kontrol.");
        }

        return value.Trim();
    }

    public T Required<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            Add(field, "Wajib diisi.");
        }

        return value.GetValueOrDefault();
    }

    public void Check(string field, string? error)
    {
        if (error is not null)
        {
            Add(field, error);
        }
    }

    /// <summary>Throws the 400 if anything was wrong; call before touching the store.</summary>
    public void ThrowIfAny()
    {
        if (!Valid)
        {
            throw new ValidasiException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
