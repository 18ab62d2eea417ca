namespace Kinerja.DataPegawai.Impor;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kinerja.DataPegawai.Pegawai;

/// <summary>
/// A row's fingerprint (<see cref="IRekaman.Hash"/>): what makes "unchanged" cheap to see on a re-import. It is an HMAC
/// keyed with a secret of the deployment (<c>Impor:KunciSidik</c>), because the fields include the NIK and the mother's
/// name: an unkeyed digest of a few guessable fields gives them back by trying every candidate (about 10^6 NIKs once the
/// wilayah, birth date and sex are known), so a leaked event, trail or backup must not allow that search.
/// </summary>
/// <remarks>
/// Rows stored before the key (an unkeyed SHA-256) keep their old fingerprint: a re-import compares a row against
/// both (<see cref="Cocok"/>), so an unchanged row still appends nothing, and the old one is replaced only when the
/// row really changes. Changing the key works the same way for one step only: rows whose fingerprint is under an
/// older key are then counted as changed once (one new event each), and carry the new key from then on.
/// </remarks>
public sealed class SidikBaris
{
    /// <summary>Used only in Development when no key is configured, as <c>Auth</c>'s development key is: never valid elsewhere.</summary>
    public const string KunciPengembangan = "kinerja-development-row-fingerprint-key-not-for-production";

    // one HMAC context per thread, reset after each row: the one-shot HMACSHA256.HashData set OpenSSL up anew for every
    // row (fetching the digest, a context, its key schedule), 15% of the service's CPU on an unchanged re-import
    private readonly ThreadLocal<IncrementalHash> _hmac;

    public SidikBaris(string kunci)
    {
        if (kunci.Length < 32)
        {
            throw new InvalidOperationException("Impor:KunciSidik must be at least 32 characters long.");
        }

        var bytes = Encoding.UTF8.GetBytes(kunci);
        _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, bytes));
    }

    public static SidikBaris Dari(IConfiguration configuration, IHostEnvironment environment) =>
        new(configuration["Impor:KunciSidik"] is { Length: > 0 } kunci ? kunci
            : environment.IsDevelopment() ? KunciPengembangan
            : throw new InvalidOperationException(
                "Impor:KunciSidik is not set: the import rows' fingerprints need a secret of this deployment (at least 32 characters)."));

    public string Hitung(object?[] bidang)
    {
        var hmac = _hmac.Value!;
        hmac.AppendData(Teks(bidang, ref t_teks));
        Span<byte> hash = stackalloc byte[32];
        hmac.GetHashAndReset(hash);
        return Convert.ToHexString(hash[..16]);
    }

    /// <summary>Whether <paramref name="tersimpan"/> is the fingerprint of the same fields, under the key or unkeyed (stored before the key).</summary>
    public static bool Cocok(IRekaman baru, string? tersimpan) =>
        tersimpan is not null && (tersimpan == baru.Hash || tersimpan == Lama(baru.Bidang()));

    /// <summary>What a source said before equals what it says now.</summary>
    public static bool Sama(IRekaman? tersimpan, IRekaman baru) => tersimpan is not null && Cocok(baru, tersimpan.Hash);

    private static string Lama(object?[] bidang)
    {
        byte[]? teks = null;
        return Convert.ToHexString(SHA256.HashData(Teks(bidang, ref teks)), 0, 16);
    }

    // the row's text is written into a buffer the thread keeps: joining the fields into a string and copying it to UTF-8
    // made three objects per row
    [ThreadStatic]
    private static byte[]? t_teks;

    /// <summary>The fields' UTF-8 joined by U+001F (a date as yyyy-MM-dd, null as nothing), written into <paramref name="teks"/>.</summary>
    private static ReadOnlySpan<byte> Teks(object?[] bidang, ref byte[]? teks)
    {
        teks ??= new byte[512];
        var n = 0;
        for (var i = 0; i < bidang.Length; i++)
        {
            if (i > 0)
            {
                Cukup(ref teks, n + 1)[n++] = 0x1f;
            }

            switch (bidang[i])
            {
                case null:
                    break;
                case DateOnly d:
                    // "O" is yyyy-MM-dd, by the formatter's fast path rather than its pattern interpreter
                    d.TryFormat(Cukup(ref teks, n + 10).AsSpan(n), out var ditulis, "O", CultureInfo.InvariantCulture);
                    n += ditulis;
                    break;
                case var f:
                    var s = f as string ?? f.ToString() ?? "";
                    n += Encoding.UTF8.GetBytes(s, Cukup(ref teks, n + Encoding.UTF8.GetMaxByteCount(s.Length)).AsSpan(n));
                    break;
            }
        }

        return teks.AsSpan(0, n);

        static byte[] Cukup(ref byte[] teks, int panjang)
        {
            if (teks.Length < panjang)
            {
                Array.Resize(ref teks, Math.Max(panjang, teks.Length * 2));
            }

            return teks;
        }
    }
}
