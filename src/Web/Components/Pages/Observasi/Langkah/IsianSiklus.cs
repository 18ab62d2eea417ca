namespace Kinerja.Web.Components.Pages.Observasi.Langkah;

/// <summary>Step A, as typed: the targets (chosen focus behaviours, or one per line), how, and when in WIB.</summary>
public sealed class IsianPersiapan
{
    public List<string> Target { get; set; } = [];

    public string? TargetTeks { get; set; }

    public string? Upaya { get; set; }

    /// <summary>A <c>datetime-local</c> value, in the time zone the page shows.</summary>
    public string? Jadwal { get; set; }
}

/// <summary>Step B: per focus behaviour, in the cycle's order, the level and a note; and the recommendation.</summary>
public sealed class IsianObservasi
{
    public List<IsianRubrik> Rubrik { get; set; } = [];

    public string? Rekomendasi { get; set; }

    public IsianRubrik Ke(int i) => i < Rubrik.Count ? Rubrik[i] : new();
}

public sealed class IsianRubrik
{
    public string? Level { get; set; }

    public string? Catatan { get; set; }
}

/// <summary>Step C, the follow-up discussion.</summary>
public sealed class IsianDiskusi
{
    public string? Tantangan { get; set; }

    public string? Tujuan { get; set; }

    public string? Langkah { get; set; }

    public string? Jadwal { get; set; }

    public string? Dukungan { get; set; }
}

/// <summary>Step D: the activities done.</summary>
public sealed class IsianUpaya
{
    public List<IsianKegiatan> Kegiatan { get; set; } = [];

    public IsianKegiatan Ke(int i) => i < Kegiatan.Count ? Kegiatan[i] : new();
}

public sealed class IsianKegiatan
{
    public string? Jenis { get; set; }

    /// <summary>A <c>date</c> input's value (yyyy-MM-dd).</summary>
    public string? Tanggal { get; set; }

    public string? Deskripsi { get; set; }

    public bool Kosong => string.IsNullOrWhiteSpace(Jenis) && string.IsNullOrWhiteSpace(Tanggal) && string.IsNullOrWhiteSpace(Deskripsi);
}

/// <summary>Step E, the teacher's reflection.</summary>
public sealed class IsianRefleksi
{
    public string? Inspirasi { get; set; }

    public string? Perubahan { get; set; }

    public string? Tantangan { get; set; }

    public string? Strategi { get; set; }
}
