namespace Kinerja.Hosting.Servers;

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>One broker user of a region: its name and password are one credential, with the time it stops working once rotated.</summary>
public sealed record KredensialBroker(string Pengguna, string Sandi, DateTimeOffset Dibuat, DateTimeOffset? BerlakuSampai = null)
{
    public bool Berlaku(DateTimeOffset kini) => BerlakuSampai is not { } sampai || sampai > kini;
}

/// <summary>A region's credentials: the newest first; an older one lives on only until its grace period ends.</summary>
public sealed record Regional(string Wilayah, IReadOnlyList<KredensialBroker> Kredensial)
{
    public KredensialBroker Aktif => Kredensial[0];
}

/// <summary>
/// The regions' lasting broker users (issue 26): made once by an admin (<c>./kinerja region add 3273</c>), kept in the
/// data folder across every start of the AppHost, and changed only by a rotation, which gives a new user and password
/// and leaves the old pair working for a grace period so the region can switch without missing a message. One file per
/// region, readable by this machine's owner only (<see cref="BerkasRahasia"/>). The services' own users are another
/// matter: those get new passwords at every start (<see cref="PenggunaBroker"/>).
/// </summary>
public sealed partial class KredensialRegional(string folder, TimeProvider? jam = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly TimeProvider _jam = jam ?? TimeProvider.System;

    public static readonly TimeSpan TenggangStandar = TimeSpan.FromDays(7);

    public string Folder => folder;

    /// <summary>A Kemendagri code: a province's two digits or a kabupaten/kota's four.</summary>
    public static bool WilayahSah(string wilayah) => KodeWilayah().IsMatch(wilayah);

    /// <summary>Every region with the credentials still valid now, by code.</summary>
    public IReadOnlyList<Regional> Semua()
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(f => Baca(Path.GetFileNameWithoutExtension(f))).OfType<Regional>().ToList();
    }

    public Regional? Baca(string wilayah)
    {
        var file = Berkas(wilayah);
        if (!File.Exists(file))
        {
            return null;
        }

        var isi = JsonSerializer.Deserialize<Regional>(File.ReadAllText(file), Json)!;
        var kini = _jam.GetUtcNow();
        return isi with { Kredensial = isi.Kredensial.Where(k => k.Berlaku(kini)).ToList() };
    }

    /// <summary>The region's user, made if it has none; an existing one is returned as it is, its password unchanged.</summary>
    public async Task<(Regional Regional, bool Baru)> TambahAsync(string wilayah, CancellationToken ct = default)
    {
        Periksa(wilayah);
        if (Baca(wilayah) is { Kredensial.Count: > 0 } ada)
        {
            return (ada, false);
        }

        var baru = new Regional(wilayah, [new KredensialBroker($"regional-{wilayah}", PenggunaBroker.Sandi(), _jam.GetUtcNow())]);
        await TulisAsync(baru, ct);
        return (baru, true);
    }

    /// <summary>
    /// A new user and password for the region; every older one keeps working until <paramref name="tenggang"/> from now
    /// (one already ending sooner keeps its end).
    /// </summary>
    public async Task<Regional> PutarAsync(string wilayah, TimeSpan tenggang, CancellationToken ct = default)
    {
        Periksa(wilayah);
        var ada = Baca(wilayah) ?? throw new InvalidOperationException($"Wilayah {wilayah} has no broker user: add it first (./kinerja region add {wilayah}).");
        var kini = _jam.GetUtcNow();
        var sampai = kini + tenggang;
        var generasi = ada.Kredensial.Select(k => Generasi(k.Pengguna)).DefaultIfEmpty(1).Max() + 1;
        var baru = new KredensialBroker($"regional-{wilayah}-r{generasi.ToString(CultureInfo.InvariantCulture)}", PenggunaBroker.Sandi(), kini);
        var lama = ada.Kredensial.Select(k => k with { BerlakuSampai = k.BerlakuSampai is { } s && s < sampai ? s : sampai });
        var hasil = new Regional(wilayah, [baru, .. lama.Where(k => k.Berlaku(kini))]);
        await TulisAsync(hasil, ct);
        return hasil;
    }

    /// <summary>The region's users end now: its file goes, and the broker drops them at its next reconciliation.</summary>
    public bool Hapus(string wilayah)
    {
        Periksa(wilayah);
        var file = Berkas(wilayah);
        if (!File.Exists(file))
        {
            return false;
        }

        File.Delete(file);
        return true;
    }

    /// <summary>When the next credential stops working, so a reconciliation can be due then.</summary>
    public DateTimeOffset? BerakhirBerikutnya() =>
        Semua().SelectMany(r => r.Kredensial).Select(k => k.BerlakuSampai).Where(s => s is not null).Min();

    private async Task TulisAsync(Regional regional, CancellationToken ct)
    {
        FolderPribadi.Buat(folder);
        await BerkasRahasia.TulisAsync(Berkas(regional.Wilayah), JsonSerializer.Serialize(regional, Json), ct);
    }

    private string Berkas(string wilayah) => Path.Combine(folder, $"{wilayah}.json");

    private static void Periksa(string wilayah)
    {
        if (!WilayahSah(wilayah))
        {
            throw new ArgumentException($"'{wilayah}' is not a kode wilayah: two digits (a province) or four (a kabupaten/kota), as Kemendagri numbers them.", nameof(wilayah));
        }
    }

    /// <summary>regional-3273 is the first; a rotation's are regional-3273-r2, -r3, ….</summary>
    private static int Generasi(string pengguna) =>
        pengguna.LastIndexOf("-r", StringComparison.Ordinal) is var i and > 0 && int.TryParse(pengguna[(i + 2)..], CultureInfo.InvariantCulture, out var n) ? n : 1;

    [GeneratedRegex("^[0-9]{2}([0-9]{2})?$")]
    private static partial Regex KodeWilayah();
}
