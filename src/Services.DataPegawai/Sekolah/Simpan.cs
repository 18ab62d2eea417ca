namespace Kinerja.DataPegawai.Sekolah;

using Kinerja.DataPegawai.Identitas;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

public sealed record SimpanSekolah(string? Nama, string? Wilayah);

/// <summary>
/// <c>PUT /api/sekolah/{npsn}</c>: an operator registers a school of their wilayah (201) or changes its name
/// or wilayah (200); saying what it already says changes nothing. Moving a school to another wilayah is
/// refused to the first wilayah's operator.
/// </summary>
public static class Simpan
{
    public static void Map(RouteGroupBuilder sekolah) =>
        sekolah.MapPut("/{npsn}", (string npsn, SimpanSekolah body, CommandPipeline pipeline, CurrentUser user, CancellationToken ct) =>
                pipeline.UpsertAsync<Sekolah, bool>("simpan-sekolah", npsn,
                    (s, _) => s is null ? Task.FromResult(true) : SekolahAkses.UntukMengelola(s, user),
                    (s, _) =>
                    {
                        var isi = Validasi(npsn, body);
                        return Decide(s, isi, user.MayOperateIn(isi.Wilayah), user.Wilayah);
                    },
                    s => $"/api/sekolah/{s.Id}", ct, SekolahApi.Dto))
            .RequireAuthorization(Kebijakan.Operator)
            .Perintah<SekolahDto>().Produces<SekolahDto>(StatusCodes.Status201Created).WithSummary("Register a school or change its name and wilayah");

    public sealed record Isi(string Npsn, string Nama, string Wilayah);

    public static Isi Validasi(string npsn, SimpanSekolah body)
    {
        var validasi = new Validation();
        validasi.Check("npsn", Nomor.PeriksaNpsn(npsn));
        var nama = validasi.Text("nama", body.Nama, 200);
        validasi.Check("wilayah", Nomor.PeriksaWilayah(body.Wilayah));
        validasi.ThrowIfAny();
        return new Isi(npsn, nama, body.Wilayah!);
    }

    /// <param name="bolehDiWilayah">Whether the caller operates in the wilayah the school is to be in.</param>
    /// <param name="wilayahPengguna">The caller's own wilayah, for the message.</param>
    public static IReadOnlyList<object> Decide(Sekolah? sekolah, Isi isi, bool bolehDiWilayah, string? wilayahPengguna)
    {
        if (!bolehDiWilayah)
        {
            throw new ValidasiException("wilayah", $"Operator wilayah {wilayahPengguna} hanya dapat mengelola sekolah di wilayahnya sendiri.");
        }

        if (sekolah is null)
        {
            return [new SekolahDidaftarkan(isi.Npsn, isi.Nama, isi.Wilayah)];
        }

        return sekolah.Nama == isi.Nama && sekolah.Wilayah == isi.Wilayah ? [] : [new SekolahDiperbarui(isi.Npsn, isi.Nama, isi.Wilayah)];
    }
}
