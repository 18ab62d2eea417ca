namespace Kinerja.EndToEnd.Tests.AppHost;

using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Demo;

/// <summary>A first run that shows something, and never touches a folder holding real data.</summary>
public sealed class DataDemoTests(SistemTerbuka sistem) : IClassFixture<SistemTerbuka>
{
    private static string FolderBaru() => Directory.CreateTempSubdirectory("kinerja-demo-").FullName;

    [Fact]
    public void the_demo_is_loaded_into_a_new_folder_only_and_never_into_one_holding_other_data()
    {
        var baru = Path.Combine(FolderBaru(), "data");
        var nyata = FolderBaru();
        Directory.CreateDirectory(Path.Combine(nyata, "postgres"));
        var demo = FolderBaru();
        Directory.CreateDirectory(Path.Combine(demo, "postgres"));
        File.WriteAllText(Path.Combine(demo, "demo"), "");

        Assert.Equal(DataDemo.Keputusan.Muat, DataDemo.Putuskan(baru, diminta: false, serverSendiri: true));
        Assert.Equal(DataDemo.Keputusan.TanpaDemo, DataDemo.Putuskan(nyata, diminta: false, serverSendiri: true));
        Assert.Throws<InvalidOperationException>(() => DataDemo.Putuskan(nyata, diminta: true, serverSendiri: true));
        Assert.Equal(DataDemo.Keputusan.SudahAda, DataDemo.Putuskan(demo, diminta: true, serverSendiri: true));
        Assert.Equal(DataDemo.Keputusan.TanpaDemo, DataDemo.Putuskan(baru, diminta: false, serverSendiri: false));
        Assert.Throws<InvalidOperationException>(() => DataDemo.Putuskan(baru, diminta: true, serverSendiri: false));
    }

    [Fact]
    public async Task the_demo_data_arrives_through_the_api_with_five_teachers_at_different_stages()
    {
        var folder = FolderBaru();
        await DataDemo.MuatAsync(sistem.System.GatewayUrl, folder, _ => { }, CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(folder, "demo")));
        using var kepala = await sistem.MasukAsync(DataDemo.Kepala.Nip, "kepala-sekolah", DataDemo.Npsn);
        var pegawai = await kepala.GetFromJsonAsync<JsonElement>($"/api/pegawai?npsn={DataDemo.Npsn}");
        Assert.Equal(6, pegawai.GetProperty("total").GetInt32());
        Assert.All(pegawai.GetProperty("items").EnumerateArray(), p => Assert.Equal("Padan", p.GetProperty("statusPadan").GetString()));

        var tahun = DateTime.Now.Year;
        var skp = (await kepala.GetFromJsonAsync<JsonElement>($"/api/perencanaan/skp?tahun={tahun}")).GetProperty("items").EnumerateArray()
            .ToDictionary(s => s.GetProperty("nip").GetString()!, s => s.GetProperty("status").GetString());
        // the principal's own plan is agreed first: the teachers' plans cascade from it
        Assert.Equal("Disepakati", skp[DataDemo.Kepala.Nip]);
        Assert.False(skp.ContainsKey(DataDemo.Guru[0].Orang.Nip));
        Assert.Equal("Draf", skp[DataDemo.Guru[1].Orang.Nip]);
        Assert.Equal("Diajukan", skp[DataDemo.Guru[2].Orang.Nip]);
        Assert.Equal("Disepakati", skp[DataDemo.Guru[3].Orang.Nip]);
        Assert.Equal("Disepakati", skp[DataDemo.Guru[4].Orang.Nip]);

        var siklus = (await kepala.GetFromJsonAsync<JsonElement>($"/api/observasi/siklus?tahun={tahun}")).GetProperty("items").EnumerateArray()
            .ToDictionary(s => s.GetProperty("nip").GetString()!, s => s.GetProperty("tahap").GetString());
        Assert.Equal("Observasi", siklus[DataDemo.Guru[3].Orang.Nip]);
        Assert.Equal("Selesai", siklus[DataDemo.Guru[4].Orang.Nip]);

        var penilaian = (await kepala.GetFromJsonAsync<JsonElement>($"/api/penilaian?tahun={tahun}")).GetProperty("items").EnumerateArray()
            .Single(p => p.GetProperty("nip").GetString() == DataDemo.Guru[4].Orang.Nip);
        Assert.Equal("Ditetapkan", penilaian.GetProperty("status").GetString());
        Assert.Equal("Baik", penilaian.GetProperty("hasil").GetProperty("predikat").GetString());
    }
}
