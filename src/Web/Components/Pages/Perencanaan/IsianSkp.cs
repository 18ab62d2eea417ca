namespace Kinerja.Web.Components.Pages.Perencanaan;

using Kinerja.Klien;

using Kinerja.Web.Components.UI;

// The plan's forms as they are posted ([SupplyParameterFromForm]), each with the version it was drawn from (IsianVersi).

/// <summary>The rater's ekspektasi khusus, one per aspect the plan chose.</summary>
public sealed class IsianEkspektasi : IsianVersi
{
    public List<IsianEkspektasiAspek> Aspek { get; set; } = [];
}

public sealed class IsianEkspektasiAspek
{
    public string? Kode { get; set; }

    public string? Teks { get; set; }
}

/// <summary><c>/skp/{id}/kembalikan</c>: the principal's note.</summary>
public sealed class IsianPengembalian : IsianVersi
{
    public string? Catatan { get; set; }
}

/// <summary>One part of the plan: a code, the BerAKHLAK aspects, or the RHK rows.</summary>
public sealed class IsianBagian : IsianVersi
{
    /// <summary>A row button pressed instead of saving (<see cref="UI.UbahBaris"/>).</summary>
    public string? Ubah { get; set; }

    public string? Kode { get; set; }

    public List<string> Aspek { get; set; } = [];

    public List<IsianRhk> Rencana { get; set; } = [];

    /// <summary>The rows a person filled; the first always, so an empty plan is named as missing by the service.</summary>
    public IReadOnlyList<IsiRencana> RencanaTerisi() =>
        Rencana.Select((r, i) => (r, i))
            .Where(x => x.i == 0 || !x.r.Kosong)
            .Select(x => x.r.Permintaan())
            .ToList();
}

/// <summary>One RHK row; <see cref="Atasan"/> is the principal's RHK it serves, as <see cref="RhkAtasan.Nilai"/>.</summary>
public sealed class IsianRhk
{
    public string? Kode { get; set; }

    public string? Indikator { get; set; }

    public string? Target { get; set; }

    public string? Atasan { get; set; }

    /// <summary>A teacher's RHK: what the indicator measures.</summary>
    public string? Aspek { get; set; }

    /// <summary>A principal's RHK: the perspective it serves.</summary>
    public string? Perspektif { get; set; }

    public bool Kosong => string.IsNullOrWhiteSpace(Kode) && string.IsNullOrWhiteSpace(Indikator) && string.IsNullOrWhiteSpace(Target)
        && string.IsNullOrWhiteSpace(Atasan) && string.IsNullOrWhiteSpace(Aspek) && string.IsNullOrWhiteSpace(Perspektif);

    public static IsianRhk Dari(RencanaHasilKerja r) =>
        new() { Kode = r.Kode, Indikator = r.Indikator, Target = r.Target, Atasan = r.Intervensi?.Nilai, Aspek = r.Aspek, Perspektif = r.Perspektif };

    public IsiRencana Permintaan() =>
        new(string.IsNullOrWhiteSpace(Kode) ? null : Kode, Indikator ?? "", Target ?? "", RhkAtasan.Dari(Atasan) is { } a ? new RujukanRhk(a.SkpId, a.Kode) : null,
            string.IsNullOrWhiteSpace(Aspek) ? null : Aspek, string.IsNullOrWhiteSpace(Perspektif) ? null : Perspektif);
}
