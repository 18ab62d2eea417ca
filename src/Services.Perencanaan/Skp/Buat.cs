namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Periode;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

public sealed record BuatSkp(int? Tahun);

/// <summary>One plan per pegawai per period, recorded beside the plan so a second create collides.</summary>
public sealed record SkpPerPeriode(string Id, Guid SkpId);

/// <summary>
/// <c>POST /api/perencanaan/skp</c>: a padan pegawai starts their own plan for a period, in the planning
/// window, once. A principal's plan is recognised here: whoever heads the school (not as Plt) when it is started.
/// </summary>
public static class Buat
{
    public static void Map(RouteGroupBuilder skp) =>
        skp.MapPost("/", (BuatSkp body, CommandPipeline pipeline, CurrentUser user, Jendela jendela, CancellationToken ct) =>
            pipeline.CreateAsync<Skp>("buat-skp", async ct2 =>
            {
                var tahun = Validasi(body);
                var session = pipeline.Session;
                // one round trip: the caller, their plan of the period, and who heads the school their token names, which
                // is their school as DataPegawai says nearly always; when it is not, that school's head is read after
                var batch = session.CreateBatchQuery();
                var pegawaiDimuat = batch.Load<PegawaiLokal>(user.PegawaiId);
                var adaDimuat = batch.Load<SkpPerPeriode>(Kunci(user.PegawaiId, tahun));
                var kepalaToken = user.Npsn is { } npsn ? batch.Load<KepalaSekolahLokal>(npsn) : null;
                await batch.Execute(ct2);
                var pegawai = await pegawaiDimuat;
                var ada = pegawai is null ? null : await adaDimuat;
                var kepala = pegawai is null ? null
                    : kepalaToken is not null && pegawai.Npsn == user.Npsn ? await kepalaToken
                    : await session.LoadAsync<KepalaSekolahLokal>(pegawai.Npsn, ct2);
                var dibuat = Decide(Guid.NewGuid(), user.PegawaiId, tahun, pegawai, kepala, jendela.Untuk(tahun), ada,
                    sebagaiKepala: user.Is(Peran.KepalaSekolah) && user.Npsn == pegawai?.Npsn);
                // inserted, not stored: two creates racing for one period collide here and the second gets 409
                session.Insert(new SkpPerPeriode(Kunci(user.PegawaiId, tahun), dibuat.SkpId));
                return (dibuat.SkpId, [dibuat]);
            }, id => $"/api/perencanaan/skp/{id}", ct))
        .Perintah<Skp>(StatusCodes.Status201Created).WithSummary("Start the caller's own plan for a period");

    public static int Validasi(BuatSkp body)
    {
        var validasi = new Validation();
        var tahun = validasi.Required("tahun", body.Tahun);
        if (body.Tahun is < 2024 or > 2100)
        {
            validasi.Add("tahun", "Tahun periode antara 2024 dan 2100.");
        }

        validasi.ThrowIfAny();
        return tahun;
    }

    /// <param name="sebagaiKepala">The caller signed in as the head of their school: a plan started before that
    /// assignment reached this service would be a teacher's for good, so it waits for it (409, try again).</param>
    public static SkpDibuat Decide(Guid id, string nip, int tahun, PegawaiLokal? pegawai, KepalaSekolahLokal? kepala, JendelaTahun jendela,
        SkpPerPeriode? ada, bool sebagaiKepala = false)
    {
        if (pegawai is null)
        {
            throw new KonflikException("Data Anda belum padan antara Dapodik, SI-ASN dan Dukcapil; SKP dapat dibuat setelah data padan.");
        }

        jendela.Wajib("perencanaan", jendela.Perencanaan);
        if (ada is not null)
        {
            throw new KonflikException($"SKP periode {tahun} sudah Anda mulai; lanjutkan dari beranda.", $"/api/perencanaan/skp/{ada.SkpId}");
        }

        if (sebagaiKepala && kepala?.PegawaiId != nip)
        {
            throw new KonflikException($"Penugasan Anda sebagai kepala sekolah {pegawai.Npsn} belum tercatat di perencanaan; coba lagi sebentar lagi.");
        }

        // a Plt keeps a teacher's plan (seed 000 counts them as a teacher acting as principal), rated by the penilai-ks
        var peran = kepala is { Plt: false } && kepala.PegawaiId == nip ? PeranPemilik.KepalaSekolah : PeranPemilik.Guru;
        return new SkpDibuat(id, nip, tahun, pegawai.Npsn, pegawai.Wilayah, peran);
    }

    private static string Kunci(string nip, int tahun) => $"{nip}:{tahun}";
}
