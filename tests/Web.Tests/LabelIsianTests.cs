namespace Kinerja.Web.Tests;

/// <summary>The error summary names a field as the page labels it, never by the API's JSON name.</summary>
public sealed class LabelIsianTests
{
    [Theory]
    [InlineData("rencana[0].target", "Target RHK 1")]
    [InlineData("rencana[2].intervensi", "RHK kepala sekolah untuk RHK 3")]
    [InlineData("rubrik[1].level", "Tingkat perilaku 2")]
    [InlineData("kegiatan[0].tanggal", "Tanggal kegiatan 1")]
    [InlineData("catatan", "Catatan")]
    [InlineData("berlakuSejak", "TMT penugasan")]
    [InlineData("rencana", "Hasil kerja")]
    [InlineData("sesuatuBaru", "Isian")]
    public void a_field_is_named_by_its_label(string field, string label) => Assert.Equal(label, Teks.LabelIsian(field));
}
