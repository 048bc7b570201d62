package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.erosb.jsonsKema.FormatValidationPolicy;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.JsonValue;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import com.github.erosb.jsonsKema.ValidatorConfig;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One JSON Schema compiled by two independent draft 2020-12 validators, each in its strictest mode: formats are
 * asserted, not just annotated. The Java one the build has always used and json-sKema (written in Kotlin, with a
 * JSON parser of its own). A document each can judge gets a verdict from each.
 *
 * <p>json-sKema 0.32.0's own parser decodes the escapes of strings wrongly (a tab escape as the letter t, and the
 * six-character escape of U+00A0 as U+000A: it drops the trailing zeros of the hexadecimal digits), so it is handed
 * the document's tree written again with every character raw and only the quote and the backslash escaped, which
 * its parser reads right. A document with a repeated key has no single tree: json-sKema refuses to read it, and so
 * does this.
 */
final class SchemaValidators {

  /** What one validator said of a document: valid, or invalid with its first message; or it could not judge. */
  record Verdict(@Nullable Boolean valid, String detail) {

    static Verdict of(boolean valid, String detail) {
      return new Verdict(valid, detail);
    }

    static Verdict cannotJudge(String why) {
      return new Verdict(null, why);
    }

    boolean judged() {
      return valid != null;
    }

    boolean accepts() {
      return Boolean.TRUE.equals(valid);
    }
  }

  /** The verdicts of both validators on one document. */
  record Verdicts(Verdict networknt, Verdict skema) {

    /** Whether both judged and both said the same. */
    boolean agree() {
      return networknt.judged() && skema.judged() && Objects.equals(networknt.valid(), skema.valid());
    }

    boolean bothJudged() {
      return networknt.judged() && skema.judged();
    }

    boolean bothAccept() {
      return networknt.accepts() && skema.accepts();
    }
  }

  private final Schema networknt;
  private final Validator skema;

  private SchemaValidators(String schemaText) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
            .locale(Locale.ROOT).build()));
    this.networknt = registry.getSchema(schemaText, InputFormat.JSON);
    this.networknt.initializeValidators();
    com.github.erosb.jsonsKema.Schema loaded = new SchemaLoader(new JsonParser(schemaText).parse()).load();
    this.skema = Validator.create(loaded, new ValidatorConfig(FormatValidationPolicy.ALWAYS));
  }

  /** Both validators with the schema in {@code text}; fails if either cannot compile it. */
  static SchemaValidators of(String text) {
    return new SchemaValidators(text);
  }

  /** Both validators with the schema at the class-path resource {@code resource}. */
  static SchemaValidators resource(String resource) {
    return of(text(resource));
  }

  /** The text of a class-path resource. */
  static String text(String resource) {
    try (InputStream in = SchemaValidators.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the Java validator says of {@code document}. */
  Verdict networknt(String document) {
    List<Error> errors;
    try {
      errors = networknt.validate(document, InputFormat.JSON);
    } catch (RuntimeException e) {
      return Verdict.cannotJudge("networknt could not read the document: " + e);
    }
    return Verdict.of(errors.isEmpty(), errors.isEmpty() ? "" : errors.get(0).toString());
  }

  /** What json-sKema says of {@code document}. */
  Verdict skema(String document) {
    JsonNode tree;
    try {
      tree = STRICT.readTree(document);
    } catch (JsonProcessingException e) {
      return Verdict.cannotJudge("the document has no single tree: " + e.getOriginalMessage());
    }
    StringBuilder raw = new StringBuilder(document.length());
    writeRaw(tree, raw);
    JsonValue instance;
    try {
      instance = new JsonParser(raw.toString(), URI.create("urn:chuxin:test:document")).parse();
    } catch (RuntimeException e) {
      return Verdict.cannotJudge("json-sKema could not read the document: " + e);
    }
    ValidationFailure failure = skema.validate(instance);
    return Verdict.of(failure == null, failure == null ? "" : String.valueOf(failure.getMessage()));
  }

  /** Reads JSON text refusing repeated keys, keeping numbers exactly as written. */
  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .build();

  /** Writes {@code node} as JSON text with every character of its strings raw except {@code "} and {@code \}. */
  private static void writeRaw(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        writeRaw(field.getKey(), out);
        out.append(':');
        writeRaw(field.getValue(), out);
        if (fields.hasNext()) {
          out.append(',');
        }
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        writeRaw(node.get(i), out);
      }
      out.append(']');
    } else if (node.isTextual()) {
      writeRaw(node.textValue(), out);
    } else {
      out.append(node);
    }
  }

  private static void writeRaw(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append('"');
  }

  /** What both say of {@code document}. */
  Verdicts verdicts(String document) {
    return new Verdicts(networknt(document), skema(document));
  }
}
