namespace Kinerja.DataPegawai.Kontak;

using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;
using MimeKit;

public sealed record IsiKontak(string? Email, bool? PengingatEmail);

/// <summary>What a person reads of their own contact: nobody else's is ever answered.</summary>
public sealed record KontakDto(string? Email, bool PengingatEmail, long Versi);

/// <summary>
/// <c>GET</c> and <c>PUT /api/pegawai/saya/kontak</c>: the caller's own e-mail address and whether reminders are e-mailed
/// to it. There is no route to another person's: the pegawai id is the caller's token's. Turning reminders on needs an
/// address; clearing the address turns them off.
/// </summary>
public static class AturKontak
{
    public const int PanjangMaks = 254;

    public static void Map(RouteGroupBuilder pegawai)
    {
        pegawai.MapGet("/saya/kontak", async (Marten.IQuerySession session, CurrentUser user, HttpResponse response, CancellationToken ct) =>
            {
                var k = await session.LoadAsync<Kontak>(Kontak.IdDari(user.PegawaiId), ct);
                ETag.Set(response, k?.Version ?? 0);
                return Results.Ok(Dto(k));
            })
            .Produces<KontakDto>().WithSummary("The caller's own e-mail address and whether reminders are e-mailed to it");

        pegawai.MapPut("/saya/kontak", (IsiKontak body, CommandPipeline pipeline, CurrentUser user, CancellationToken ct) =>
            {
                var isi = Validasi(body);
                return pipeline.UpsertAsync<Kontak, bool>("atur-kontak", Kontak.IdDari(user.PegawaiId), (_, _) => Task.FromResult(true),
                    (k, _) => Decide(k, user.PegawaiId, isi), _ => "/api/pegawai/saya/kontak", ct, k => Dto(k));
            })
            .Perintah<KontakDto>().WithSummary("Set the caller's own e-mail address and turn reminder e-mails on or off");
    }

    public static KontakDto Dto(Kontak? k) => new(k?.Email, k?.PengingatEmail ?? false, k?.Version ?? 0);

    /// <summary>The address trimmed (empty is none), in the form an SMTP server takes, and reminders on only with an address.</summary>
    public static KontakDiatur Validasi(IsiKontak body)
    {
        var email = string.IsNullOrWhiteSpace(body.Email) ? null : body.Email.Trim();
        var aktif = body.PengingatEmail ?? email is not null;
        var validasi = new Validation();
        if (email is not null && (email.Length > PanjangMaks || !AlamatSah(email)))
        {
            validasi.Add("email", "Tidak sah; tulis seperti nama@sekolah.sch.id.");
        }

        if (aktif && email is null)
        {
            validasi.Add("email", "Wajib diisi untuk menerima pengingat lewat e-mail.");
        }

        validasi.ThrowIfAny();
        return new KontakDiatur("", email, aktif);
    }

    public static IReadOnlyList<object> Decide(Kontak? kini, string pegawaiId, KontakDiatur isi) =>
        kini is not null && kini.Email == isi.Email && kini.PengingatEmail == isi.PengingatEmail
            ? []
            : [isi with { PegawaiId = pegawaiId }];

    /// <summary>One mailbox, <c>local@domain</c> with a dot in the domain, as MimeKit parses it: no display name, no list.</summary>
    private static bool AlamatSah(string email) =>
        MailboxAddress.TryParse(ParserOptions.Default, email, out var alamat) && alamat.Address == email && string.IsNullOrEmpty(alamat.Name)
        && email.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.');
}
