package io.github.chuxin.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.report.ledger.LedgerColumn;
import io.github.chuxin.report.ledger.LedgerRow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the rectification ledger 臺賬 (台账) as CSV or JSON, headers in a chosen language.
 *
 * <p>CSV follows RFC 4180: a header row, fields separated by commas, records ended by CRLF,
 * fields with commas, quotes or line breaks enclosed in double quotes and quotes doubled. It is
 * UTF-8 with a byte-order mark, so that spreadsheet programs read Chinese text correctly, and is
 * written with Jackson's {@link CsvMapper}. JSON is an array of objects whose keys are the
 * headers, written with a plain {@link JsonGenerator}. Cells are {@link LedgerRow#cell}.
 * Neither method closes the stream.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("ledger.csv"))) {
 *   LedgerExport.writeCsv(Ledger.rows(snapshot), Language.SIMPLIFIED_CHINESE, out);
 * }
 * }</pre>
 */
public final class LedgerExport {

  /** The UTF-8 byte-order mark, written first in CSV. */
  public static final String BYTE_ORDER_MARK = "\uFEFF";

  private static final CsvMapper CSV = new CsvMapper();
  private static final JsonFactory JSON = new JsonFactory();

  private LedgerExport() {}

  /**
   * Returns the headers in a language, in column order.
   *
   * @param language the language, not null
   * @return the headers
   */
  public static List<String> headers(Language language) {
    return java.util.Arrays.stream(LedgerColumn.values()).map(c -> c.label(language)).toList();
  }

  /**
   * Writes rows as CSV: byte-order mark, header row, one record per row.
   *
   * @param rows the rows, not null
   * @param language the language of headers and status labels, not null
   * @param out the stream, not null; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void writeCsv(List<LedgerRow> rows, Language language, OutputStream out) {
    CsvSchema.Builder schema = CsvSchema.builder();
    for (String header : headers(language)) {
      schema.addColumn(header);
    }
    CsvSchema withHeader = schema.build().withHeader().withLineSeparator("\r\n");
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write(BYTE_ORDER_MARK);
      try (SequenceWriter sequence = CSV.writer(withHeader)
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValues(writer)) {
        LedgerColumn[] columns = LedgerColumn.values();
        for (LedgerRow row : rows) {
          String[] cells = new String[columns.length];
          for (int c = 0; c < columns.length; c++) {
            cells[c] = row.cell(columns[c], language);
          }
          sequence.write(cells);
        }
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes rows as a JSON array of objects keyed by the headers, in UTF-8 without a byte-order mark.
   *
   * @param rows the rows, not null
   * @param language the language of keys and status labels, not null
   * @param out the stream, not null; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void writeJson(List<LedgerRow> rows, Language language, OutputStream out) {
    List<String> headers = headers(language);
    LedgerColumn[] columns = LedgerColumn.values();
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      json.writeStartArray();
      for (LedgerRow row : rows) {
        json.writeStartObject();
        for (int c = 0; c < columns.length; c++) {
          json.writeStringField(headers.get(c), row.cell(columns[c], language));
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
