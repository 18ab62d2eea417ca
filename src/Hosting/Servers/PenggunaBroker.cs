namespace Kinerja.Hosting.Servers;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>One RabbitMQ user and what it may touch (regular expressions, RabbitMQ's permission model).</summary>
public sealed record PenggunaRabbit(string Nama, string Sandi, string Configure, string Write, string Read, string? TopicRead = null);

/// <summary>
/// Who may do what on the private broker (docs/events.md, "Broker users"). Each service has a user that
/// may publish only the events it owns and read only the exchanges it consumes: a service, or anyone
/// holding its password, cannot forge another's <c>KepalaSekolahDitugaskan</c>. A <c>regional-&lt;wilayah&gt;</c>
/// user may only bind queues of its own to <c>PredikatKinerjaDitetapkan</c> with its own kode wilayah.
/// The AppHost keeps an administrator for itself. Loaded by the node at boot from a definitions file.
/// </summary>
public static class PenggunaBroker
{
    /// <summary>What each service publishes and what it consumes.</summary>
    public static readonly IReadOnlyDictionary<string, (string[] Terbit, string[] Baca)> Layanan = new Dictionary<string, (string[], string[])>
    {
        ["datapegawai"] = (["PegawaiTerverifikasi", "KepalaSekolahDitugaskan", "PenilaiKepalaSekolahDitugaskan", "PegawaiDimutasi"], ["PengingatJatuhTempo"]),
        ["perencanaan"] = (["SkpDisepakati", "PengingatJatuhTempo"], ["PegawaiTerverifikasi", "KepalaSekolahDitugaskan", "PenilaiKepalaSekolahDitugaskan", "PegawaiDimutasi"]),
        ["observasi"] = (["SiklusSelesai", "PengingatJatuhTempo"], ["SkpDisepakati", "KepalaSekolahDitugaskan", "PenilaiKepalaSekolahDitugaskan", "PegawaiDimutasi"]),
        ["penilaian"] = (["PredikatKinerjaDitetapkan", "PengingatJatuhTempo"],
            ["SkpDisepakati", "SiklusSelesai", "KepalaSekolahDitugaskan", "PenilaiKepalaSekolahDitugaskan", "PegawaiTerverifikasi", "PegawaiDimutasi"]),
    };

    public const string Admin = "kinerja-admin";

    public static string Sandi() => Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant();

    /// <summary>The services' users, with new passwords (every start of the AppHost makes its own).</summary>
    public static IReadOnlyList<PenggunaRabbit> Untuk(string awalan)
    {
        var p = Regex.Escape(awalan);
        // MassTransit writes the prefix of queue names in kebab case ("a_b_" becomes "a-b-"); exchange names keep it
        var q = Regex.Replace(Regex.Escape(awalan), "[-_]", "[-_]");
        string Exchange(IEnumerable<string> jenis) => $@"{p}Kinerja\.Contracts:({string.Join('|', jenis)})";
        // MassTransit's own temporary endpoint per bus instance (host_process_bus_id), and the Fault<T> it
        // publishes when a message fails for good: refused, that publish would keep the message from _error
        var bus = $@".*_bus_.*|{p}MassTransit:Fault--.*";
        var pengguna = new List<PenggunaRabbit>();
        foreach (var (service, (terbit, baca)) in Layanan)
        {
            var sendiri = $"{q}{service}-.*";
            var semua = terbit.Concat(baca).ToArray();
            pengguna.Add(new PenggunaRabbit($"kinerja-{service}", Sandi(),
                Configure: $"^({sendiri}|{bus}|{Exchange(semua)})$",
                Write: $"^({sendiri}|{bus}{(terbit.Length > 0 ? "|" + Exchange(terbit) : "")})$",
                Read: $"^({sendiri}|{bus}{(baca.Length > 0 ? "|" + Exchange(baca) : "")})$"));
        }

        return pengguna;
    }

    /// <summary>
    /// A region's users (<see cref="KredensialRegional"/>: lasting, two while a rotation's grace runs): each may declare
    /// and read only queues named <c>regional-&lt;wilayah&gt;-…</c> and bind them to <c>PredikatKinerjaDitetapkan</c>
    /// with its own kode wilayah as routing key, nothing else.
    /// </summary>
    public static IEnumerable<PenggunaRabbit> Untuk(string awalan, Regional regional)
    {
        var sendiri = $"regional-{Regex.Escape(regional.Wilayah)}-.*";
        return regional.Kredensial.Select(k => new PenggunaRabbit(k.Pengguna, k.Sandi,
            Configure: $"^{sendiri}$",
            Write: $"^{sendiri}$",
            Read: $@"^({sendiri}|{Regex.Escape(awalan)}Kinerja\.Contracts:PredikatKinerjaDitetapkan)$",
            TopicRead: $"^{Regex.Escape(regional.Wilayah)}$"));
    }

    /// <summary>
    /// RabbitMQ's definitions file: the users with their permissions, and the predikat exchange declared up
    /// front, so a region can bind to it before the first predikat is published.
    /// </summary>
    public static string Definisi(string awalan, string sandiAdmin, IReadOnlyList<PenggunaRabbit> pengguna)
    {
        var predikat = ExchangePredikat(awalan);
        var definisi = new
        {
            users = pengguna.Select(u => new { name = u.Nama, password_hash = Hash(u.Sandi), hashing_algorithm = "rabbit_password_hashing_sha256", tags = "" })
                .Prepend(new { name = Admin, password_hash = Hash(sandiAdmin), hashing_algorithm = "rabbit_password_hashing_sha256", tags = "administrator" }),
            vhosts = new[] { new { name = "/" } },
            permissions = pengguna.Select(u => new { user = u.Nama, vhost = "/", configure = u.Configure, write = u.Write, read = u.Read })
                .Prepend(new { user = Admin, vhost = "/", configure = ".*", write = ".*", read = ".*" }),
            topic_permissions = pengguna.Where(u => u.TopicRead is not null)
                .Select(u => new { user = u.Nama, vhost = "/", exchange = predikat, write = "^$", read = u.TopicRead }),
            exchanges = new[] { new { name = predikat, vhost = "/", type = "topic", durable = true, auto_delete = false, @internal = false, arguments = new { } } },
        };
        return JsonSerializer.Serialize(definisi);
    }

    /// <summary>The exchange a region binds its queue to, its kode wilayah as routing key.</summary>
    public static string ExchangePredikat(string awalan) => $"{awalan}Kinerja.Contracts:PredikatKinerjaDitetapkan";

    /// <summary>rabbit_password_hashing_sha256: base64(salt ‖ SHA-256(salt ‖ password)), with a 4-byte salt.</summary>
    public static string Hash(string sandi)
    {
        var salt = RandomNumberGenerator.GetBytes(4);
        var hash = SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(sandi)]);
        return Convert.ToBase64String([.. salt, .. hash]);
    }
}
