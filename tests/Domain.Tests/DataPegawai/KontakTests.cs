namespace Kinerja.Domain.Tests.DataPegawai;

using Kinerja.Contracts;
using Kinerja.DataPegawai.Kontak;
using Kinerja.ServiceDefaults.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

/// <summary>A person's reminder settings, and the reminder e-mail as it is written.</summary>
public class KontakTests
{
    private static IReadOnlyDictionary<string, string[]> Galat(IsiKontak isi) =>
        Assert.Throws<ValidasiException>(() => AturKontak.Validasi(isi)).Errors;

    [Fact]
    public void an_address_must_be_one_mailbox_and_reminders_by_email_need_one()
    {
        Assert.Contains("email", Galat(new IsiKontak("rina@sekolah", true)).Keys);
        Assert.Contains("email", Galat(new IsiKontak("Rina <rina@sekolah.sch.id>", true)).Keys);
        Assert.Contains("email", Galat(new IsiKontak("rina@sekolah.sch.id, budi@sekolah.sch.id", true)).Keys);
        Assert.Contains("email", Galat(new IsiKontak(new string('a', 250) + "@x.id", true)).Keys);
        Assert.Contains("email", Galat(new IsiKontak("  ", true)).Keys);

        Assert.Equal(new KontakDiatur("", "rina@sekolah.sch.id", true), AturKontak.Validasi(new IsiKontak(" rina@sekolah.sch.id ", null)));
        Assert.Equal(new KontakDiatur("", "rina@sekolah.sch.id", false), AturKontak.Validasi(new IsiKontak("rina@sekolah.sch.id", false)));
        Assert.Equal(new KontakDiatur("", null, false), AturKontak.Validasi(new IsiKontak("", null)));
    }

    [Fact]
    public void saving_what_is_already_there_records_nothing_and_a_change_records_the_person()
    {
        var kini = Kontak.Create(new KontakDiatur("198807072012012007", "rina@sekolah.sch.id", true));
        Assert.Equal("kontak:198807072012012007", kini.Id);
        Assert.Empty(AturKontak.Decide(kini, "198807072012012007", new KontakDiatur("", "rina@sekolah.sch.id", true)));
        var mati = Assert.IsType<KontakDiatur>(Assert.Single(AturKontak.Decide(kini, "198807072012012007", new KontakDiatur("", "rina@sekolah.sch.id", false))));
        Assert.Equal("198807072012012007", mati.PegawaiId);
        Assert.False(kini.Apply(mati).PengingatEmail);
    }

    [Fact]
    public void the_email_says_what_is_due_whose_it_is_where_to_act_and_how_to_stop()
    {
        var pengirim = new PengirimEmail(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pengingat:AlamatWeb"] = "https://kinerja.example.id/",
        }).Build());
        var pesan = new PengingatJatuhTempo
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Kunci = "observasi-besok:x", Jenis = "observasi-besok",
            PenerimaId = "197505102000031002", PemilikId = "198807072012012007", Judul = "Observasi kelas besok",
            Isi = "Anda dijadwalkan mengobservasi kelas 10 Februari 2026 pukul 14.30 WIB.", Tautan = "/siklus/abc",
        };
        var surat = new KirimPengingat(null!, pengirim, NullLogger<KirimPengingat>.Instance).Surat(pesan, "budi@sekolah.sch.id", "Budi Santoso", "Rina Wijaya");

        Assert.Equal("Observasi kelas besok", surat.Subject);
        Assert.Equal("budi@sekolah.sch.id", Assert.Single(surat.To.Mailboxes).Address);
        Assert.Equal(
            """
            Yth. Budi Santoso,

            Anda dijadwalkan mengobservasi kelas 10 Februari 2026 pukul 14.30 WIB.
            Guru: Rina Wijaya

            Buka: https://kinerja.example.id/siklus/abc

            --
            Anda menerima e-mail ini karena mengaktifkan pengingat e-mail di Kinerja.
            Untuk berhenti menerimanya, matikan di https://kinerja.example.id/pengaturan

            """.ReplaceLineEndings(Environment.NewLine), surat.TextBody);
        Assert.Equal("<https://kinerja.example.id/pengaturan>", surat.Headers["List-Unsubscribe"]);
        Assert.Equal("auto-generated", surat.Headers["Auto-Submitted"]);
    }
}
