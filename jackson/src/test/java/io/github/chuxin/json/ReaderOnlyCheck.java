package io.github.chuxin.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.json.SnapshotFormatException.Kind;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one list of what a snapshot document must satisfy that only the reader checks: the documented exceptions to
 * "the schema and the reader reach the same verdict". The schema's description lists the same checks by the same
 * names, in this order ({@code (1) duplicate-keys: ...}); {@link SchemaAgreementTest} holds both lists equal, tests
 * each check on its example, and fails on any disagreement that none of them explains.
 *
 * <p>Each check says how to recognise the reader's refusal that it explains, and gives an example: the rich
 * snapshot's document edited so that both schema validators accept it and the reader refuses it for that reason.
 */
enum ReaderOnlyCheck {

  /** No object has a key twice: a schema validator sees a tree, with one of the two values. */
  DUPLICATE_KEYS("duplicate-keys",
      e -> e.kind() == Kind.MALFORMED && String.valueOf(e.getCause()).contains("Duplicate field"),
      text -> text.replaceFirst("\"name\":\"市委\"", "\"name\":\"市委\",\"name\":\"市委\"")),

  /** {@code formatVersion} comes first, so that the reader knows the version before it streams the rest. */
  FIELD_ORDER("field-order",
      e -> e.kind() == Kind.MISSING_FIELD && e.jsonPath().equals("$.formatVersion")
          && e.expected().contains("first field"),
      text -> edited(text, doc -> doc.set("formatVersion", doc.remove("formatVersion")))),

  /** Windows, active periods, reviews, closures and extensions in date order; schedule items of bounded length. */
  DATE_WINDOWS("date-windows",
      codes("BATCH-WINDOW-INVERTED", "BATCH-EARLY-START-NOT-BEFORE-WINDOW", "ORG-ACTIVE-WINDOW-INVERTED",
          "PROBLEM-CLOSED-BEFORE-FOUND", "LEADERSHIP-PLAN-REVIEWED-BEFORE-SUBMITTED", "LEADERSHIP-SCHEDULE-TOO-LONG",
          "RECT-EXTENSION-NOT-LATER"),
      text -> edited(text, doc -> ((ObjectNode) doc.at("/campaign/batches/0/window")).put("end", "2019-01-01"))),

  /** A rectification item's history is a chain from planned, and its status is where the chain ends. */
  STATUS_CHAIN("status-chain",
      codes("RECT-HISTORY-BROKEN", "RECT-STATUS-NOT-HISTORY-END"),
      text -> edited(text, doc -> ((ArrayNode) doc.at("/rectifications/0/history")).remove(1))),

  /** The batches have distinct ids and distinct numbers. */
  UNIQUE_IDS("unique-ids",
      codes("BATCH-DUPLICATE-ID", "BATCH-DUPLICATE-NUMBER"),
      text -> edited(text, doc -> ((ObjectNode) doc.at("/campaign/batches/1")).put("number", 1))),

  /** An organisation is not its own parent. */
  OWN_PARENT("own-parent",
      codes("ORG-OWN-PARENT"),
      text -> edited(text, doc -> ((ObjectNode) doc.at("/organisations/1")).put("parentId", "bureau-7"))),

  /** An identifier has at most 128 UTF-16 code units; the schema's maxLength counts characters. */
  ID_LENGTH("id-length",
      codes("ID-TOO-LONG"),
      text -> edited(text, doc -> ((ObjectNode) doc.at("/problemLists/1")).put("id", "😀".repeat(65)))),

  /** The campaign's zone is one the tz database knows. */
  ZONE_IDS("zone-ids",
      e -> e.kind() == Kind.INVALID_VALUE && e.jsonPath().equals("$.campaign.zone"),
      text -> edited(text, doc -> ((ObjectNode) doc.at("/campaign")).put("zone", "Mars/Olympus")));

  private final String name;
  private final Predicate<SnapshotFormatException> explains;
  private final Function<String, String> example;

  ReaderOnlyCheck(String name, Predicate<SnapshotFormatException> explains, Function<String, String> example) {
    this.name = name;
    this.explains = explains;
    this.example = example;
  }

  /** The check's name in the schema's description. */
  String schemaName() {
    return name;
  }

  /** Whether this check is why the reader refused with {@code e}. */
  boolean explains(SnapshotFormatException e) {
    return explains.test(e);
  }

  /** {@code document} (the rich snapshot's) edited to break only this check. */
  String example(String document) {
    return example.apply(document);
  }

  /** The check that explains a refusal, or null if none does. */
  static ReaderOnlyCheck explaining(SnapshotFormatException e) {
    for (ReaderOnlyCheck check : values()) {
      if (check.explains(e)) {
        return check;
      }
    }
    return null;
  }

  /** A refusal of the model with one of {@code codes}. */
  private static Predicate<SnapshotFormatException> codes(String... codes) {
    Set<String> set = Set.of(codes);
    return e -> e.kind() == Kind.INVALID_VALUE && e.getCause() instanceof ModelConstraintException m
        && set.contains(m.code());
  }

  private static String edited(String text, java.util.function.Consumer<ObjectNode> edit) {
    ObjectNode doc = OneEdit.tree(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    edit.accept(doc);
    return OneEdit.text(doc);
  }
}
