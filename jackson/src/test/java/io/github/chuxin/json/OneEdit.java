package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One edit of a well-formed JSON document that leaves it well-formed: the structural mutations of the testkit's
 * hostile JSON fuzzer ({@code REMOVE_FIELD}, {@code CHANGE_TYPE}, {@code SWAP_VALUES}, {@code RENAME_KEY},
 * {@code DUPLICATE_KEY}), done on the tree so that the result is JSON a schema validator can judge, with the values
 * that sit on the borders of the format: impossible and leap dates, instants with offsets or without seconds,
 * unpaired surrogates, blank texts in the scripts' white space, numbers written as {@code 1.0}, ids just over the
 * length limit. The testkit cannot be used here (it depends on this module), so the mutations are written again.
 */
enum OneEdit {

  /** A member of an object or an element of an array removed. */
  REMOVE {
    @Override
    String apply(ObjectNode doc, SplittableRandom r, StringBuilder log) {
      Place p = pick(places(doc, false), r);
      log.append("remove ").append(p.pointer());
      p.remove();
      return text(doc);
    }
  },

  /** A value replaced by one of {@link #VALUES}: another type, a border of a format or a limit. */
  REPLACE {
    @Override
    String apply(ObjectNode doc, SplittableRandom r, StringBuilder log) {
      Place p = pick(places(doc, false), r);
      int value = r.nextInt(VALUES.size());
      log.append("replace ").append(p.pointer()).append(" with ").append(shown(VALUES.get(value)));
      p.set(TextNode.valueOf(placeholder(value)));
      return raw(text(doc));
    }
  },

  /** A value replaced by another value of the same document: a code where a code belongs, an id where a date does. */
  SWAP {
    @Override
    String apply(ObjectNode doc, SplittableRandom r, StringBuilder log) {
      List<Place> places = places(doc, false);
      Place target = pick(places, r);
      JsonNode source = pick(places, r).value();
      if (source.size() > 64) {
        source = target.value();
      }
      log.append("swap ").append(target.pointer()).append(" <- ").append(shown(source.toString()));
      target.set(source.deepCopy());
      return text(doc);
    }
  },

  /** An element of an array written twice: duplicates in a set, a second element with the same id. */
  DUPLICATE_ELEMENT {
    @Override
    String apply(ObjectNode doc, SplittableRandom r, StringBuilder log) {
      List<Place> elements = places(doc, false).stream().filter(p -> p.parent().isArray()).toList();
      if (elements.isEmpty()) {
        return REMOVE.apply(doc, r, log);
      }
      Place p = pick(elements, r);
      log.append("duplicate element ").append(p.pointer());
      ((ArrayNode) p.parent()).add(p.value().deepCopy());
      return text(doc);
    }
  },

  /** A member renamed to a field of another object of the format, an unknown name or a type hint. */
  RENAME {
    @Override
    String apply(ObjectNode doc, SplittableRandom r, StringBuilder log) {
      List<Place> members = members(doc);
      Place p = pick(members, r);
      List<String> names = new ArrayList<>(KEYS);
      names.addAll(fieldNames(doc));
      String name = pick(names, r);
      log.append("rename ").append(p.pointer()).append(" to ").append(name);
      ObjectNode parent = (ObjectNode) p.parent();
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      parent.properties().forEach(e -> fields.put(e.getKey().equals(p.key()) ? name : e.getKey(), e.getValue()));
      parent.removeAll();
      fields.forEach(parent::set);
      return text(doc);
    }
  },

  /** A field of the format added where it may not belong, with a value taken from the document. */
  ADD_FIELD {
    @Override
    String apply(ObjectNode doc, SplittableRandom r, StringBuilder log) {
      List<Place> objects = places(doc, true).stream().filter(p -> p.value().isObject()).toList();
      ObjectNode target = (ObjectNode) pick(objects, r).value();
      String name = pick(fieldNames(doc), r);
      JsonNode value = pick(places(doc, false), r).value();
      if (value.size() > 64) {
        value = TextNode.valueOf("x");
      }
      log.append("add ").append(name).append('=').append(shown(value.toString())).append(" to an object");
      target.set(name, value.deepCopy());
      return text(doc);
    }
  },

  /** The members of an object in another order: formatVersion no longer first, or any nested object shuffled. */
  REORDER {
    @Override
    String apply(ObjectNode doc, SplittableRandom r, StringBuilder log) {
      List<Place> objects = places(doc, true).stream().filter(p -> p.value().isObject() && p.value().size() > 1)
          .toList();
      ObjectNode target = objects.isEmpty() || r.nextInt(3) == 0 ? doc : (ObjectNode) pick(objects, r).value();
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(target.properties());
      java.util.Collections.rotate(fields, 1 + r.nextInt(Math.max(fields.size() - 1, 1)));
      log.append("reorder ").append(fields.stream().map(Map.Entry::getKey).toList());
      target.removeAll();
      fields.forEach(e -> target.set(e.getKey(), e.getValue()));
      return text(doc);
    }
  },

  /** A member written twice in its object, with the same value or another one. */
  DUPLICATE_KEY {
    @Override
    String apply(ObjectNode doc, SplittableRandom r, StringBuilder log) {
      List<Place> members = members(doc);
      Place p = pick(members, r);
      String marker = "\u0000dup\u0000";
      log.append("duplicate key ").append(p.pointer());
      JsonNode again = r.nextBoolean() ? p.value().deepCopy() : TextNode.valueOf("x");
      ObjectNode parent = (ObjectNode) p.parent();
      parent.set(marker, again);
      String text = text(doc);
      return text.replace(text(TextNode.valueOf(marker)) + ":", text(TextNode.valueOf(p.key())) + ":");
    }
  };

  /** Edits {@code doc} (a tree of its own) and returns the edited text; {@code log} says what was done. */
  abstract String apply(ObjectNode doc, SplittableRandom r, StringBuilder log);

  private static final ObjectMapper PLAIN = new ObjectMapper();

  /**
   * Values written as raw JSON text: the fuzzer's values of other types, then the borders of the format's dates,
   * instants, ids, texts and numbers.
   */
  static final List<String> VALUES = List.of(
      // the fuzzer's other types
      "\"\"", "\"x\"", "\" \"", "\"2019-06-01\"", "\"9999-12-31\"", "\"+999999999-12-31\"",
      "\"2019-06-01T00:00:00Z\"", "0", "-0", "-1", "1", "2147483647", "2147483648", "-2147483649",
      "9223372036854775808", "1.5", "-0.0", "1e3", "{}", "[]", "null", "true", "false", "[null]", "[{}]",
      "{\"\":null}", "\"長\"", "\"\\u0000\"",
      // dates
      "\"2019-02-30\"", "\"9999-99-99\"", "\"2019-02-29\"", "\"2020-02-29\"", "\"1900-02-29\"", "\"2000-02-29\"",
      "\"0000-02-29\"", "\"0000-01-01\"", "\"+10000-01-01\"", "\"+10000-02-29\"", "\"+2019-01-01\"",
      "\"-0001-12-31\"", "\"-0004-02-29\"", "\"-0100-02-29\"", "\"-0000-01-01\"", "\"-00001-01-01\"",
      "\"10000-01-01\"", "\"2019-6-1\"", "\"2019-04-31\"", "\"2019-00-10\"", "\"2019-13-01\"",
      "\"2019-06-01 \"", "\"２０１９-06-01\"", "\"2019-06-01T00:00:00Z\"",
      // instants
      "\"2019-06-01T08:00:00+08:00\"", "\"2019-06-01T08:00:00-05:30\"", "\"2019-06-01T08:00Z\"",
      "\"2019-06-01T08:00:00z\"", "\"2019-06-01t08:00:00Z\"", "\"2019-06-01T24:00:00Z\"",
      "\"2019-06-01T23:59:60Z\"", "\"2019-06-01T08:00:00.1234567891Z\"", "\"2019-06-01T08:00:00.5Z\"",
      "\"2019-06-01T08:00:00.Z\"", "\"2019-06-01T08:00:00-00:00\"", "\"2019-06-01T08:00:00+18:00\"",
      "\"2019-06-01T08:00:00+19:00\"", "\"2019-06-01T08:00:00+0800\"", "\"2019-06-01T08:00:00+08\"",
      "\"2019-02-30T00:00:00Z\"", "\"2019-02-28T00:00:00Z\"", "\"+10000-01-01T00:00:00Z\"",
      "\"-0001-01-01T00:00:00Z\"", "\"2019-06-01T08:00:00\"",
      // ids and texts
      "\"a\\ud800b\"", "\"a\\udc00\"", "\"\\ud83d\\ude00\"", "\"\\u00a0\"", "\"\\u3000\"", "\"\\u2007\"",
      "\"x\\u2007\"", "\" x\"", "\"x \"", "\"x\\u3000\"", "\"\\u0085x\"", "\"\\ue000\"", "\"\\ufeffx\"",
      "\"\\u001c\"", "\"a\\nb\"", "\"" + "a".repeat(128) + "\"", "\"" + "a".repeat(129) + "\"",
      "\"" + "\\ud83d\\ude00".repeat(64) + "\"", "\"" + "\\ud83d\\ude00".repeat(65) + "\"",
      "\"" + "初".repeat(3) + "\"", "\"" + "初".repeat(4) + "\"", "\"\\ud840\\udc00初心\"",
      "\"Asia/Shanghai\"", "\"Mars/Olympus\"", "\"+08:00\"", "\"UTC\"",
      // codes
      "\"temporary\"", "\"branch\"", "\"BRANCH\"", "\"time-bound\"", "\"long-term\"", "\"signed-off\"",
      "\"in-progress\"", "\"planned\"", "[\"lead\",\"lead\"]", "[\"integrity\"]",
      // numbers
      "1.0", "85.0", "1E2", "1e0", "-1.0", "0.0", "2147483647.0", "2147483648.0", "1e-1", "100000000000000000000",
      "0.5e1");

  /** Keys the fuzzer renames to, besides the format's own field names. */
  private static final List<String> KEYS = List.of("", "x", "@class", "Id", "id ", "長", "$ref");

  /** A place in the tree: a value, the container that holds it and its key or index there. */
  record Place(String pointer, JsonNode parent, String key, int index, JsonNode value) {

    void remove() {
      if (parent instanceof ObjectNode o) {
        o.remove(key);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }

    void set(JsonNode replacement) {
      if (parent instanceof ObjectNode o) {
        o.set(key, replacement);
      } else {
        ((ArrayNode) parent).set(index, replacement);
      }
    }
  }

  /** Every value of {@code doc} with where it is; the root itself only if {@code withRoot} (it has no parent). */
  static List<Place> places(ObjectNode doc, boolean withRoot) {
    List<Place> places = new ArrayList<>();
    if (withRoot) {
      places.add(new Place("", doc, "", -1, doc));
    }
    collect(doc, "", places);
    return places;
  }

  private static void collect(JsonNode node, String pointer, List<Place> places) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        String at = pointer + "/" + e.getKey();
        places.add(new Place(at, node, e.getKey(), -1, e.getValue()));
        collect(e.getValue(), at, places);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String at = pointer + "/" + i;
        places.add(new Place(at, node, null, i, node.get(i)));
        collect(node.get(i), at, places);
      }
    }
  }

  /** The members of every object of {@code doc}. */
  private static List<Place> members(ObjectNode doc) {
    return places(doc, false).stream().filter(p -> p.parent().isObject()).toList();
  }

  private static List<String> fieldNames(ObjectNode doc) {
    return members(doc).stream().map(Place::key).distinct().toList();
  }

  static <T> T pick(List<T> values, SplittableRandom r) {
    return values.get(r.nextInt(values.size()));
  }

  private static String placeholder(int value) {
    return "@@raw" + value + "@@";
  }

  /** {@code text} with every placeholder string replaced by its raw JSON value. */
  private static String raw(String text) {
    String out = text;
    for (int i = 0; i < VALUES.size(); i++) {
      out = out.replace("\"" + placeholder(i) + "\"", VALUES.get(i));
    }
    return out;
  }

  private static String shown(String text) {
    return text.length() > 60 ? text.substring(0, 40) + "...(" + text.length() + " chars)" : text;
  }

  static String text(JsonNode node) {
    try {
      return PLAIN.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree of a document. */
  static ObjectNode tree(byte[] document) {
    try {
      return (ObjectNode) PLAIN.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
