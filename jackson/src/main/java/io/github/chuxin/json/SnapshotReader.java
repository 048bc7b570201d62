package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.json.SnapshotFormatException.Kind;
import io.github.chuxin.json.SnapshotSections.Section;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a snapshot document into a {@link CampaignSnapshot}, streaming: the large sections (organisations,
 * problems, rectification items and the others) are decoded one element at a time straight from the parser's
 * tokens into the model's builders, so the whole text is never in memory. The reader enforces {@link ReadLimits} and never enables Jackson's default
 * typing. It never half-applies: it returns a whole snapshot or throws.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SnapshotReader {

  private static final String ROOT = "$";

  private final ReadLimits limits;
  private final ObjectMapper trees;

  private SnapshotReader(ReadLimits limits) {
    this.limits = limits;
    JsonFactory factory = factory(limits);
    this.trees = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();
  }

  /**
   * A reader with {@link ReadLimits#defaults()}; the same instance on every call.
   *
   * @return the reader
   */
  public static SnapshotReader create() {
    return DEFAULT;
  }

  /** The reader with the default limits, shared: readers are immutable and thread-safe. */
  private static final SnapshotReader DEFAULT = new SnapshotReader(ReadLimits.defaults());

  /**
   * A reader with the given limits.
   *
   * @param limits the limits to enforce
   * @return the reader
   */
  public static SnapshotReader withLimits(ReadLimits limits) {
    return new SnapshotReader(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The limits this reader enforces.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads one snapshot document from {@code in}, which is not closed.
   *
   * @param in the UTF-8 (or UTF-16/32, detected) JSON text
   * @return the whole snapshot
   * @throws SnapshotFormatException if the document is malformed, truncated, over a limit, of the wrong shape,
   *     of an unsupported version or breaks a rule of the model; it names the JSON path and what was expected
   * @throws IOException if reading {@code in} fails
   */
  public CampaignSnapshot read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    try {
      return readDocument(trees.getFactory(), limits, in, this::document);
    } catch (Failure f) {
      throw f.toException();
    }
  }

  /** Reads a document from its parser; the parser is at the start of the input. */
  @FunctionalInterface
  interface DocumentBody<T> {
    T read(JsonParser parser) throws IOException;
  }

  /**
   * Reads one document from {@code in} with {@code body}, within {@code limits}: every defect of the document, of
   * its JSON text or its encoding, or a limit passed, is thrown as a {@link Failure} that names the path; an error
   * of the stream itself passes through. Shared by the readers of the library's documents.
   */
  static <T> T readDocument(JsonFactory factory, ReadLimits limits, InputStream in, DocumentBody<T> body)
      throws IOException {
    Counting counting = new Counting(in, limits.maxDocumentBytes());
    JsonParser parser = null;
    try {
      parser = factory.createParser(counting);
      return body.read(parser);
    } catch (TooLarge e) {
      throw new Failure(Kind.LIMIT_EXCEEDED, pathOf(parser),
          "a document of at most " + limits.maxDocumentBytes() + " bytes", e.getMessage(), e);
    } catch (StreamConstraintsException e) {
      throw new Failure(Kind.LIMIT_EXCEEDED, pathOf(parser), limitExpected(limits, e),
          In.printable(e.getOriginalMessage()), e);
    } catch (JsonEOFException e) {
      throw new Failure(Kind.TRUNCATED, pathOf(parser), "the rest of the document",
          In.printable(e.getOriginalMessage()), e);
    } catch (JsonProcessingException e) {
      // Jackson counts the next array entry before it looks for the comma, so a missing comma (or a bad token
      // glued to an entry, like 0x1F) would be reported at an entry that may not exist: name the one before it
      boolean afterEntry = String.valueOf(e.getOriginalMessage()).contains("separate Array entries");
      throw new Failure(Kind.MALFORMED, pathOf(parser, afterEntry), "well-formed JSON",
          In.printable(e.getOriginalMessage()), e);
    } catch (CharConversionException e) {
      // the text's bytes do not decode in the encoding detected from its start (UTF-32 above U+10FFFF or cut)
      throw new Failure(String.valueOf(e.getMessage()).contains("EOF") ? Kind.TRUNCATED
          : Kind.MALFORMED, pathOf(parser), "text in UTF-8, UTF-16 or UTF-32", In.printable(e.getMessage()), e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /** A JSON factory that enforces {@code limits} and refuses duplicate keys. */
  static JsonFactory factory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .maxDocumentLength(limits.maxDocumentBytes())
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  private static String limitExpected(ReadLimits limits, StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("depth")) {
      return "nesting of at most " + limits.maxNestingDepth() + " levels";
    }
    if (message.contains("String value length")) {
      return "strings of at most " + limits.maxStringLength() + " characters";
    }
    if (message.contains("Number value length")) {
      return "numbers of at most " + limits.maxNumberLength() + " characters";
    }
    if (message.contains("Name length")) {
      return "field names of at most " + limits.maxNameLength() + " characters";
    }
    if (message.contains("Document length")) {
      return "a document of at most " + limits.maxDocumentBytes() + " bytes";
    }
    return "a document within the reader's limits";
  }

  private CampaignSnapshot document(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new Failure(Kind.TRUNCATED, ROOT, "a snapshot document (an object)", "the input is empty", null);
    }
    if (first != JsonToken.START_OBJECT) {
      throw new Failure(Kind.WRONG_TYPE, ROOT, "a snapshot document (an object)", "found " + first, null);
    }
    int version = version(p);
    Campaign campaign = null;
    // the builder stays local to this read: a failure anywhere leaves nothing behind
    ImmutableCampaignSnapshot.Builder snapshot = CampaignSnapshot.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String path = In.child(ROOT, name);
      JsonStreamContext container = p.getParsingContext();
      JsonToken value = p.nextToken();
      Section<?> section = SnapshotSections.BY_NAME.get(name);
      if ("campaign".equals(name)) {
        campaign = element(p, version, name, CampaignCodecs.CAMPAIGN, In.of(p, path), container);
      } else if (section != null) {
        if (value != JsonToken.START_ARRAY) {
          throw new Failure(Kind.WRONG_TYPE, path, "an array", "found " + value, null);
        }
        section(section, p, version, In.of(p, path), snapshot);
      } else {
        throw new Failure(Kind.UNKNOWN_FIELD, path, "one of the fields formatVersion, campaign, "
            + String.join(", ", SnapshotSections.BY_NAME.keySet()),
            In.quote(name) + " is not a field of a snapshot document", null);
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw new Failure(Kind.MALFORMED, ROOT, "a field name or the end of the document",
          "found " + p.currentToken(), null);
    }
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw new Failure(Kind.MALFORMED, ROOT, "the end of the input after the document", "found " + trailing, null);
    }
    if (campaign == null) {
      throw new Failure(Kind.MISSING_FIELD, In.child(ROOT, "campaign"), "the campaign (an object)",
          "the required field 'campaign' is absent", null);
    }
    return snapshot.campaign(campaign).build();
  }

  /** Decodes the elements of one section, which starts at the parser's current token, into {@code snapshot}. */
  private <T> void section(Section<T> section, JsonParser p, int version, In in,
      ImmutableCampaignSnapshot.Builder snapshot) throws IOException {
    in.enterArray();
    JsonStreamContext array = p.getParsingContext();
    while (in.nextElement()) {
      section.add().accept(snapshot, element(p, version, section.name(), section.codec(), in, array));
    }
  }

  /**
   * Decodes one element (or the campaign) that starts at the parser's current token, straight from the tokens.
   * A document of an older version is read as a small tree first, upgraded, then decoded from the tree. If the
   * element's value is rejected, the rest of the element is still read, so that bad JSON text, truncation or a
   * passed limit inside it are reported as such, as they were when every element was read whole.
   */
  private <T> T element(JsonParser p, int version, String section, Codec<T> codec, In in,
      JsonStreamContext container) throws IOException {
    if (version < SnapshotFormat.CURRENT_VERSION) {
      JsonNode tree = SnapshotFormat.upgrade(version, section, trees.readTree(p));
      try (JsonParser tokens = tree.traverse(trees)) {
        tokens.nextToken();
        return codec.read(In.of(tokens, in.path()));
      }
    }
    try {
      return codec.read(in);
    } catch (Failure f) {
      while (p.getParsingContext() != container && p.nextToken() != null) {
        // skip to the end of the element
      }
      throw f;
    }
  }

  private static int version(JsonParser p) throws IOException {
    String path = In.child(ROOT, "formatVersion");
    JsonToken token = p.nextToken();
    if (token != JsonToken.FIELD_NAME || !"formatVersion".equals(p.currentName())) {
      throw new Failure(Kind.MISSING_FIELD, path, "formatVersion as the first field of the document",
          token == JsonToken.FIELD_NAME ? "the first field is " + In.quote(p.currentName()) : "found " + token,
          null);
    }
    JsonToken value = p.nextToken();
    if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new Failure(Kind.WRONG_TYPE, path, "an integer", "found " + value, null);
    }
    BigDecimal number;
    try {
      number = In.integral(p);
    } catch (NumberFormatException e) {
      throw new Failure(Kind.UNSUPPORTED_VERSION, path, SnapshotFormat.READABLE, "found " + In.quote(p.getText()),
          e);
    }
    if (number == null) {
      throw new Failure(Kind.WRONG_TYPE, path, "an integer", "found " + In.quote(p.getText()), null);
    }
    if (number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
        || number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
      throw new Failure(Kind.UNSUPPORTED_VERSION, path, SnapshotFormat.READABLE, "found " + In.quote(p.getText()),
          null);
    }
    int version = number.intValue();
    String unreadable = SnapshotFormat.unreadable(version, "the document");
    if (unreadable != null) {
      throw new Failure(Kind.UNSUPPORTED_VERSION, path, SnapshotFormat.READABLE, unreadable, null);
    }
    return version;
  }

  /** The JSONPath of the parser's current position. */
  static String pathOf(@Nullable JsonParser parser) {
    return pathOf(parser, false);
  }

  /** The JSONPath of the parser's current position; if {@code afterEntry}, of the innermost array's entry before. */
  private static String pathOf(@Nullable JsonParser parser, boolean afterEntry) {
    if (parser == null) {
      return ROOT;
    }
    List<String> steps = new ArrayList<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        int index = afterEntry && steps.isEmpty() ? c.getCurrentIndex() - 1 : c.getCurrentIndex();
        steps.add("[" + Math.max(index, 0) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        steps.add(In.child("", c.getCurrentName()));
      }
    }
    StringBuilder path = new StringBuilder(ROOT);
    for (int i = steps.size() - 1; i >= 0; i--) {
      path.append(steps.get(i));
    }
    return path.toString();
  }

  /** Signals that the input stream passed the document size limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("the document is larger than " + limit + " bytes");
    }
  }

  /** Counts the bytes read and fails once they pass the limit. */
  private static final class Counting extends FilterInputStream {
    private final long limit;
    private long count;

    Counting(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    private void add(long n) throws TooLarge {
      if (n > 0) {
        count += n;
        if (count > limit) {
          throw new TooLarge(limit);
        }
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      add(n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      add(skipped);
      return skipped;
    }
  }
}
