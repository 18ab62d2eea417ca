namespace Kinerja.DataPegawai.Impor;

using System.Text;
using System.Text.Json;
using Kinerja.DataPegawai.Pegawai;
using Sylvan.Data.Csv;

public enum Format { Csv, Json }

/// <summary>One row of a source file: its number (the header is line 1; JSON counts elements from 1) and its fields.</summary>
public sealed record Baris(int Nomor, KolomBaris Kolom, string? Galat = null);

/// <summary>
/// A row's fields by column name. A CSV file's rows share one index of its header, so a row costs one array and its
/// strings, not a dictionary of its own.
/// </summary>
public sealed class KolomBaris(IReadOnlyDictionary<string, int> indeks, string?[] nilai)
{
    /// <summary>The field of that column; null when the row has no such column.</summary>
    public string? this[string nama] => indeks.TryGetValue(nama, out var i) ? nilai[i] : null;
}

/// <summary>
/// A source file spooled to disk, checked whole before anything is stored: UTF-8, the right header,
/// well-formed CSV or a JSON array of objects. Read back as a stream of rows, never all in memory.
/// </summary>
public sealed class BerkasImpor(string path, Sumber sumber, Format format)
{
    public string Path => path;
    public Sumber Sumber => sumber;
    public Format Format => format;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The longest CSV row or JSON value the pre-scan accepts: one huge token must not grow a buffer without end.</summary>
    public const int MaksToken = 1 << 20;

    /// <summary>
    /// Keys one JSON row object may have (a source has at most 13 columns): a row of millions of keys would otherwise be
    /// read whole into a dictionary when the row is imported.
    /// </summary>
    public const int MaksKolomJson = 64;

    /// <summary>
    /// Copies the body to <paramref name="file"/>, refusing bytes that are not UTF-8 and bodies over
    /// <paramref name="maks"/> bytes (413, counted here too: not every server enforces the request feature).
    /// </summary>
    public static async Task<string?> SimpanAsync(Stream body, FileStream file, long maks, CancellationToken ct)
    {
        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[StrictUtf8.GetMaxCharCount(81920)];
        var buffer = new byte[81920];
        long offset = 0;
        var first = true;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (first && read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
            {
                return "Berkas berkodekan UTF-16; simpan ulang sebagai UTF-8.";
            }

            first = false;
            try
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException ex)
            {
                return $"Berkas bukan UTF-8 yang sah (byte ke-{offset + Math.Max(0, ex.Index) + 1}); simpan ulang sebagai UTF-8.";
            }

            offset += read;
            if (offset > maks)
            {
                throw new BadHttpRequestException($"Berkas lebih dari {maks / (1024 * 1024.0):0.#} MiB, batas satu unggahan; pecah per kabupaten/kota.",
                    StatusCodes.Status413PayloadTooLarge);
            }

            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        try
        {
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            return "Berkas terpotong di tengah karakter UTF-8.";
        }

        return offset == 0 ? "Berkas kosong." : null;
    }

    /// <summary>A pass over the whole file: null when it can be imported row by row, else why not.</summary>
    /// <returns>What is wrong with the file (null if nothing), and how many rows it holds, which the progress is measured against.</returns>
    public async Task<(string? Salah, long Baris)> PeriksaAsync(CancellationToken ct)
    {
        try
        {
            if (format == Format.Csv)
            {
                await using var reader = await BukaCsvAsync(ct);
                var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
                if (Kolom.PeriksaHeader(sumber, header) is { } salah)
                {
                    return (salah, 0);
                }

                long baris = 0;
                while (await reader.ReadAsync(ct))
                {
                    baris++;
                }

                return (null, baris);
            }

            await using var stream = File.OpenRead(path);
            return await PeriksaJsonAsync(stream, ct);
        }
        catch (CsvRecordTooLargeException ex)
        {
            return ($"CSV: baris {ex.RowNumber} lebih dari {MaksToken / 1024} KiB.", 0);
        }
        catch (CsvFormatException ex)
        {
            return ($"CSV rusak di baris {ex.RowNumber}: {ex.Message}", 0);
        }
        catch (JsonException ex)
        {
            return ($"JSON rusak (baris {ex.LineNumber + 1}, posisi {ex.BytePositionInLine + 1}): {ex.Message}", 0);
        }
    }

    private static async Task<(string? Salah, long Baris)> PeriksaJsonAsync(Stream stream, CancellationToken ct)
    {
        long baris = 0;
        var buffer = new byte[1 << 16];
        var state = new JsonReaderState();
        var filled = 0;
        var depth0Seen = false;
        var kolom = 0;
        var consumedAny = false;
        while (true)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), ct);
            var final = read == 0;
            filled += read;
            var (consumed, error) = Scan(buffer.AsSpan(0, filled), final, ref state, ref depth0Seen, ref baris, ref kolom);
            if (error is not null)
            {
                return (error, 0);
            }

            consumedAny |= consumed > 0;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
            if (final)
            {
                return consumedAny ? (null, baris) : ("Berkas JSON kosong.", 0);
            }

            if (filled == buffer.Length)
            {
                if (buffer.Length >= MaksToken)
                {
                    return ($"JSON: satu nilai lebih dari {MaksToken / 1024} KiB.", 0);
                }

                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }

    private static (int Consumed, string? Error) Scan(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, ref bool started, ref long baris,
        ref int kolom)
    {
        var reader = new Utf8JsonReader(data, final, state);
        while (reader.Read())
        {
            if (!started)
            {
                started = true;
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return (0, "JSON harus berupa larik (array) objek, satu objek per pegawai.");
                }
            }
            else if (reader.CurrentDepth == 1 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                return (0, "Setiap unsur larik JSON harus berupa objek.");
            }
            else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.StartObject)
            {
                baris++;
                kolom = 0;
            }
            else if (reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.PropertyName && ++kolom > MaksKolomJson)
            {
                return (0, $"JSON: objek ke-{baris} punya lebih dari {MaksKolomJson} kolom.");
            }
        }

        state = reader.CurrentState;
        return ((int)reader.BytesConsumed, null);
    }

    public async IAsyncEnumerable<Baris> BacaAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (format == Format.Csv)
        {
            await using var reader = await BukaCsvAsync(ct);
            // a repeated column name reads its last field, as it did when each row was a dictionary
            var indeks = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                indeks[reader.GetName(i)] = i;
            }

            var nomor = 1;
            while (await reader.ReadAsync(ct))
            {
                nomor++;
                var nilai = new string?[reader.FieldCount];
                for (var i = 0; i < nilai.Length && i < reader.RowFieldCount; i++)
                {
                    nilai[i] = reader.GetString(i);
                }

                yield return new Baris(nomor, new KolomBaris(indeks, nilai));
            }

            yield break;
        }

        await using var stream = File.OpenRead(path);
        var n = 0;
        await foreach (var obj in JsonSerializer.DeserializeAsyncEnumerable<Dictionary<string, JsonElement>>(stream, cancellationToken: ct))
        {
            n++;
            yield return DariJson(n, obj);
        }
    }

    private static Baris DariJson(int nomor, Dictionary<string, JsonElement>? obj)
    {
        if (obj is null)
        {
            return new Baris(nomor, new KolomBaris(new Dictionary<string, int>(), []), "Unsur larik bukan objek.");
        }

        // each object names its own columns, in its own order
        var indeks = new Dictionary<string, int>(obj.Count, StringComparer.Ordinal);
        var nilai = new string?[obj.Count];
        var i = 0;
        foreach (var (key, value) in obj)
        {
            indeks[key] = i;
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    nilai[i++] = value.GetString();
                    break;
                case JsonValueKind.Null:
                    i++;
                    break;
                case JsonValueKind.Number:
                    // an 18-digit NIP as a JSON number: keep its digits, never round-trip through double
                    nilai[i++] = value.GetRawText();
                    break;
                default:
                    return new Baris(nomor, new KolomBaris(indeks, nilai), $"Kolom '{Kutipan.Potong(key)}' harus berupa teks.");
            }
        }

        return new Baris(nomor, new KolomBaris(indeks, nilai));
    }

    private async Task<CsvDataReader> BukaCsvAsync(CancellationToken ct)
    {
        var text = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        return await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions { HasHeaders = true, MaxBufferSize = MaksToken }, ct);
    }
}
