package io.github.chuxin.testkit.contract;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock the kit hands to {@link StorageContract#createStorage(Clock)}: it starts at
 * 2019-07-01T00:00:00Z, far from any system clock, and moves one second forward each time it is
 * read, never back. So each write of a rectification item reads a time of its own, and the kit
 * knows that a change record written between two of its own readings must lie strictly between
 * them. One clock for the whole run (a storage made once and reused keeps it); thread-safe.
 */
final class KitClock extends Clock {

  /** The first instant the clock shows. */
  static final Instant START = Instant.parse("2019-07-01T00:00:00Z");

  /** The kit's one clock. */
  static final KitClock INSTANCE = new KitClock(new AtomicLong(START.getEpochSecond()), ZoneOffset.UTC);

  private final AtomicLong seconds;
  private final ZoneId zone;

  private KitClock(AtomicLong seconds, ZoneId zone) {
    this.seconds = seconds;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new KitClock(seconds, other);
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochSecond(seconds.getAndIncrement());
  }

  @Override
  public String toString() {
    return "the contract kit's clock (from " + START + ", one second a reading)";
  }
}
