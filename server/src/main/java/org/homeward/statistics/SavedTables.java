package org.homeward.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.Capability;
import org.homeward.access.CurrentActor;
import org.homeward.audit.AuditTrail;
import org.homeward.common.FieldErrors;
import org.homeward.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tables kept as they were handed out. Each records its query and the time and data version it was
 * computed at; recomputing it from the same data gives the same numbers, and a recomputation names
 * every cell that changed since. Public tables are visible to everyone who may read statistics;
 * others only within the agency that saved them.
 */
@Service
public class SavedTables {
  private final SavedTableRepository tables;
  private final Statistics statistics;
  private final AccessPolicy access;
  private final CurrentActor actor;
  private final AuditTrail audit;

  SavedTables(
      SavedTableRepository tables,
      Statistics statistics,
      AccessPolicy access,
      CurrentActor actor,
      AuditTrail audit) {
    this.tables = tables;
    this.statistics = statistics;
    this.access = access;
    this.actor = actor;
    this.audit = audit;
  }

  @Transactional
  public SavedTable save(String title, StatisticsQuery query) {
    FieldErrors errors = new FieldErrors();
    String name = errors.requiredText(title, "title", 300, "a title of 1 to 300 characters");
    errors.throwIfAny();
    StatisticsTable table = statistics.compute(query);
    SavedTable saved =
        new SavedTable(UUID.randomUUID(), name, actor.username(), access.agencyId(), query, table);
    tables.insert(saved);
    audit.record("STATISTICS_TABLE_SAVED", "StatisticsTable", saved.id(), "query=" + table.query());
    return saved;
  }

  public SavedTable get(UUID id) {
    access.require(Capability.STATISTICS_READ);
    return tables.find(id).filter(this::visible).orElseThrow(() -> new NotFoundException("Table"));
  }

  public List<SavedTable> all() {
    access.require(Capability.STATISTICS_READ);
    List<SavedTable> visible = new ArrayList<>();
    for (UUID id : tables.ids()) {
      tables.find(id).filter(this::visible).ifPresent(visible::add);
    }
    return visible;
  }

  private boolean visible(SavedTable t) {
    return t.table().publicRelease()
        || access.has(Capability.PERSON_READ) && Objects.equals(t.agencyId(), access.agencyId());
  }

  /** The saved table next to the same query computed now, and the cells whose counts differ. */
  public record Recomputation(
      SavedTable saved,
      StatisticsTable now,
      boolean sameNumbers,
      List<List<String>> changedCells) {}

  public Recomputation recompute(UUID id) {
    SavedTable saved = get(id);
    StatisticsTable now = statistics.compute(saved.query());
    Map<List<String>, StatisticsTable.Cell> before = new HashMap<>();
    saved.table().cells().forEach(c -> before.put(c.key(), c));
    List<List<String>> changed = new ArrayList<>();
    for (StatisticsTable.Cell c : now.cells()) {
      StatisticsTable.Cell old = before.remove(c.key());
      if (old == null
          || !Objects.equals(old.count(), c.count())
          || old.suppressed() != c.suppressed()) {
        changed.add(c.key());
      }
    }
    changed.addAll(before.keySet());
    return new Recomputation(saved, now, changed.isEmpty(), changed);
  }
}
