namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Katalog;
using Kinerja.ServiceDefaults.Problems;

public sealed record PilihKode(string? Kode);

public sealed record PilihPerilaku(IReadOnlyList<string>? Aspek, IReadOnlyDictionary<string, string>? EkspektasiKhusus);

public sealed record IsiHasilKerja(IReadOnlyList<RencanaHasilKerjaInput>? Rencana);

/// <param name="Aspek">A teacher's RHK only: one of the catalog's <c>aspekHasilKerja</c>.</param>
/// <param name="Perspektif">A principal's RHK only: one of the catalog's <c>perspektifHasilKerja</c>.</param>
public sealed record RencanaHasilKerjaInput(string? Kode, string? Indikator, string? Target, RhkAtasanInput? Intervensi = null, string? Aspek = null,
    string? Perspektif = null);

public sealed record RhkAtasanInput(Guid? Skp, string? Kode);

/// <summary>Each part checked against the catalog (domain.md §4): one code of the right list for the plan's role.</summary>
public static class ValidasiBagian
{
    public static object TugasPokok(Guid id, PeranPemilik peran, PilihKode body) =>
        new TugasPokokDitetapkan(id, Kode("kode", body.Kode, KatalogData.TugasPokok(peran).Select(b => b.Kode)));

    public static object PraktikKinerja(Guid id, PeranPemilik peran, PilihKode body) =>
        new PraktikKinerjaDitetapkan(id, Kode("kode", body.Kode, (peran == PeranPemilik.Guru
            ? KatalogData.PraktikKinerjaGuru : KatalogData.PraktikKinerjaKepalaSekolah).Select(s => s.Kode)));

    public static object PengembanganKompetensi(Guid id, PilihKode body) =>
        new PengembanganKompetensiDitetapkan(id, Kode("kode", body.Kode, KatalogData.Kompetensi.SelectMany(k => k.Indikator).Select(i => i.Kode)));

    /// <param name="penilai">Only the rater writes ekspektasi khusus pimpinan.</param>
    public static object PerilakuKerja(Guid id, PilihPerilaku body, bool penilai)
    {
        var validasi = new Validation();
        var aspek = KatalogData.PerilakuKerja.Select(k => k.Kode).ToHashSet();
        if (body.Aspek is not { Count: > 0 })
        {
            validasi.Add("aspek", $"Pilih setidaknya satu aspek BerAKHLAK: {string.Join(", ", aspek)}.");
        }
        else
        {
            foreach (var a in body.Aspek.Where(a => !aspek.Contains(a)))
            {
                validasi.Add("aspek", $"'{a}' bukan aspek BerAKHLAK; yang ada: {string.Join(", ", aspek)}.");
            }

            if (body.Aspek.Distinct().Count() != body.Aspek.Count)
            {
                validasi.Add("aspek", "Setiap aspek cukup disebut sekali.");
            }
        }

        var ekspektasi = body.EkspektasiKhusus ?? new Dictionary<string, string>();
        if (ekspektasi.Count > 0 && !penilai)
        {
            validasi.Add("ekspektasiKhusus", "Ekspektasi khusus pimpinan diisi oleh penilai.");
        }

        foreach (var (kode, teks) in ekspektasi)
        {
            if (body.Aspek?.Contains(kode) != true)
            {
                validasi.Add("ekspektasiKhusus", $"'{kode}' bukan aspek yang dipilih.");
            }

            validasi.Text($"ekspektasiKhusus.{kode}", teks, 1000);
        }

        validasi.ThrowIfAny();
        return new PerilakuKerjaDitetapkan(id, body.Aspek!.Select(a => new FokusPerilaku(a, ekspektasi.GetValueOrDefault(a)?.Trim())).ToList());
    }

    public static HasilKerjaDitetapkan HasilKerja(Guid id, PeranPemilik peran, IsiHasilKerja body)
    {
        var validasi = new Validation();
        var kode = (peran == PeranPemilik.Guru ? KatalogData.RencanaHasilKerjaGuru : KatalogData.RencanaHasilKerjaKepalaSekolah)
            .Select(b => b.Kode).ToHashSet();
        var rencana = new List<RencanaHasilKerja>();
        if (body.Rencana is not { Count: > 0 } || body.Rencana.Count > 20)
        {
            validasi.Add("rencana", "Isi 1 sampai 20 rencana hasil kerja.");
        }
        else
        {
            for (var i = 0; i < body.Rencana.Count; i++)
            {
                var r = body.Rencana[i];
                if (r.Kode is null || !kode.Contains(r.Kode))
                {
                    validasi.Add($"rencana[{i}].kode", $"Harus salah satu dari {string.Join(", ", kode)}.");
                }

                rencana.Add(new RencanaHasilKerja(r.Kode ?? "", validasi.Text($"rencana[{i}].indikator", r.Indikator, 500),
                    validasi.Text($"rencana[{i}].target", r.Target, 200), Intervensi(validasi, $"rencana[{i}].intervensi", peran, r.Intervensi),
                    Pilihan(validasi, $"rencana[{i}].aspek", r.Aspek, peran == PeranPemilik.Guru ? KatalogData.AspekHasilKerja : null,
                        "Aspek hanya untuk RHK guru; RHK kepala sekolah memiliki perspektif."),
                    Pilihan(validasi, $"rencana[{i}].perspektif", r.Perspektif, peran == PeranPemilik.KepalaSekolah ? KatalogData.PerspektifHasilKerja : null,
                        "Perspektif hanya untuk RHK kepala sekolah; RHK guru memiliki aspek.")));
            }

            // a teacher names a principal's RHK by its code, so a principal's codes must tell them apart
            if (peran == PeranPemilik.KepalaSekolah && rencana.Select(r => r.Kode).Distinct().Count() != rencana.Count)
            {
                validasi.Add("rencana", "Setiap kode RHK kepala sekolah cukup disebut sekali: RHK guru merujuk kepadanya dengan kode itu.");
            }
        }

        validasi.ThrowIfAny();
        return new HasilKerjaDitetapkan(id, rencana);
    }

    /// <summary>
    /// An optional code of <paramref name="daftar"/>: absent is allowed (plans written before the field was asked), a code
    /// outside the list is not, and a field the plan's role does not have (<paramref name="daftar"/> null) is refused.
    /// </summary>
    private static string? Pilihan(Validation validasi, string field, string? kode, IReadOnlyList<Butir>? daftar, string bukanPeran)
    {
        if (string.IsNullOrWhiteSpace(kode))
        {
            return null;
        }

        if (daftar is null)
        {
            validasi.Add(field, bukanPeran);
            return null;
        }

        if (daftar.All(b => b.Kode != kode))
        {
            validasi.Add(field, $"Harus salah satu dari {string.Join(", ", daftar.Select(b => b.Kode))}.");
            return null;
        }

        return kode;
    }

    /// <summary>The shape of the principal's RHK a teacher's RHK names; whether that plan exists is <see cref="KaskadeRhk"/>'s call.</summary>
    private static RhkAtasan? Intervensi(Validation validasi, string field, PeranPemilik peran, RhkAtasanInput? input)
    {
        if (input is null)
        {
            return null;
        }

        if (peran == PeranPemilik.KepalaSekolah)
        {
            validasi.Add(field, "RHK kepala sekolah tidak merujuk RHK lain: penilainya berada di luar sistem ini.");
            return null;
        }

        var kode = KatalogData.RencanaHasilKerjaKepalaSekolah.Select(b => b.Kode).ToList();
        if (input.Skp is not { } skp || skp == Guid.Empty)
        {
            validasi.Add($"{field}.skp", "Sebutkan SKP kepala sekolah yang RHK-nya diintervensi.");
        }

        if (input.Kode is null || !kode.Contains(input.Kode))
        {
            validasi.Add($"{field}.kode", $"Harus salah satu dari {string.Join(", ", kode)}.");
        }

        return new RhkAtasan(input.Skp ?? Guid.Empty, input.Kode ?? "");
    }

    private static string Kode(string field, string? kode, IEnumerable<string> boleh)
    {
        var daftar = boleh.ToList();
        return kode is not null && daftar.Contains(kode)
            ? kode
            : throw new ValidasiException(field, $"Harus salah satu dari {string.Join(", ", daftar)}.");
    }
}
