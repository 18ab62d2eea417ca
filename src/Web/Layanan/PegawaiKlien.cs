namespace Kinerja.Web.Layanan;

public sealed record Disparitas(string Kode, string Jenis, string Keterangan);

public sealed record Pegawai(string Nip, string? Nama, string? Npsn, string? Jenjang, string StatusPadan, IReadOnlyList<Disparitas> Disparitas);

public sealed class PegawaiKlien(HttpClient http) : ApiKlien(http)
{
    public Task<Pegawai> PegawaiAsync(string nip, CancellationToken ct) => AmbilAsync<Pegawai>($"/api/pegawai/{Uri.EscapeDataString(nip)}", ct);

    /// <summary>A principal's school, every page of it.</summary>
    public async Task<IReadOnlyList<Pegawai>> SekolahAsync(string npsn, CancellationToken ct)
    {
        var semua = new List<Pegawai>();
        for (var page = 1; ; page++)
        {
            var h = await AmbilAsync<Halaman<Pegawai>>($"/api/pegawai?npsn={Uri.EscapeDataString(npsn)}&page={page}&pageSize=200", ct);
            semua.AddRange(h.Items);
            if (semua.Count >= h.Total || h.Items.Count == 0)
            {
                return semua;
            }
        }
    }
}
