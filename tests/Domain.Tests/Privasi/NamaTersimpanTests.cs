namespace Kinerja.Domain.Tests.Privasi;

using System.Text;
using Kinerja.DataPegawai.Pegawai;
using Kinerja.DataPegawai.Sekolah;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Observasi.Siklus;
using Kinerja.Penilaian.Penilaian;
using Kinerja.Perencanaan.Skp;
using Weasel.Core;

/// <summary>
/// The pegawai id is called <c>PegawaiId</c> (a rater's, <c>PenilaiId</c>) in the code, but events and documents stored
/// before that, and the API's answers, name it <c>nip</c> (<c>penilaiNip</c>): read through Marten's serializer as the services configure it, an old event still gives
/// its id, and a new one is written under the same name.
/// </summary>
public class NamaTersimpanTests
{
    private const string Id = "198503152010012001";
    private static readonly Marten.Services.SystemTextJsonSerializer Serializer = new() { Casing = Casing.CamelCase, EnumStorage = EnumStorage.AsString };

    private static T Baca<T>(string json) => Serializer.FromJson<T>(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void events_stored_with_nip_still_name_their_pegawai()
    {
        Assert.Equal(Id, Baca<SkpDibuat>($$"""{"skpId":"{{Guid.Empty}}","nip":"{{Id}}","tahun":2026,"npsn":"20219001","wilayah":"3273","peran":"Guru"}""").PegawaiId);
        Assert.Equal(Id, Baca<SiklusDibuka>($$"""{"siklusId":"{{Guid.Empty}}","skpId":"{{Guid.Empty}}","nip":"{{Id}}","tahun":2026,"npsn":"20219001","wilayah":"3273","praktikKinerja":"G-MK-1","peran":"Guru","perilakuFokus":[],"penilaiNip":"x"}""").PegawaiId);
        Assert.Equal(Id, Baca<JadwalDikonfirmasi>($$"""{"siklusId":"{{Guid.Empty}}","penilaiNip":"{{Id}}"}""").PenilaiId);
        Assert.Equal(Id, Baca<PemadananDihitung>($$"""{"nip":"{{Id}}","status":"Padan","disparitas":[]}""").PegawaiId);
        Assert.Equal(Id, Baca<PegawaiTerverifikasi>($$"""{"nip":"{{Id}}","nama":"Rina","jenjang":"SD","statusKepegawaian":"PNS","npsn":"20219001","wilayah":"3273"}""").PegawaiId);
        Assert.Equal(Id, Baca<Kinerja.DataPegawai.Sekolah.KepalaSekolahDitugaskan>(
            $$"""{"npsn":"20219001","nip":"{{Id}}","plt":false,"berlakuSejak":"2026-01-01","wilayah":"3273"}""").PegawaiId);
        Assert.Equal(Id, Baca<PenilaianDibuka>($$"""{"penilaianId":"{{Guid.Empty}}","skpId":"{{Guid.Empty}}","nip":"{{Id}}","tahun":2026,"npsn":"20219001","wilayah":"3273","peran":"Guru"}""").PegawaiId);
    }

    [Fact]
    public void documents_stored_with_nip_still_name_their_pegawai()
    {
        Assert.Equal(Id, Baca<Skp>($$"""{"id":"{{Guid.Empty}}","nip":"{{Id}}","tahun":2026}""").PegawaiId);
        Assert.Equal(Id, Baca<Siklus>($$"""{"id":"{{Guid.Empty}}","nip":"{{Id}}","tahun":2026}""").PegawaiId);
        Assert.Equal(Id, Baca<Sekolah>($$$"""{"id":"20219001","nama":"SD","wilayah":"3273","kepala":{"nip":"{{{Id}}}","plt":true,"berlakuSejak":"2026-01-01"}}""").Kepala!.PegawaiId);
        Assert.Equal(Id, Baca<Penilaian>($$"""{"id":"{{Guid.Empty}}","nip":"{{Id}}","tahun":2026}""").PegawaiId);
        var kepala = Baca<KepalaSekolahLokal>(
            $$$"""{"id":"20219001","nip":"{{{Id}}}","plt":false,"berlakuSejak":"2026-01-01","wilayah":"3273","ditugaskanPada":"2026-01-01T00:00:00+00:00","sebelumnya":{"nip":"197505102000031002","plt":true,"berlakuSejak":"2025-01-01"}}""");
        Assert.Equal((Id, "197505102000031002"), (kepala.PegawaiId, kepala.Sebelumnya!.PegawaiId));
    }

    [Fact]
    public void new_events_and_documents_are_written_with_nip_as_before()
    {
        var json = Serializer.ToJson(new SkpDibuat(Guid.Empty, Id, 2026, "20219001", "3273", PeranPemilik.Guru));

        Assert.Contains($"\"nip\":\"{Id}\"", json);
        Assert.DoesNotContain("pegawaiId", json);
        Assert.Contains($"\"nip\":\"{Id}\"", Serializer.ToJson(new Skp { PegawaiId = Id }));
    }
}
