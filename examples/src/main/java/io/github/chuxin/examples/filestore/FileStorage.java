package io.github.chuxin.examples.filestore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.i18n.UnicodeText;
import io.github.chuxin.json.ChuxinModule;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ForwardingStorage;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.persistence.support.AbstractStorage;
import io.github.chuxin.persistence.support.AggregateTables;
import io.github.chuxin.rectification.RectificationId;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A storage over a directory of JSON files 文件存儲 (文件存储), written from scratch as an example
 * of an adapter. It declares every {@link Capability} and passes the contract kit.
 *
 * <p>The directory:
 * <pre>
 * organisation/bj-u170.json            {"revision":3,"value":{...the organisation...}}
 * rectification_item/item-7.json       one file per aggregate, in a folder per kind
 * history/item-7.jsonl                 the item's change records, one JSON line each
 * guidance_facts/municipal-17.json     a group's assignments and five-musts records
 * meetings/standing-committee.json     a leadership body's meetings
 * .commit/                             only while a commit is being applied (see below)
 * </pre>
 * A file's name is its aggregate's id with every character outside {@code [a-z0-9_-]} written as
 * {@code %XX} (UTF-8), so any id makes a safe name on a case-insensitive file system too.
 *
 * <p>How it keeps the SPI's promises:
 * <ul>
 *   <li><b>Revisions.</b> Each file stores its aggregate's revision. A write compares the
 *       expected revision with the stored one and throws {@code ConcurrencyConflictException}
 *       before anything is staged (see {@code FileStore.write}, which asks the SPI's
 *       {@code AggregateMatcher}).</li>
 *   <li><b>Atomic files.</b> No file is ever written in place: new content goes to another file
 *       that is then moved over the old one with {@link StandardCopyOption#ATOMIC_MOVE}, so a
 *       reader or a crash sees the old file or the new one, never half of one.</li>
 *   <li><b>Units of work, all or nothing.</b> Writes are first <em>staged</em> (kept in memory
 *       with the new decoded state). {@link #inTransaction} commits them in {@link #commit}: every
 *       new file goes into a fresh {@code .staging} folder with a manifest of where it belongs;
 *       renaming {@code .staging} to {@code .commit} is the single atomic commit point; then each
 *       file is moved to its place and {@code .commit} is removed. On {@link #open}, a leftover
 *       {@code .commit} is finished (rolled forward) and a leftover {@code .staging} is deleted
 *       (rolled back). A single write outside a unit of work is a unit of work of one. A write
 *       refused inside a unit of work (a conflict halfway through a bulk save) stages nothing, so
 *       work that catches the refusal and goes on commits none of its files.</li>
 *   <li><b>The tree.</b> A unit placed under itself or one of its descendants is refused with
 *       {@code TreeCycleException} before anything is staged; commits are serialised, so of two
 *       racing moves the second is checked against the tree the first left.</li>
 *   <li><b>Concurrency.</b> One lock serialises commits; a unit of work holds it from start to end.
 *       Reads take the last committed state without locking. One directory must be opened by one
 *       {@code FileStorage} (one process) at a time.</li>
 *   <li><b>Queries and keyset paging.</b> The decoded state keeps each kind in the SPI's
 *       {@code AggregateTables}, a map per kind ordered by id value; a page starts after the
 *       cursor's id and stops at the limit. What each criterion reads, and what a scope shows,
 *       comes from the kind's {@code AggregateType} through the SPI's {@code AggregateMatcher}
 *       (both in {@code FileStore}'s base, {@code AbstractTableStore}).</li>
 *   <li><b>Change history.</b> Every write of a rectification item adds a line to its history
 *       file; the new file always keeps the old lines as its prefix, so history is only appended.</li>
 *   <li><b>Scopes.</b> {@link #scopedTo} returns a view that filters reads and checks writes by
 *       following the stored parents of the aggregate's unit.</li>
 *   <li><b>Kinds.</b> Every kind is described once, by the SPI's {@code AggregateType}: its folder
 *       is its name, its file's name its id's text; one generic {@code FileStore} serves every
 *       kind but the three with methods of their own, so a new kind needs no code here.</li>
 * </ul>
 *
 * <p>What a production adapter would add: forcing files and folders to disk ({@code FileChannel.force})
 * before and after the commit point, a lock file against a second process, and an index instead of
 * decoding the whole directory on open (this one reads everything into memory; fine for thousands
 * of aggregates, not millions).
 */
public final class FileStorage extends ForwardingStorage {

  private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.allOf(Capability.class));
  private static final String STAGING = ".staging";
  private static final String COMMIT = ".commit";
  private static final String MANIFEST = "manifest.json";
  static final String HISTORY = "history";
  static final String GUIDANCE_FACTS = "guidance_facts";
  static final String MEETINGS = "meetings";

  private final Path dir;
  private final Clock clock;
  private final ObjectMapper json;
  private final ReentrantLock commitLock = new ReentrantLock();
  private volatile FileState committed;
  /**
   * Views of a unit of work (none: the committed files) and a scope; every kind's store is a
   * FileStore, but for the three with methods of their own.
   */
  private final AbstractStorage.Stores<View, Optional<Work>> stores = new AbstractStorage.Stores<>(View::new,
      FileStore::new, FileRectificationStore::new, FileGuidanceStore::new, FileLeadershipBodyStore::new);
  private final View root;

  private FileStorage(Path dir, Clock clock) {
    this.dir = dir;
    this.clock = clock;
    this.json = JsonMapper.builder().addModule(new ChuxinModule()).build();
    this.root = new View(Optional.empty(), Optional.empty());
  }

  /**
   * Opens (or creates) the storage in a directory: finishes or discards an interrupted commit,
   * then reads every file.
   *
   * @param dir the directory, created if missing, not null
   * @param clock the clock of change-history times, not null
   * @return the storage
   * @throws UncheckedIOException if the directory cannot be read
   */
  public static FileStorage open(Path dir, Clock clock) {
    FileStorage storage = new FileStorage(Objects.requireNonNull(dir, "dir"), Objects.requireNonNull(clock, "clock"));
    try {
      Files.createDirectories(dir);
      storage.recover();
      storage.committed = storage.load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the file storage in " + dir, e);
    }
    return storage;
  }

  /**
   * Returns the directory.
   *
   * @return the directory this storage keeps its files in
   */
  public Path directory() {
    return dir;
  }

  // ---- the Storage interface: everything goes through the unscoped view ----

  @Override
  protected Storage delegate() {
    return root;
  }

  // ---- units of work ----

  /** The writes of one unit of work: the state they lead to and the files they change. */
  static final class Work {
    private FileState state;
    private final Map<Path, byte[]> files = new LinkedHashMap<>();
    private boolean open = true;

    Work(FileState start) {
      this.state = start;
    }
  }

  /** A change to stage: given the current state, returns the next one and stages its files. */
  @FunctionalInterface
  interface Change {
    FileState apply(FileState state, Map<Path, byte[]> files);
  }

  /** The storage seen through one unit of work (or none) and one scope; what the stores use. */
  final class View extends AbstractStorage<View, Optional<Work>> {

    View(Optional<Work> work, Optional<OrgId> scope) {
      super(CAPABILITIES, work, scope, stores);
    }

    /** The state this view reads: its unit of work's, else the last committed one. */
    FileState read() {
      return work().map(w -> requireOpen(w).state).orElse(committed);
    }

    /** Stages a change into this view's unit of work, or commits it at once as a unit of its own. */
    void write(Change change) {
      if (work().isPresent()) {
        Work work = requireOpen(work().get());
        // stage into a map of its own: a change that throws halfway (a bulk save whose fifth value
        // conflicts) must leave no file behind in a unit of work that catches the throw and commits
        Map<Path, byte[]> files = new LinkedHashMap<>();
        FileState next = change.apply(work.state, files);
        work.files.putAll(files);
        work.state = next;
        return;
      }
      if (commitLock.isHeldByCurrentThread()) {
        throw new IllegalStateException("inside a unit of work, write through the storage the work is given");
      }
      commitLock.lock();
      try {
        Work single = new Work(committed);
        single.state = change.apply(single.state, single.files);
        commit(single);
      } finally {
        commitLock.unlock();
      }
    }

    FileStorage storage() {
      return FileStorage.this;
    }

    Clock clock() {
      return clock;
    }

    @Override
    public <R> R inTransaction(Function<? super Storage, ? extends R> task) {
      Objects.requireNonNull(task, "task");
      if (work().isPresent()) {
        return task.apply(this); // already inside one: join it
      }
      if (commitLock.isHeldByCurrentThread()) {
        throw new IllegalStateException("units of work do not nest; use the storage the outer work is given");
      }
      commitLock.lock();
      Work tx = new Work(committed);
      try {
        R result = task.apply(new View(Optional.of(tx), scope()));
        commit(tx); // only reached if the work returned: a throw leaves every staged file unwritten
        return result;
      } finally {
        tx.open = false;
        commitLock.unlock();
      }
    }

    @Override
    protected boolean isInSubtree(OrgId root, OrgId unit) {
      return read().tables().isInSubtree(root, unit);
    }
  }

  private static Work requireOpen(Work work) {
    if (!work.open) {
      throw new IllegalStateException("the unit of work has ended; use the storage outside it");
    }
    return work;
  }

  // ---- the commit protocol ----

  /**
   * Writes a unit of work's files all or nothing, then publishes its state. Called with the lock held.
   *
   * <ol>
   *   <li>Write every new file into a fresh {@code .staging} folder, numbered, with a manifest
   *       naming each one's place. A crash here leaves {@code .staging}, which open deletes.</li>
   *   <li>Rename {@code .staging} to {@code .commit}: the commit point, one atomic rename.</li>
   *   <li>Move each file to its place (atomic replace), then delete {@code .commit}. A crash here
   *       leaves {@code .commit}, which open finishes; moving is idempotent because a file already
   *       moved is simply no longer in {@code .commit}.</li>
   * </ol>
   */
  private void commit(Work work) {
    if (!work.files.isEmpty()) {
      try {
        Path staging = dir.resolve(STAGING);
        deleteTree(staging);
        Files.createDirectories(staging);
        ArrayNode manifest = json.createArrayNode();
        int n = 0;
        for (Map.Entry<Path, byte[]> file : work.files.entrySet()) {
          String name = Integer.toString(n++);
          Files.write(staging.resolve(name), file.getValue());
          manifest.addObject().put("file", name).put("target", dir.relativize(file.getKey()).toString());
        }
        Files.write(staging.resolve(MANIFEST), json.writeValueAsBytes(manifest));
        Files.move(staging, dir.resolve(COMMIT), StandardCopyOption.ATOMIC_MOVE);
        finishCommit();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot commit to " + dir + "; reopen the storage to recover", e);
      }
    }
    committed = work.state;
  }

  /** Moves every file of {@code .commit} to its place and removes {@code .commit}. */
  private void finishCommit() throws IOException {
    Path commit = dir.resolve(COMMIT);
    for (JsonNode entry : json.readTree(commit.resolve(MANIFEST).toFile())) {
      Path source = commit.resolve(entry.get("file").asText());
      if (Files.exists(source)) {
        Path target = dir.resolve(entry.get("target").asText());
        Files.createDirectories(target.getParent());
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    deleteTree(commit);
  }

  /** Finishes an interrupted commit and discards an interrupted staging. */
  private void recover() throws IOException {
    if (Files.exists(dir.resolve(COMMIT))) {
      finishCommit();
    }
    deleteTree(dir.resolve(STAGING));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  // ---- files: names, encoding and loading ----

  /** The file name of a key: {@code [a-z0-9_-]} kept, every other UTF-8 byte as {@code %XX}. */
  static String fileName(String key) {
    StringBuilder name = new StringBuilder();
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
        name.append(c);
      } else {
        name.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return name.toString();
  }

  /** The folder of a kind's files, its name in lower case, e.g. {@code rectification_item}. */
  static String folder(AggregateKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** The file of one aggregate. */
  Path fileOf(AggregateKind kind, String key) {
    return dir.resolve(folder(kind)).resolve(fileName(key) + ".json");
  }

  /** The file of a folder of facts or history. */
  Path fileOf(String folder, String key, String extension) {
    return dir.resolve(folder).resolve(fileName(key) + extension);
  }

  /** Encodes a stored aggregate: its revision beside its value. */
  byte[] encode(Versioned<?> stored) {
    ObjectNode node = json.createObjectNode();
    node.put("revision", stored.revision().value());
    node.set("value", json.valueToTree(stored.value()));
    return bytes(node);
  }

  /** Encodes a list of facts as a JSON array. */
  byte[] encodeList(List<?> facts) {
    return bytes(json.valueToTree(facts));
  }

  /** Encodes a history as JSON lines, oldest first: the old file is always a prefix of the new one. */
  byte[] encodeHistory(Vector<ChangeRecord> history) {
    StringBuilder lines = new StringBuilder();
    for (ChangeRecord r : history) {
      ObjectNode line = json.createObjectNode().put("item", r.item().value()).put("revision", r.revision().value())
          .put("actor", r.actor()).put("at", r.at().toString()).put("kind", r.kind().name())
          .put("summary", r.summary());
      lines.append(line).append('\n');
    }
    return wellFormed(lines.toString()).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] bytes(JsonNode node) {
    try {
      return wellFormed(json.writeValueAsString(node)).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses text that UTF-8 cannot hold: an unpaired surrogate would come back from the file as
   * {@code '?'}.
   */
  static String wellFormed(String text) {
    int i = UnicodeText.firstUnpairedSurrogate(text);
    if (i >= 0) {
      throw new IllegalArgumentException("cannot store text with an unpaired surrogate "
          + UnicodeText.codeUnit(text.charAt(i)) + " at index " + i + ": UTF-8 files cannot hold it; nothing was written");
    }
    return text;
  }

  /** Reads every file of the directory into a state. */
  private FileState load() throws IOException {
    FileState state = FileState.EMPTY;
    for (AggregateType<?, ?> type : AggregateType.ALL) {
      for (Path file : files(folder(type.kind()), ".json")) {
        state = state.withTables(loaded(state.tables(), type, json.readTree(file.toFile())));
      }
    }
    for (Path file : files(HISTORY, ".jsonl")) {
      Vector<ChangeRecord> changes = Vector.empty();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          changes = changes.append(new ChangeRecord(RectificationId.of(n.get("item").asText()),
              Revision.of(n.get("revision").asLong()), n.get("actor").asText(), Instant.parse(n.get("at").asText()),
              ChangeKind.valueOf(n.get("kind").asText()), n.get("summary").asText()));
        }
      }
      if (!changes.isEmpty()) {
        state = state.withHistory(changes.head().item().value(), changes);
      }
    }
    for (Path file : files(GUIDANCE_FACTS, ".assignments.json")) {
      List<GuidanceAssignment> list = readList(file, GuidanceAssignment.class);
      if (!list.isEmpty()) {
        state = state.withAssignments(list.get(0).group().value(), Vector.ofAll(list));
      }
    }
    for (Path file : files(GUIDANCE_FACTS, ".records.json")) {
      List<FiveMustRecord> list = readList(file, FiveMustRecord.class);
      if (!list.isEmpty()) {
        state = state.withRecords(list.get(0).group().value(), Vector.ofAll(list));
      }
    }
    for (Path file : files(MEETINGS, ".json")) {
      List<Meeting> list = readList(file, Meeting.class);
      if (!list.isEmpty()) {
        state = state.withMeetings(list.get(0).body().value(), Vector.ofAll(list));
      }
    }
    return state;
  }

  private <T> AggregateTables loaded(AggregateTables tables, AggregateType<?, T> type, JsonNode node)
      throws IOException {
    T value = json.treeToValue(node.get("value"), type.type());
    return tables.with(type, Versioned.of(value, Revision.of(node.get("revision").asLong())));
  }

  private <T> List<T> readList(Path file, Class<T> type) throws IOException {
    return json.readValue(file.toFile(), json.getTypeFactory().constructCollectionType(List.class, type));
  }

  private List<Path> files(String folder, String suffix) throws IOException {
    Path path = dir.resolve(folder);
    if (!Files.isDirectory(path)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(path)) {
      return new ArrayList<>(list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList());
    }
  }
}
