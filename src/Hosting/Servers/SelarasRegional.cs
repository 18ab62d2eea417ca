namespace Kinerja.Hosting.Servers;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// Makes the running broker's regional users what <see cref="KredensialRegional"/> says, through RabbitMQ's management
/// API as the AppHost's admin: each valid credential exists with its password and permissions, and every other
/// <c>regional-…</c> user (a rotation's old one past its grace, a region removed) is deleted. The node also loads the
/// valid ones from its definitions at boot, so a restart changes none of them.
/// </summary>
public static class SelarasRegional
{
    /// <returns>The users made or refreshed, and those deleted.</returns>
    public static async Task<(IReadOnlyList<string> Ada, IReadOnlyList<string> Dihapus)> SelaraskanAsync(HttpClient manajemen, string awalan,
        KredensialRegional simpanan, CancellationToken ct)
    {
        var pengguna = simpanan.Semua().SelectMany(r => PenggunaBroker.Untuk(awalan, r)).ToList();
        foreach (var u in pengguna)
        {
            var nama = Uri.EscapeDataString(u.Nama);
            await KirimAsync(manajemen.PutAsJsonAsync($"api/users/{nama}",
                new { password_hash = PenggunaBroker.Hash(u.Sandi), hashing_algorithm = "rabbit_password_hashing_sha256", tags = "" }, ct));
            await KirimAsync(manajemen.PutAsJsonAsync($"api/permissions/%2F/{nama}", new { configure = u.Configure, write = u.Write, read = u.Read }, ct));
            await KirimAsync(manajemen.PutAsJsonAsync($"api/topic-permissions/%2F/{nama}",
                new { exchange = PenggunaBroker.ExchangePredikat(awalan), write = "^$", read = u.TopicRead }, ct));
        }

        using var daftar = JsonDocument.Parse(await manajemen.GetStringAsync("api/users?columns=name", ct));
        var sah = pengguna.Select(u => u.Nama).ToHashSet(StringComparer.Ordinal);
        var hapus = daftar.RootElement.EnumerateArray().Select(u => u.GetProperty("name").GetString()!)
            .Where(n => n.StartsWith("regional-", StringComparison.Ordinal) && !sah.Contains(n)).ToList();
        foreach (var nama in hapus)
        {
            using var r = await manajemen.DeleteAsync($"api/users/{Uri.EscapeDataString(nama)}", ct);
            if (!r.IsSuccessStatusCode && r.StatusCode != HttpStatusCode.NotFound)
            {
                r.EnsureSuccessStatusCode();
            }
        }

        return (pengguna.Select(u => u.Nama).ToList(), hapus);
    }

    private static async Task KirimAsync(Task<HttpResponseMessage> kirim)
    {
        using var r = await kirim;
        if (!r.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"RabbitMQ's management API answered {(int)r.StatusCode} to {r.RequestMessage?.Method} {r.RequestMessage?.RequestUri?.AbsolutePath}: {await r.Content.ReadAsStringAsync()}",
                null, r.StatusCode);
        }
    }
}
