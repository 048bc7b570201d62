package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link ValidationReport} as a {@link ReportDocument} (UTF-8 JSON, format version
 * {@value ReportDocument#FORMAT_VERSION}) with its messages in the languages asked for. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ReportWriter.create().write(report, List.of(Language.ENGLISH, Language.SIMPLIFIED_CHINESE), out);
 * }</pre>
 */
public final class ReportWriter {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final boolean pretty;

  private ReportWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * A writer of compact documents.
   *
   * @return the writer
   */
  public static ReportWriter create() {
    return new ReportWriter(false);
  }

  /**
   * A writer of indented documents, for people to read.
   *
   * @return the writer
   */
  public static ReportWriter pretty() {
    return new ReportWriter(true);
  }

  /**
   * Writes {@code report} with its messages in {@code languages} to {@code out}, which is flushed but not closed.
   *
   * @param report the report
   * @param languages the languages of the messages, distinct, in the order wanted (none: templates only)
   * @param out where to write the document
   * @throws IOException if writing to {@code out} fails
   * @throws IllegalArgumentException if a language is listed twice or a violation's code is not a stable code
   *     ({@link Violation#isCode(String)}), as no violation of the library's rules is
   */
  public void write(ValidationReport report, List<Language> languages, OutputStream out) throws IOException {
    write(ReportDocument.of(report, languages), out);
  }

  /**
   * Writes {@code document} to {@code out}, which is flushed but not closed.
   *
   * @param document the document
   * @param out where to write it
   * @throws IOException if writing to {@code out} fails
   * @throws IllegalArgumentException if a violation's code is not a stable code ({@link Violation#isCode(String)})
   */
  public void write(ReportDocument document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    for (Violation v : document.violations()) {
      if (!Violation.isCode(v.code())) {
        throw new IllegalArgumentException("a violation at " + v.path() + " has no stable code: " + v.code());
      }
    }
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeNumberField("formatVersion", ReportDocument.FORMAT_VERSION);
      Out.id(g, "campaign", document.campaign());
      g.writeBooleanField("valid", document.valid());
      Out.codes(g, "languages", document.languages());
      g.writeArrayFieldStart("violations");
      for (Violation v : document.violations()) {
        violation(g, v, document.languages());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void violation(JsonGenerator g, Violation v, List<Language> languages) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", v.code());
    Out.code(g, "severity", v.severity());
    g.writeStringField("location", v.path().toString());
    g.writeArrayFieldStart("path");
    for (ElementPath.Segment segment : v.path().segments()) {
      g.writeStartObject();
      g.writeStringField("kind", segment.kind());
      Out.optString(g, "id", segment.id());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("arguments");
    for (Map.Entry<String, String> argument : v.arguments().entrySet()) {
      g.writeStartObject();
      g.writeStringField("name", argument.getKey());
      g.writeStringField("value", argument.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    Out.object(g, "template", I18nCodecs.LABEL, v.template());
    g.writeObjectFieldStart("messages");
    for (Language language : languages) {
      g.writeStringField(language.tag(), v.message(language));
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
