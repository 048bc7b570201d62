package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.json.PackageCodecs.IdType;
import io.github.chuxin.json.PackageCodecs.Value;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * A Jackson module that maps every chuxin model type to JSON and back, with no annotations on the model.
 * Register it on your own mapper: {@code JsonMapper.builder().addModule(new ChuxinModule()).build()}.
 *
 * <p>Values are built through the model's builders and factories, so every invariant of the model is checked
 * on reading; a broken one fails as a {@link MismatchedInputException} whose message names the JSON path inside
 * the value and what was expected. The shapes are those of the snapshot document (see
 * {@link SnapshotFormat#SCHEMA_RESOURCE}): identifiers as strings, enum constants as lower-case codes with
 * hyphens ({@code "bureau-level-unit"}; {@code Language} as its tag, {@code "zh-Hans"}), labels as
 * {@code {"en","zh-Hans","zh-Hant"}}, an empty {@code Optional} as an absent field.
 *
 * <p>The module also maps {@link LocalDate}, {@link Instant} and {@link ZoneId} as ISO-8601 strings, so a
 * mapper needs no other module for the model; a module registered after this one takes precedence for those
 * three types. Identifiers also work as map keys. The module never enables default typing.
 */
public final class ChuxinModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module with every model type registered. */
  public ChuxinModule() {
    super("chuxin", Version.unknownVersion());
    for (IdType<?> id : Codecs.ID_TYPES) {
      addId(id);
    }
    for (Class<? extends Enum<?>> type : Codecs.ENUM_TYPES) {
      addEnum(type);
    }
    for (Value<?> value : Codecs.VALUES) {
      add(value);
    }
  }

  private <T> void add(Value<T> value) {
    add(value.type(), value.codec());
  }

  private <T> void add(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }

  private <I extends Identifier> void addId(IdType<I> id) {
    add(id.type(), id.codec());
    addKeyDeserializer(id.type(), new IdKeyDeserializer<>(id.type(), id.of()));
    addKeySerializer(id.type(), new IdKeySerializer<>(id.type()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void addEnum(Class<? extends Enum<?>> type) {
    Class raw = type;
    add(raw, PackageCodecs.enumeration(raw));
  }

  /**
   * Writes a value through its codec.
   *
   * @param <T> the type of the value
   */
  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      codec.write(out, value);
    }
  }

  /**
   * Reads a value as a tree, then decodes the tree's tokens through its codec and the model's builders.
   *
   * @param <T> the type of the value
   */
  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode tree = context.readTree(parser);
      try (JsonParser tokens = tree.traverse(parser.getCodec())) {
        tokens.nextToken();
        return codec.read(In.of(tokens, "$"));
      } catch (Failure f) {
        throw MismatchedInputException.from(parser, handledType(), f.getMessage());
      }
    }
  }

  /**
   * Writes an identifier as a map key: its value.
   *
   * @param <I> the type of the identifier
   */
  private static final class IdKeySerializer<I extends Identifier> extends StdSerializer<I> {
    private static final long serialVersionUID = 1L;

    IdKeySerializer(Class<I> type) {
      super(type);
    }

    @Override
    public void serialize(I value, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeFieldName(value.value());
    }
  }

  /** Reads an identifier map key through the identifier's factory. */
  private static final class IdKeyDeserializer<I> extends KeyDeserializer {
    private final Class<I> type;
    private final Function<String, I> of;

    IdKeyDeserializer(Class<I> type, Function<String, I> of) {
      this.type = type;
      this.of = of;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      try {
        return of.apply(key);
      } catch (IllegalArgumentException | NullPointerException e) {
        return context.handleWeirdKey(type, key, "%s", String.valueOf(e.getMessage()));
      }
    }
  }
}
