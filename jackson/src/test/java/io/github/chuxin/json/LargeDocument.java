package io.github.chuxin.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A large snapshot document made on the fly, element by element, so that a reader can be given hundreds of megabytes
 * without the text ever being in memory. Two contents:
 *
 * <ul>
 *   <li>{@link #typical(int)}: a campaign of so many units, each with its organisation, leader, activity, two
 *       problems and a rectification item with a deadline and a history: what a city's snapshot holds, about 1.4 KB
 *       of JSON per unit;
 *   <li>{@link #shortIds(int)}: one leading group whose member list holds so many distinct two-to-eight-character
 *       ids: the content that makes the most objects per byte of JSON, the worst case for the heap.
 * </ul>
 */
final class LargeDocument extends InputStream {

  /** A run of chunks of the text: chunk {@code i} of {@code count}. */
  private record Part(int count, IntFunction<String> chunk) {

    static Part of(String text) {
      return new Part(1, i -> text);
    }
  }

  private final Part[] parts;
  private int part;
  private int index;
  private byte[] chunk = new byte[0];
  private int position;
  private long length;

  private LargeDocument(Part... parts) {
    this.parts = parts;
  }

  private static final String START = "{\"formatVersion\":1,\"campaign\":{\"id\":\"large\",\"zone\":\"Asia/Shanghai\"}";

  /** A section of {@code count} elements, element {@code i} made by {@code element}. */
  private static Part[] section(String name, int count, IntFunction<String> element) {
    return new Part[] {Part.of(",\"" + name + "\":["), new Part(count, i -> (i == 0 ? "" : ",") + element.apply(i)),
        Part.of("]")};
  }

  private static Part[] concat(Part[]... runs) {
    return java.util.Arrays.stream(runs).flatMap(java.util.Arrays::stream).toArray(Part[]::new);
  }

  /** A campaign of {@code units} units with their organisations, leaders, activities, problems and items. */
  static LargeDocument typical(int units) {
    return new LargeDocument(concat(new Part[] {Part.of(START)},
        section("organisations", units, i -> i == 0
            ? "{\"id\":\"o-0\",\"kind\":\"municipal-committee\",\"name\":\"市委\"}"
            : format("{\"id\":\"o-%d\",\"parentId\":\"o-%d\",\"kind\":\"branch\",\"name\":\"第%d党支部\","
                + "\"members\":{\"full\":%d,\"probationary\":%d}}", i, i / 8, i, 3 + i % 40, i % 3)),
        section("leaders", units, i -> format("{\"id\":\"l-%d\",\"name\":\"干部%d\",\"title\":\"党支部书记\","
            + "\"unit\":\"o-%d\"}", i, i, i)),
        section("activities", units, i -> format("{\"id\":\"a-%d\",\"kind\":\"party-lecture\",\"unit\":\"o-%d\","
            + "\"date\":\"2019-06-%02d\",\"topic\":\"专题党课：守初心、担使命 %d\",\"leader\":\"l-%d\",\"attendance\":%d}",
            i, i, 1 + i % 30, i, i, 10 + i % 90)),
        section("problems", units, i -> problem(i, 0) + "," + problem(i, 1)),
        section("rectifications", units, i -> format("{\"id\":\"r-%d\",\"problems\":[\"p-%d-0\",\"p-%d-1\"],"
            + "\"title\":\"压缩审批时限，提高办事效率 %d\",\"measures\":[\"梳理审批流程\",\"限时办结\"],"
            + "\"responsibleUnit\":\"o-%d\",\"leadLeader\":\"l-%d\",\"kind\":\"time-bound\",\"createdOn\":\"2019-07-05\","
            + "\"deadline\":{\"original\":\"2019-09-30\"},\"status\":\"completed\",\"history\":["
            + "{\"from\":\"planned\",\"to\":\"in-progress\",\"at\":\"2019-07-06T01:02:03Z\",\"role\":\"responsible-unit\"},"
            + "{\"from\":\"in-progress\",\"to\":\"completed\",\"at\":\"2019-09-10T08:00:00Z\",\"role\":\"lead-leader\","
            + "\"note\":\"已完成\"}],\"progress\":\"已完成 100%%\",\"completedOn\":\"2019-09-10\"}", i, i, i, i, i, i)),
        new Part[] {Part.of("}")}));
  }

  /** One leading group with {@code members} times the same one-character member id. */
  static LargeDocument oneCharIds(int members) {
    return new LargeDocument(Part.of(START + ",\"leadershipBodies\":[{\"id\":\"lg\",\"kind\":\"leading-group\","
        + "\"unit\":\"o\",\"members\":["), new Part(members, m -> m == 0 ? "\"a\"" : ",\"a\""), Part.of("]}]}"));
  }

  /** One leading group with {@code members} one-character member ids, 20,000 ideographs in turn. */
  static LargeDocument ideographIds(int members) {
    return new LargeDocument(Part.of(START + ",\"leadershipBodies\":[{\"id\":\"lg\",\"kind\":\"leading-group\","
        + "\"unit\":\"o\",\"members\":["), new Part(members, m -> (m == 0 ? "\"" : ",\"")
        + (char) ('\u4e00' + m % 20_000) + "\""), Part.of("]}]}"));
  }

  /** One leading group with {@code members} distinct short member ids. */
  static LargeDocument shortIds(int members) {
    return new LargeDocument(Part.of(START + ",\"leadershipBodies\":[{\"id\":\"lg\",\"kind\":\"leading-group\","
        + "\"unit\":\"o\",\"members\":["),
        new Part(members, m -> (m == 0 ? "\"" : ",\"") + Integer.toString(m, 36) + "\""), Part.of("]}]}"));
  }

  private static String problem(int unit, int k) {
    return format("{\"id\":\"p-%d-%d\",\"source\":\"research\",\"owner\":{\"unit\":\"o-%d\",\"leader\":\"l-%d\"},"
        + "\"description\":\"审批时限过长，群众反映办事难 %d\",\"discoveredOn\":\"2019-07-%02d\"}",
        unit, k, unit, unit, unit, 1 + unit % 30);
  }

  private static String format(String template, Object... arguments) {
    return String.format(Locale.ROOT, template, arguments);
  }

  /** The bytes given so far. */
  long length() {
    return length;
  }

  /** Makes the next chunk; false at the end of the document. */
  private boolean next() {
    while (part < parts.length && index >= parts[part].count()) {
      part++;
      index = 0;
    }
    if (part == parts.length) {
      return false;
    }
    chunk = parts[part].chunk().apply(index++).getBytes(StandardCharsets.UTF_8);
    position = 0;
    return true;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) {
    while (position >= chunk.length) {
      if (!next()) {
        return -1;
      }
    }
    int n = Math.min(count, chunk.length - position);
    System.arraycopy(chunk, position, buffer, offset, n);
    position += n;
    length += n;
    return n;
  }
}
