namespace Kinerja.DataPegawai.Tests.Impor;

using System.Text.Json;
using Kinerja.Testing;

public sealed class ImporUlangTests(DataPegawaiApi api) : IClassFixture<DataPegawaiApi>
{
    [Fact]
    public async Task reimporting_unchanged_files_appends_no_event_and_a_changed_row_appends_one()
    {
        var data = new DataUji(api, "3204", seed: 21);
        var (dapodik, siasn, dukcapil, _) = data.Buat(120);
        await data.DaftarkanSekolahAsync(3);
        await data.ImporSemuaAsync(dapodik, siasn, dukcapil);
        var sebelum = await api.JumlahSemuaEventAsync();

        var ulang = await data.ImporSemuaAsync(dapodik, siasn, dukcapil, "siasn", "dukcapil", "dapodik");

        Assert.Equal(sebelum, await api.JumlahSemuaEventAsync());
        Assert.Equal(0, ulang.GetProperty("diterima").GetInt64());
        Assert.Equal(0, ulang.GetProperty("eventDitambahkan").GetInt64());
        Assert.Equal(ulang.GetProperty("diproses").GetInt64(), ulang.GetProperty("tidakBerubah").GetInt64());

        // the same people, a few with a new NUPTK in Dapodik: one event each, nothing else
        var (dapodikBerubah, _, _, orang) = data.Buat(120, berubah: 0.05);
        var berubah = dapodikBerubah.Split('\n').Except(dapodik.Split('\n')).Count();
        Assert.InRange(berubah, 1, 20);

        var hasil = await data.ImporAsync("dapodik", dapodikBerubah);

        Assert.Equal(berubah, hasil.GetProperty("diterima").GetInt64());
        Assert.Equal(berubah, hasil.GetProperty("eventDitambahkan").GetInt64());
        Assert.Equal(sebelum + berubah, await api.JumlahSemuaEventAsync());
    }

    [Fact]
    public async Task a_json_array_imports_like_csv_and_keeps_an_18_digit_nip_given_as_a_number()
    {
        var data = new DataUji(api, "3204", seed: 22);
        await data.DaftarkanSekolahAsync(0);
        var json = """
            [{"nik":"3204010101800001","nip":198001012005011001,"nuptk":"","nama":"Budi Santoso","tanggal_lahir":"1980-01-01",
              "jenis_kelamin":"L","npsn":"20000000","jenis_ptk":"guru"}]
            """;

        var job = await data.ImporAsync("dapodik", json, "application/json");

        Assert.Equal(1, job.GetProperty("diterima").GetInt64());
        var pegawai = await data.PegawaiAsync("198001012005011001");
        Assert.Equal("20000000", pegawai.GetProperty("npsn").GetString());
    }
}
