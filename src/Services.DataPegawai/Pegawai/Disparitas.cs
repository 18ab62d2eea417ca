namespace Kinerja.DataPegawai.Pegawai;

public enum StatusPadan { Padan, BelumPadan }

/// <summary>The kinds of difference domain.md §3 names.</summary>
public enum JenisDisparitas
{
    TidakAdaDiDapodik,
    TidakAdaDiSiasn,
    TidakAdaDiDukcapil,
    NikBerbeda,
    NipBerbeda,
    Nama,
    TanggalLahir,
    JenisKelamin,
    TanggalLahirNip,
    JenisKelaminNip,
    TanggalLahirNik,
    UnorTidakTerpetakan,
    SekolahBerbeda,
}

/// <summary>
/// One difference between sources, with what each source says. <c>Kode</c> is stable (kind and the
/// sources compared), so an operator's resolution can refer to it across re-imports.
/// </summary>
public sealed record Disparitas(string Kode, JenisDisparitas Jenis, IReadOnlyDictionary<string, string> Nilai, string Keterangan)
{
    /// <summary>Same kind, same sources, same values: what an override is checked against.</summary>
    public bool NilaiSama(IReadOnlyDictionary<string, string> lain) =>
        Nilai.Count == lain.Count && Nilai.All(kv => lain.TryGetValue(kv.Key, out var v) && v == kv.Value);
}

/// <summary>An operator's written decision on one disparitas, valid for the values it was made on.</summary>
public sealed record Penyelesaian(string Kode, string Nilai, string Alasan, string Oleh, IReadOnlyDictionary<string, string> NilaiSaatItu);
