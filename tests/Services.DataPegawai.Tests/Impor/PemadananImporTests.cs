namespace Kinerja.DataPegawai.Tests.Impor;

using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Testing;
using Kinerja.Testing.DataSintetis;

/// <summary>Three generated source files imported through the API; every person checked against what was done to their data.</summary>
public sealed class PemadananImporTests(DataPegawaiApi api) : IClassFixture<DataPegawaiApi>
{
    private static readonly Dictionary<Kasus, string[]> Diharapkan = new()
    {
        [Kasus.Bersih] = [],
        [Kasus.GelarSaja] = [],
        [Kasus.NamaBerbeda] = ["Nama"],
        [Kasus.TanggalLahirBerbeda] = ["TanggalLahir"],
        [Kasus.JenisKelaminBerbeda] = ["JenisKelamin"],
        [Kasus.NikBerbeda] = ["NikBerbeda"],
        [Kasus.NipBerbeda] = ["NipBerbeda"],
        [Kasus.TidakAdaDiDukcapil] = ["TidakAdaDiDukcapil"],
        [Kasus.TidakAdaDiSiasn] = ["TidakAdaDiSiasn"],
        [Kasus.TidakAdaDiDapodik] = ["TidakAdaDiDapodik"],
        [Kasus.UnorTidakTerpetakan] = ["UnorTidakTerpetakan"],
        [Kasus.SekolahBerbeda] = ["SekolahBerbeda"],
        [Kasus.TanggalLahirNip] = ["TanggalLahirNip"],
    };

    [Fact]
    public async Task every_case_of_a_realistic_mix_reconciles_to_exactly_its_disparitas()
    {
        var data = new DataUji(api, "3273", seed: 11);
        var (dapodik, siasn, dukcapil, orang) = data.Buat(400);
        await data.DaftarkanSekolahAsync(11);

        // Dukcapil first: it must wait for Dapodik to name the NIK, then be joined in
        var job = await data.ImporSemuaAsync(dapodik, siasn, dukcapil, "dukcapil", "dapodik", "siasn");
        Assert.Equal(0, job.GetProperty("jumlahDitolak").GetInt64());

        Assert.Equal(Diharapkan.Keys.ToHashSet(), orang.Select(o => o.Kasus).ToHashSet());
        foreach (var o in orang)
        {
            var pegawai = await data.PegawaiAsync(o.Nip);
            var jenis = pegawai.GetProperty("disparitas").EnumerateArray().Select(d => d.GetProperty("jenis").GetString()).Order().ToArray();
            Assert.True(Diharapkan[o.Kasus].SequenceEqual(jenis),
                $"{o.Kasus} (NIP {o.Nip}, {(o.Perempuan ? "P" : "L")}): expected [{string.Join(",", Diharapkan[o.Kasus])}], got [{string.Join(",", jenis)}]");
            Assert.Equal(jenis.Length == 0 ? "Padan" : "BelumPadan", pegawai.GetProperty("statusPadan").GetString());
            // told to the other services once when padan, never when not
            Assert.Equal(jenis.Length == 0 ? 1 : 0, await api.JumlahEventAsync(o.Nip, "pegawai_terverifikasi"));
        }

        // women's NIKs carry day + 40: clean women must be padan, which only holds if that is decoded
        Assert.Contains(orang, o => o.Kasus == Kasus.Bersih && o.Perempuan);
    }
}
