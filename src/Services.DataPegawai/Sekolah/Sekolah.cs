using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.DataPegawai.Sekolah;

/// <summary>A satuan pendidikan (stream key = NPSN) and who heads it, which decides who rates whom.</summary>
public sealed record Sekolah(string Id, string Nama, string Wilayah, KepalaSekolah? Kepala)
{
    public long Version { get; init; }

    public static Sekolah Create(SekolahDidaftarkan e) => new(e.Npsn, e.Nama, e.Wilayah, null);

    public Sekolah Apply(SekolahDiperbarui e) => this with { Nama = e.Nama, Wilayah = e.Wilayah };

    public Sekolah Apply(KepalaSekolahDitugaskan e) => this with { Kepala = new KepalaSekolah(e.Nip, e.Plt, e.BerlakuSejak) };

    /// <summary>Register a school or change its data; saying what it already says changes nothing.</summary>
    public static IReadOnlyList<object> Simpan(Sekolah? sekolah, string npsn, string nama, string wilayah)
    {
        if (sekolah is null)
        {
            return [new SekolahDidaftarkan(npsn, nama, wilayah)];
        }

        return sekolah.Nama == nama && sekolah.Wilayah == wilayah ? [] : [new SekolahDiperbarui(npsn, nama, wilayah)];
    }

    /// <summary>
    /// Assign a principal (or Plt). Repeating the current assignment changes nothing; an assignment may
    /// not start before the current one did, because the rater history would then contradict itself.
    /// </summary>
    public IReadOnlyList<object> TugaskanKepala(string nip, bool plt, DateOnly berlakuSejak)
    {
        if (Kepala is { } kini)
        {
            if (kini.Nip == nip && kini.Plt == plt)
            {
                return [];
            }

            if (berlakuSejak < kini.BerlakuSejak)
            {
                throw new KonflikException(
                    $"Penugasan baru tidak boleh berlaku sebelum penugasan kepala sekolah saat ini ({kini.BerlakuSejak:yyyy-MM-dd}).");
            }
        }

        return [new KepalaSekolahDitugaskan(Id, nip, plt, berlakuSejak, Wilayah)];
    }
}

public sealed record KepalaSekolah(string Nip, bool Plt, DateOnly BerlakuSejak);
