package io.github.chuxin.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Constants of the snapshot document and the plan for reading older versions.
 *
 * <p>A document starts with {@code "formatVersion"} as its first field; readers need it before anything else
 * so they can stream the rest. This library writes {@link #CURRENT_VERSION} and reads versions
 * {@link #OLDEST_READABLE_VERSION} to {@link #CURRENT_VERSION}. A newer version fails with
 * {@link SnapshotFormatException.Kind#UNSUPPORTED_VERSION} and a message that asks for a newer library.
 *
 * <p>Upgrading: when version {@code n + 1} is introduced, {@code UPGRADES} gets an entry at index
 * {@code n - 1} that rewrites one element of one section (as a JSON tree) from version {@code n} to
 * {@code n + 1}. For a document of an older version the reader reads each element of each section as a small
 * tree, applies the upgrades from the document's version to the current one, then decodes it, so older
 * documents are read element by element without loading the whole text. A document of the current version
 * needs no upgrade and is decoded straight from the parser's tokens.
 */
public final class SnapshotFormat {

  /** The version this library writes. */
  public static final int CURRENT_VERSION = 1;

  /** The oldest version this library reads. */
  public static final int OLDEST_READABLE_VERSION = 1;

  /** The class-path resource of the JSON Schema (draft 2020-12) of the snapshot document. */
  public static final String SCHEMA_RESOURCE = "/io/github/chuxin/json/snapshot.schema.json";

  /** Rewrites one element of a section from one format version to the next. */
  @FunctionalInterface
  interface Upgrade {
    JsonNode apply(String section, JsonNode element);
  }

  /** Index {@code n - 1} upgrades version {@code n} to {@code n + 1}; empty while only version 1 exists. */
  static final List<Upgrade> UPGRADES = List.of();

  /** What a reader expects of a version, for messages. */
  static final String READABLE = "a version from " + OLDEST_READABLE_VERSION + " to " + CURRENT_VERSION;

  private SnapshotFormat() {}

  /**
   * Says why a version cannot be read, or nothing if it can.
   *
   * @param version the version found
   * @param holder what has that version ("the document", "the Meeting"), for the message
   * @return the reason, or null if the version is readable
   */
  static @Nullable String unreadable(int version, String holder) {
    if (version > CURRENT_VERSION) {
      return holder + " has format version " + version + ", newer than this library reads; read it with a newer chuxin";
    }
    if (version < OLDEST_READABLE_VERSION) {
      return "format version " + version + " does not exist";
    }
    return null;
  }

  static JsonNode upgrade(int fromVersion, String section, JsonNode element) {
    return upgrade(UPGRADES, fromVersion, CURRENT_VERSION, section, element);
  }

  /** Applies {@code upgrades[fromVersion - 1 .. toVersion - 2]} in order to one element. */
  static JsonNode upgrade(List<Upgrade> upgrades, int fromVersion, int toVersion, String section,
      JsonNode element) {
    JsonNode result = element;
    for (int v = fromVersion; v < toVersion; v++) {
      result = upgrades.get(v - 1).apply(section, result);
    }
    return result;
  }
}
