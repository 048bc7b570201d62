package io.github.chuxin.persistence.jdbc.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chuxin.json.ChuxinModule;
import io.github.chuxin.json.SnapshotElements;
import io.github.chuxin.json.SnapshotFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the payload of a stored row as JSON text and reads it back, in the snapshot format: the value is
 * the JSON that {@link ChuxinModule} writes for it, which is the JSON of that value as an element of a
 * snapshot document, and the payload says which {@link SnapshotFormat} version it is in:
 *
 * <pre>{@code {"formatVersion":1,"value":{"id":"rect-1","title":"…", …}}}</pre>
 *
 * <p>The version is the payload's first field, so a row says on its own how to read it, wherever its text
 * goes. A payload of an older readable version is brought up to date by the snapshot format's upgrades
 * ({@link SnapshotElements#upgrade}) before it is decoded; a newer one, or one that is not a payload of this
 * form (such as a row of schema version 3 or older that was never migrated), fails with
 * {@link UnreadablePayloadException}. Equal values give equal text; the de-duplicating hash of meetings and
 * five-musts records ({@link #valueHash}) is that of the value's text alone, so that it stays the same when a
 * new format version leaves the value's element as it was. Thread-safe. Not API.
 */
public final class PayloadCodec {

  /** The first field of a payload: the snapshot format version of its value. */
  public static final String VERSION_FIELD = "formatVersion";

  /** The second and last field of a payload: the value, as an element of a snapshot document. */
  public static final String VALUE_FIELD = "value";

  /** Fields of a value that name it in a message, the first present one. */
  private static final List<String> NAMING_FIELDS = List.of("id", "body", "group", "unit");

  private final ObjectMapper mapper;

  /** Makes a codec. */
  public PayloadCodec() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(10_000_000).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = JsonMapper.builder(factory).addModule(new ChuxinModule()).build();
  }

  /**
   * Writes a value as a payload of the current snapshot format version.
   *
   * @param value the value: of a type that a section of the snapshot document holds
   * @param type its class
   * @return the text
   * @throws IllegalArgumentException if a text of the value holds an unpaired surrogate
   */
  public String write(Object value, Class<?> type) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = mapper.getFactory().createGenerator(text)) {
      out.writeStartObject();
      out.writeNumberField(VERSION_FIELD, SnapshotFormat.CURRENT_VERSION);
      out.writeFieldName(VALUE_FIELD);
      mapper.writerFor(type).writeValue(out, value);
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + type.getTypeName() + " as JSON", e);
    }
    return WellFormed.require(text.toString(), type.getSimpleName());
  }

  /**
   * Reads a value from a payload.
   *
   * @param json the text written by {@link #write}, in this or an older readable format version
   * @param type the type to read
   * @param <T> the type
   * @return the value
   * @throws UnreadablePayloadException if the text is not a payload of a readable version, or its value is not
   *     a valid {@code type}; the message names the type and, if the value holds one, its id
   */
  public <T> T read(String json, Class<T> type) {
    try (JsonParser in = mapper.createParser(json)) {
      if (in.nextToken() != JsonToken.START_OBJECT || !VERSION_FIELD.equals(in.nextFieldName())
          || in.nextToken() != JsonToken.VALUE_NUMBER_INT || in.getNumberType() != JsonParser.NumberType.INT) {
        throw unreadable(json, type, "it is not a payload {\"" + VERSION_FIELD + "\": n, \"" + VALUE_FIELD
            + "\": …} of the snapshot format; a row written before schema version 4 is only readable after"
            + " the schema is migrated (JdbcStorage.migrate)", null);
      }
      int version = in.getIntValue();
      if (!VALUE_FIELD.equals(in.nextFieldName())) {
        throw unreadable(json, type, "the field \"" + VALUE_FIELD + "\" does not follow the format version", null);
      }
      in.nextToken();
      T value = version == SnapshotFormat.CURRENT_VERSION
          ? mapper.readValue(in, type)
          : mapper.treeToValue(SnapshotElements.upgrade(type, version, mapper.readTree(in)), type);
      if (value == null) {
        throw unreadable(json, type, "its value is null", null);
      }
      if (in.nextToken() != JsonToken.END_OBJECT || in.nextToken() != null) {
        throw unreadable(json, type, "the payload goes on after its value", null);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw unreadable(json, type, String.valueOf(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw unreadable(json, type, String.valueOf(e.getMessage()), e);
    } catch (UnreadablePayloadException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unreadable(json, type, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * The hash that de-duplicates facts: the SHA-256, in lower-case hex, of the UTF-8 text of the payload's
   * value alone, the element as the snapshot writer writes it, without the format version around it.
   *
   * @param payload a payload as {@link #write} returns it
   * @return 64 hex digits
   * @throws IllegalArgumentException if the text is not of the form {@link #write} returns
   */
  public static String valueHash(String payload) {
    String start = "{\"" + VERSION_FIELD + "\":";
    String value = ",\"" + VALUE_FIELD + "\":";
    int at = payload.indexOf(value);
    if (!payload.startsWith(start) || at < 0 || !payload.endsWith("}")
        || !payload.substring(start.length(), at).chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a payload of the snapshot format as the codec writes it");
    }
    return sha256(payload.substring(at + value.length(), payload.length() - 1));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the Java platform has no SHA-256", e);
    }
  }

  private UnreadablePayloadException unreadable(String json, Class<?> type, String why, @Nullable Throwable cause) {
    return new UnreadablePayloadException(type.getSimpleName() + name(json), why, cause);
  }

  /** What names the stored value in its payload ({@code " rect-1"}, {@code " (body b-1)"}), if it can be read. */
  private String name(String json) {
    try {
      JsonNode root = mapper.readTree(json);
      JsonNode value = root.has(VALUE_FIELD) ? root.get(VALUE_FIELD) : root;
      for (String field : NAMING_FIELDS) {
        String text = value.path(field).textValue();
        if (text != null) {
          return field.equals("id") ? " " + text : " (" + field + " " + text + ")";
        }
      }
    } catch (IOException | RuntimeException e) {
      // the text is not JSON: nothing names the value
    }
    return "";
  }
}
