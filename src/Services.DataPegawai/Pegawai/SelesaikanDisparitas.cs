namespace Kinerja.DataPegawai.Pegawai;

using Kinerja.DataPegawai.Identitas;
using Kinerja.DataPegawai.Impor;
using Kinerja.DataPegawai.Pegawai;
using Kinerja.DataPegawai.Privasi;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Waktu;
using Marten;

public sealed record PenyelesaianDisparitas(string? Nilai, string? Alasan);

/// <summary>
/// <c>POST /api/pegawai/{nip}/disparitas/{kode}/penyelesaian</c> <c>{ "nilai", "alasan" }</c>: an operator of
/// the pegawai's wilayah resolves one open disparitas in writing (kept in the audit trail); the pegawai is
/// reconciled again at once, and the resolution lapses when a source later says something else.
/// </summary>
public static class SelesaikanDisparitas
{
    public static void Map(RouteGroupBuilder pegawai) =>
        pegawai.MapPost("/{nip}/disparitas/{kode}/penyelesaian", async (string nip, string kode, PenyelesaianDisparitas body, CommandPipeline pipeline,
                CurrentUser user, TimeProvider clock, LogAkses log, CancellationToken ct) =>
            {
                // the address first: a malformed NIP is bad input (400 naming it), not an unknown pegawai
                if (Nomor.PeriksaNip(nip) is { } salah)
                {
                    throw new ValidasiException("nip", salah);
                }

                var session = pipeline.Session;
                var hasil = await pipeline.RunAsync<Pegawai, string?>("selesaikan-disparitas", nip,
                    async (p, c) => p.Wilayah is { } w && user.MayOperateIn(w)
                        ? await NipSiasnLainAsync(p, session, c)
                        : throw new TidakDitemukanException(),
                    (p, lain) =>
                    {
                        var (nilai, alasan) = Validasi(body);
                        var dengan = p with { NipSiasnLain = lain };
                        var events = Decide(dengan, kode, nilai, alasan, user.PegawaiId, clock.HariIni());
                        ProyeksiPegawai.Tulis(session, p, events);
                        return events;
                    }, ct, p => PegawaiDto.Dari(p, lengkap: true));
                await log.CatatAsync(user, [nip], ct);
                return hasil;
            })
            .RequireAuthorization(Kebijakan.Operator)
            .Perintah<PegawaiDto>().WithSummary("An operator resolves one disparitas, with a written reason");

    public static (string Nilai, string Alasan) Validasi(PenyelesaianDisparitas body)
    {
        var validasi = new Validation();
        var nilai = validasi.Text("nilai", body.Nilai, 200);
        var alasan = validasi.Text("alasan", body.Alasan, 1000);
        validasi.ThrowIfAny();
        return (nilai, alasan);
    }

    public static IReadOnlyList<object> Decide(Pegawai p, string kode, string nilai, string alasan, string oleh, DateOnly hariIni) =>
        p.Selesaikan(kode, nilai, alasan, oleh, hariIni);

    /// <summary>SI-ASN knows this person's NIK under another NIP: reconciliation names that disparitas.</summary>
    private static async Task<string?> NipSiasnLainAsync(Pegawai p, IQuerySession session, CancellationToken ct) =>
        p.Siasn is null && p.Nik is { } nik
            ? (await session.Query<SumberSiasn>().Where(s => s.Nik == nik && s.Id != p.Id).FirstOrDefaultAsync(ct))?.Id
            : null;
}
