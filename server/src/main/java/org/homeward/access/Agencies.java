package org.homeward.access;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.homeward.audit.AuditTrail;
import org.homeward.common.ConflictException;
import org.homeward.common.Countries;
import org.homeward.common.FieldErrors;
import org.homeward.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agencies of states, custodians and international bodies that use the system. */
@Service
public class Agencies {
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  Agencies(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  public List<Agency> all() {
    return jdbc.sql("SELECT * FROM agency ORDER BY name")
        .query(
            (rs, n) ->
                new Agency(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    AgencyKind.valueOf(rs.getString("kind")),
                    rs.getString("state_code")))
        .list();
  }

  public Optional<Agency> find(UUID id) {
    return id == null
        ? Optional.empty()
        : all().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Agency get(UUID id) {
    return find(id).orElseThrow(() -> new NotFoundException("Agency"));
  }

  public Optional<Agency> named(String name) {
    return all().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  @Transactional
  public Agency register(String name, String kindText, String stateCode) {
    FieldErrors errors = new FieldErrors();
    String checkedName = name == null ? "" : name.strip();
    if (checkedName.isEmpty() || checkedName.length() > 300) {
      errors.add("name", "a name of 1 to 300 characters");
    }
    AgencyKind kind = errors.requiredEnum(AgencyKind.class, kindText, "kind");
    String state =
        stateCode == null || stateCode.isBlank()
            ? null
            : stateCode.strip().toUpperCase(Locale.ROOT);
    if (state != null && !Countries.isAlpha3(state)) {
      errors.add(
          "stateCode",
          "an ISO 3166-1 alpha-3 country code, or nothing for an international agency");
    }
    if (state == null && kind == AgencyKind.GOVERNMENT) {
      errors.add("stateCode", "the state a GOVERNMENT agency belongs to");
    }
    errors.throwIfAny();
    if (named(checkedName).isPresent()) {
      throw new ConflictException("An agency with this name is already registered.");
    }
    Agency agency = new Agency(UUID.randomUUID(), checkedName, kind, state);
    jdbc.sql(
            "INSERT INTO agency (id, name, kind, state_code, created_at)"
                + " VALUES (:id, :name, :kind, :state, :at)")
        .param("id", agency.id())
        .param("name", agency.name())
        .param("kind", agency.kind().name())
        .param("state", agency.stateCode())
        .param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
        .update();
    audit.record("AGENCY_REGISTERED", "Agency", agency.id(), "kind=" + kind + "; state=" + state);
    return agency;
  }
}
