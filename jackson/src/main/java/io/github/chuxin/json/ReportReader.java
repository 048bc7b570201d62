package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.json.SnapshotFormatException.Kind;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link ReportDocument}, within {@link ReadLimits}, refusing anything the report's schema refuses and a
 * document that says two things that disagree: a message that is not its template filled with its arguments, a
 * location that is not its path, {@code valid} that is not what the severities say, messages in other languages
 * than those listed. Every refusal is a {@link ReportFormatException} that names the JSON path. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = ReportReader.create().read(in, snapshot);
 * }</pre>
 */
public final class ReportReader {

  private static final String ROOT = "$";
  private static final ReportReader DEFAULT = new ReportReader(ReadLimits.defaults());

  private final ReadLimits limits;
  private final JsonFactory factory;

  private ReportReader(ReadLimits limits) {
    this.limits = limits;
    this.factory = SnapshotReader.factory(limits);
  }

  /**
   * A reader with {@link ReadLimits#defaults()}.
   *
   * @return the reader
   */
  public static ReportReader create() {
    return DEFAULT;
  }

  /**
   * A reader with the given limits.
   *
   * @param limits the limits to enforce
   * @return the reader
   */
  public static ReportReader withLimits(ReadLimits limits) {
    return new ReportReader(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads one report document from {@code in}, which is not closed.
   *
   * @param in the JSON text
   * @return the document
   * @throws ReportFormatException if the document is malformed, truncated, over a limit, of the wrong shape, of an
   *     unsupported version or disagrees with itself; it names the JSON path and what was expected
   * @throws IOException if reading {@code in} fails
   */
  public ReportDocument read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    try {
      return SnapshotReader.readDocument(factory, limits, in, ReportReader::document);
    } catch (Failure f) {
      throw f.toReportException();
    }
  }

  /**
   * Reads one report document about {@code snapshot} from {@code in}, which is not closed.
   *
   * @param in the JSON text
   * @param snapshot the campaign the report is about
   * @return the report
   * @throws ReportFormatException as {@link #read(InputStream)} does, and if the report is about another campaign
   * @throws IOException if reading {@code in} fails
   */
  public ValidationReport read(InputStream in, CampaignSnapshot snapshot) throws IOException {
    Objects.requireNonNull(snapshot, "snapshot");
    ReportDocument document = read(in);
    CampaignId id = snapshot.campaign().id();
    if (!document.campaign().equals(id)) {
      throw new ReportFormatException(Kind.INVALID_VALUE, In.child(ROOT, "campaign"), "the id of the campaign "
          + In.quote(id.value()), "found " + In.quote(document.campaign().value()), null);
    }
    return document.toReport(snapshot);
  }

  private static final In.Fields DOCUMENT = new In.Fields("a report document", "formatVersion!", "campaign!",
      "valid!", "languages!", "violations!");
  private static final In.Fields VIOLATION = new In.Fields("a violation", "code!", "severity!", "location!", "path!",
      "arguments!", "template!", "messages!");
  private static final In.Fields SEGMENT = new In.Fields("a path segment", "kind!", "id");
  private static final In.Fields ARGUMENT = new In.Fields("an argument", "name!", "value!");
  private static final In.Fields MESSAGES = new In.Fields("messages by language", "en", "zh-Hans", "zh-Hant");

  /** A violation as read, with the messages it gives and where they are, to be checked once the languages are known. */
  private record Read(Violation violation, Map<Language, String> messages, String path) {}

  private static ReportDocument document(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new Failure(Kind.TRUNCATED, ROOT, "a report document (an object)", "the input is empty", null);
    }
    In in = In.of(p, ROOT);
    in.enter(DOCUMENT);
    CampaignId campaign = null;
    Boolean valid = null;
    List<Language> languages = List.of();
    List<Read> violations = new ArrayList<>();
    for (String f; (f = in.next(DOCUMENT)) != null; ) {
      switch (f) {
        case "formatVersion" -> {
          int version = in.integer();
          if (version != ReportDocument.FORMAT_VERSION) {
            throw in.fail(Kind.UNSUPPORTED_VERSION, "version " + ReportDocument.FORMAT_VERSION,
                "found " + version);
          }
        }
        case "campaign" -> campaign = in.id(CampaignId::of);
        case "valid" -> valid = in.bool();
        case "languages" -> languages = List.copyOf(in.codes(Language.class));
        case "violations" -> {
          in.enterArray();
          while (in.nextElement()) {
            violations.add(violation(in));
          }
        }
        default -> { }
      }
    }
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw new Failure(Kind.MALFORMED, ROOT, "the end of the input after the document", "found " + trailing, null);
    }
    List<Violation> found = new ArrayList<>();
    for (Read read : violations) {
      checkMessages(read, languages);
      found.add(read.violation());
    }
    ReportDocument document = new ReportDocument(Objects.requireNonNull(campaign), languages, found);
    if (document.valid() != Objects.requireNonNull(valid)) {
      throw new Failure(Kind.INVALID_VALUE, In.child(ROOT, "valid"), document.valid()
          + (document.valid() ? " (no violation is an error)" : " (some violation is an error)"), "found " + valid,
          null);
    }
    return document;
  }

  private static void checkMessages(Read read, List<Language> languages) {
    String messages = In.child(read.path(), "messages");
    for (Language language : languages) {
      String message = read.messages().get(language);
      String expected = read.violation().message(language);
      if (message == null) {
        throw new Failure(Kind.MISSING_FIELD, In.child(messages, language.tag()), "the message in each language "
            + "listed", "the message in " + language.tag() + " is absent", null);
      }
      if (!message.equals(expected)) {
        throw new Failure(Kind.INVALID_VALUE, In.child(messages, language.tag()), "the template filled with the "
            + "arguments: " + In.quote(expected), "found " + In.quote(message), null);
      }
    }
    for (Language language : read.messages().keySet()) {
      if (!languages.contains(language)) {
        throw new Failure(Kind.UNKNOWN_FIELD, In.child(messages, language.tag()), "messages only in the languages "
            + "listed in $.languages", "a message in " + language.tag(), null);
      }
    }
  }

  private static Read violation(In in) throws IOException {
    String at = in.path();
    in.enter(VIOLATION);
    String code = null;
    Severity severity = null;
    String location = null;
    ElementPath path = null;
    Map<String, String> arguments = new LinkedHashMap<>();
    Label template = null;
    Map<Language, String> messages = new EnumMap<>(Language.class);
    for (String f; (f = in.next(VIOLATION)) != null; ) {
      switch (f) {
        case "code" -> {
          code = in.string();
          if (!Violation.isCode(code)) {
            throw in.fail(Kind.INVALID_VALUE, "a stable code such as RECT-DEADLINE-AFTER-BATCH",
                "found " + In.quote(code));
          }
        }
        case "severity" -> severity = in.code(Severity.class);
        case "location" -> location = in.string();
        case "path" -> path = path(in);
        case "arguments" -> arguments(in, arguments);
        case "template" -> template = I18nCodecs.LABEL.read(in);
        case "messages" -> {
          in.enter(MESSAGES);
          for (String tag; (tag = in.next(MESSAGES)) != null; ) {
            messages.put(Codes.parse(Language.class, tag), in.string());
          }
        }
        default -> { }
      }
    }
    ElementPath where = Objects.requireNonNull(path);
    if (!where.toString().equals(location)) {
      throw new Failure(Kind.INVALID_VALUE, In.child(at, "location"), "the path as text: " + In.quote(
          where.toString()), "found " + In.quote(String.valueOf(location)), null);
    }
    Violation violation = new Violation(Objects.requireNonNull(code), Objects.requireNonNull(severity), where,
        arguments, Objects.requireNonNull(template));
    return new Read(violation, messages, at);
  }

  private static ElementPath path(In in) throws IOException {
    List<ElementPath.Segment> segments = new ArrayList<>();
    in.enterArray();
    while (in.nextElement()) {
      in.enter(SEGMENT);
      String kind = null;
      String id = null;
      for (String f; (f = in.next(SEGMENT)) != null; ) {
        switch (f) {
          case "kind" -> kind = in.string();
          case "id" -> id = in.string();
          default -> { }
        }
      }
      String k = kind;
      @Nullable String i = id;
      segments.add(in.build("path segment", () -> new ElementPath.Segment(k, Optional.ofNullable(i))));
    }
    return in.build("path of at least one segment", () -> new ElementPath(segments));
  }

  private static void arguments(In in, Map<String, String> arguments) throws IOException {
    Map<String, Integer> first = new LinkedHashMap<>();
    in.enterArray();
    while (in.nextElement()) {
      String at = in.path();
      int index = first.size();
      in.enter(ARGUMENT);
      String name = null;
      String value = null;
      for (String f; (f = in.next(ARGUMENT)) != null; ) {
        switch (f) {
          case "name" -> name = in.string();
          case "value" -> value = in.string();
          default -> { }
        }
      }
      Integer earlier = first.putIfAbsent(Objects.requireNonNull(name), index);
      if (earlier != null) {
        throw new Failure(Kind.INVALID_VALUE, In.child(at, "name"), "distinct argument names",
            In.quote(name) + " appears twice, first at [" + earlier + "]", null);
      }
      arguments.put(name, Objects.requireNonNull(value));
    }
  }
}
