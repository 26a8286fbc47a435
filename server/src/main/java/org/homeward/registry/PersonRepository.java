package org.homeward.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.PersonScope;
import org.homeward.linkage.names.NameKeys;
import org.homeward.linkage.names.NameToken;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persons and the values they own: names (with their search tokens), nationalities, documents. */
@Repository
class PersonRepository {
  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final NameKeys nameKeys = NameKeys.standard();

  PersonRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  void insertAll(List<Person> persons) {
    SqlParameterSource[] rows =
        persons.stream().map(this::personRow).toArray(SqlParameterSource[]::new);
    batch.batchUpdate(
        "INSERT INTO person (id, version, display_name, sex, birth_date, birth_precision,"
            + " birth_earliest, birth_latest, facility_id, custody_status, handed_to_state,"
            + " vulnerabilities, nationality_codes, created_at, created_by, updated_at,"
            + " updated_by) VALUES (:id, :version, :displayName, :sex, :birthDate,"
            + " :birthPrecision, :birthEarliest, :birthLatest, :facilityId, :custodyStatus,"
            + " :handedToState, :vulnerabilities, :nationalityCodes, :createdAt, :createdBy,"
            + " :updatedAt, :updatedBy)",
        rows);
    insertOwnedValues(persons);
  }

  /** Writes the new state only if nobody changed the person since {@code basedOnVersion}. */
  boolean update(Person person, int basedOnVersion) {
    MapSqlParameterSource row = personRow(person).addValue("basedOn", basedOnVersion);
    int updated =
        batch.update(
            "UPDATE person SET version = :version, display_name = :displayName, sex = :sex,"
                + " birth_date = :birthDate, birth_precision = :birthPrecision, birth_earliest ="
                + " :birthEarliest, birth_latest = :birthLatest, facility_id = :facilityId,"
                + " custody_status = :custodyStatus, handed_to_state = :handedToState,"
                + " vulnerabilities = :vulnerabilities, nationality_codes = :nationalityCodes,"
                + " updated_at = :updatedAt, updated_by = :updatedBy"
                + " WHERE id = :id AND version = :basedOn",
            row);
    if (updated == 0) {
      return false;
    }
    for (String table :
        List.of("name_token", "name_variant", "person_nationality", "identity_document")) {
      jdbc.sql("DELETE FROM " + table + " WHERE person_id = :id").param("id", person.id()).update();
    }
    insertOwnedValues(List.of(person));
    return true;
  }

  long count(PersonScope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    return batch.queryForObject(
        "SELECT COUNT(*) FROM person p WHERE " + scopeClause(scope, params), params, Long.class);
  }

  /**
   * The SQL condition, on a person aliased {@code p}, that keeps only the persons in a scope. The
   * policy decides the scope; this only translates it to this feature's tables.
   */
  static String scopeClause(PersonScope scope, MapSqlParameterSource params) {
    if (scope.unrestricted()) {
      return "1 = 1";
    }
    if (scope.isEmpty()) {
      return "1 = 0";
    }
    // Conditions on the person row itself first (cheap); subqueries only where they must be.
    StringBuilder sql = new StringBuilder("(1 = 0");
    int i = 0;
    for (String state : scope.states()) {
      String name = "scopeNationality" + i++;
      params.addValue(name, "%," + state + ",%");
      sql.append(" OR p.nationality_codes LIKE :").append(name);
    }
    if (!scope.states().isEmpty()) {
      params.addValue("scopeStates", scope.states());
      sql.append(" OR p.handed_to_state IN (:scopeStates)");
    }
    if (scope.agencyId() != null) {
      params.addValue("scopeAgency", scope.agencyId());
      params.addValue("scopeNow", timestamp(Instant.now()));
      sql.append(
          " OR p.facility_id IN (SELECT f.id FROM facility f WHERE f.custodian_agency_id ="
              + " :scopeAgency)"
              + " OR (p.shared AND EXISTS (SELECT 1 FROM person_share sh WHERE sh.person_id = p.id"
              + " AND sh.agency_id = :scopeAgency AND sh.revoked_at IS NULL"
              + " AND (sh.expires_at IS NULL OR sh.expires_at > :scopeNow)))");
    }
    return sql.append(")").toString();
  }

  /** The nationalities as one searchable text, ",KAZ,TJK,", so that scope needs no subquery. */
  static String nationalityCodes(List<String> codes) {
    return "," + String.join(",", codes.stream().sorted().toList()) + ",";
  }

  /** Marks a person whose record has been shared, so the scope looks up shares only for them. */
  void markShared(UUID personId) {
    jdbc.sql("UPDATE person SET shared = TRUE WHERE id = :id AND shared = FALSE")
        .param("id", personId)
        .update();
  }

  boolean visible(UUID id, PersonScope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource("id", id);
    return batch.queryForObject(
            "SELECT COUNT(*) FROM person p WHERE p.id = :id AND " + scopeClause(scope, params),
            params,
            Long.class)
        > 0;
  }

  /** Of the given persons, those in the scope. */
  Set<UUID> visibleAmong(Collection<UUID> ids, PersonScope scope) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
    return new java.util.HashSet<>(
        batch.queryForList(
            "SELECT p.id FROM person p WHERE p.id IN (:ids) AND " + scopeClause(scope, params),
            params,
            UUID.class));
  }

  List<String> countriesInUse(PersonScope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    return batch.queryForList(
        "SELECT DISTINCT n.country_code FROM person_nationality n JOIN person p ON p.id ="
            + " n.person_id WHERE "
            + scopeClause(scope, params),
        params,
        String.class);
  }

  Optional<Person> findById(UUID id) {
    Optional<PersonRow> row =
        jdbc.sql("SELECT * FROM person WHERE id = :id")
            .param("id", id)
            .query(this::readRow)
            .optional();
    return row.map(this::withOwnedValues);
  }

  List<PersonSummary> summaries(Collection<UUID> ids, LocalDate today) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, PersonSummary> byId = new HashMap<>();
    Map<UUID, List<String>> nationalities = nationalitiesOf(ids);
    jdbc.sql("SELECT * FROM person WHERE id IN (:ids)")
        .param("ids", ids)
        .query(this::readRow)
        .list()
        .forEach(
            r -> byId.put(r.id, r.summary(nationalities.getOrDefault(r.id, List.of()), today)));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  List<PersonSummary> list(
      PersonFilter filter, PersonScope scope, long afterSeq, int limit, LocalDate today) {
    MapSqlParameterSource params = new MapSqlParameterSource("after", afterSeq);
    StringBuilder sql = new StringBuilder();
    if (filter.nationality() != null
        && !scope.unrestricted()
        && !scope.states().contains(filter.nationality())) {
      // Nationals of a state outside the user's own are few among those the user may see:
      // start from that nationality's index rather than walking every person in order.
      sql.append(
          "SELECT p.* FROM person_nationality fn JOIN person p ON p.id = fn.person_id"
              + " WHERE fn.country_code = :nationality AND p.seq > :after AND ");
    } else {
      sql.append("SELECT p.* FROM person p WHERE p.seq > :after AND ");
      if (filter.nationality() != null) {
        sql.append("p.nationality_codes LIKE :nationalityPattern AND ");
        params.addValue("nationalityPattern", "%," + filter.nationality() + ",%");
      }
    }
    sql.append(scopeClause(scope, params));
    if (filter.nationality() != null) {
      params.addValue("nationality", filter.nationality());
    }
    if (filter.facilityId() != null) {
      sql.append(" AND p.facility_id = :facility");
      params.addValue("facility", filter.facilityId());
    }
    if (filter.custodyStatus() != null) {
      sql.append(" AND p.custody_status = :custody");
      params.addValue("custody", filter.custodyStatus().name());
    }
    if (filter.sex() != null) {
      sql.append(" AND p.sex = :sex");
      params.addValue("sex", filter.sex().name());
    }
    if (filter.ageBand() == AgeBand.UNKNOWN) {
      sql.append(" AND p.birth_latest IS NULL");
    } else if (filter.ageBand() != null) {
      // age on `today` is computed from birth_latest: age >= from  <=> born on or before today-from
      sql.append(" AND p.birth_latest <= :youngest AND p.birth_latest > :oldest");
      params.addValue("youngest", today.minusYears(filter.ageBand().fromYears()));
      params.addValue("oldest", today.minusYears(filter.ageBand().toYears() + 1L));
    }
    sql.append(" ORDER BY p.seq LIMIT :limit");
    params.addValue("limit", limit);
    List<PersonRow> rows = batch.query(sql.toString(), params, (rs, n) -> readRow(rs, n));
    Map<UUID, List<String>> nationalities = nationalitiesOf(rows.stream().map(r -> r.id).toList());
    return rows.stream()
        .map(r -> r.summary(nationalities.getOrDefault(r.id, List.of()), today))
        .toList();
  }

  /**
   * Name tokens of persons in the scope whose search key is one of {@code keys}, or whose key
   * starts with one of {@code prefixes}.
   */
  List<StoredToken> tokensByKeys(
      Collection<String> keys, Collection<String> prefixes, PersonScope scope) {
    List<StoredToken> result = new ArrayList<>();
    if (!keys.isEmpty()) {
      result.addAll(tokensWhere("t.search_key IN (:values)", keys, scope));
    }
    if (!prefixes.isEmpty()) {
      result.addAll(tokensWhere("t.prefix_key IN (:values)", prefixes, scope));
    }
    return result;
  }

  private List<StoredToken> tokensWhere(
      String condition, Collection<String> values, PersonScope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource("values", values);
    String sql =
        "SELECT t.person_id, t.latin, t.search_key FROM name_token t"
            + (scope.unrestricted() ? " WHERE " : " JOIN person p ON p.id = t.person_id WHERE ")
            + condition
            + (scope.unrestricted() ? "" : " AND " + scopeClause(scope, params));
    return batch.query(
        sql,
        params,
        (rs, n) -> new StoredToken(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
  }

  record StoredToken(UUID personId, String latin, String key) {
    @Override
    public String toString() {
      return "StoredToken[personId=" + personId + "]";
    }
  }

  private void insertOwnedValues(List<Person> persons) {
    List<SqlParameterSource> names = new ArrayList<>();
    List<SqlParameterSource> tokens = new ArrayList<>();
    List<SqlParameterSource> nationalities = new ArrayList<>();
    List<SqlParameterSource> documents = new ArrayList<>();
    for (Person p : persons) {
      PersonDetails d = p.details();
      for (int i = 0; i < d.names().size(); i++) {
        NameVariant n = d.names().get(i);
        names.add(
            new MapSqlParameterSource()
                .addValue("id", UUID.randomUUID())
                .addValue("person", p.id())
                .addValue("position", i)
                .addValue("text", n.text())
                .addValue("script", n.script())
                .addValue("language", n.language())
                .addValue("source", n.source()));
      }
      tokenRows(p).forEach(tokens::add);
      for (Nationality n : d.nationalities()) {
        nationalities.add(
            new MapSqlParameterSource()
                .addValue("person", p.id())
                .addValue("country", n.countryCode())
                .addValue("status", n.status().name()));
      }
      for (int i = 0; i < d.documents().size(); i++) {
        IdentityDocument doc = d.documents().get(i);
        documents.add(
            new MapSqlParameterSource()
                .addValue("id", UUID.randomUUID())
                .addValue("person", p.id())
                .addValue("position", i)
                .addValue("type", doc.type().name())
                .addValue("number", doc.number())
                .addValue("issuer", doc.issuingCountry())
                .addValue("expires", doc.expiresOn()));
      }
    }
    batch.batchUpdate(
        "INSERT INTO name_variant (id, person_id, position, text, script, language, source)"
            + " VALUES (:id, :person, :position, :text, :script, :language, :source)",
        names.toArray(SqlParameterSource[]::new));
    batch.batchUpdate(
        "INSERT INTO name_token (person_id, latin, search_key, prefix_key)"
            + " VALUES (:person, :latin, :key, :prefix)",
        tokens.toArray(SqlParameterSource[]::new));
    batch.batchUpdate(
        "INSERT INTO person_nationality (person_id, country_code, status)"
            + " VALUES (:person, :country, :status)",
        nationalities.toArray(SqlParameterSource[]::new));
    batch.batchUpdate(
        "INSERT INTO identity_document (id, person_id, position, type, number, issuing_country,"
            + " expires_on) VALUES (:id, :person, :position, :type, :number, :issuer, :expires)",
        documents.toArray(SqlParameterSource[]::new));
  }

  /** One row per distinct word of all the person's names; duplicates add nothing to search. */
  private List<SqlParameterSource> tokenRows(Person p) {
    Map<String, NameToken> distinct = new LinkedHashMap<>();
    for (NameVariant n : p.details().names()) {
      for (NameToken t : nameKeys.tokens(n.text())) {
        distinct.putIfAbsent(t.latin(), t);
      }
    }
    return distinct.values().stream()
        .map(
            t ->
                (SqlParameterSource)
                    new MapSqlParameterSource()
                        .addValue("person", p.id())
                        .addValue("latin", truncate(t.latin(), 300))
                        .addValue("key", truncate(t.key(), 300))
                        .addValue("prefix", prefixKey(t.key())))
        .toList();
  }

  static String prefixKey(String key) {
    return key.length() <= 3 ? key : key.substring(0, 3);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private MapSqlParameterSource personRow(Person p) {
    PersonDetails d = p.details();
    PartialDate birth = d.birthDate();
    return new MapSqlParameterSource()
        .addValue("id", p.id())
        .addValue("version", p.version())
        .addValue("displayName", d.displayName())
        .addValue("sex", d.sex().name())
        .addValue("birthDate", birth == null ? null : birth.date())
        .addValue("birthPrecision", birth == null ? null : birth.precision().name())
        .addValue("birthEarliest", birth == null ? null : birth.earliest())
        .addValue("birthLatest", birth == null ? null : birth.latest())
        .addValue("facilityId", d.facilityId())
        .addValue("custodyStatus", d.custodyStatus().name())
        .addValue("handedToState", d.handedToState())
        .addValue(
            "nationalityCodes",
            nationalityCodes(d.nationalities().stream().map(Nationality::countryCode).toList()))
        .addValue(
            "vulnerabilities",
            d.vulnerabilities().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
        .addValue("createdAt", timestamp(p.createdAt()))
        .addValue("createdBy", p.createdBy())
        .addValue("updatedAt", timestamp(p.updatedAt()))
        .addValue("updatedBy", p.updatedBy());
  }

  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private Map<UUID, List<String>> nationalitiesOf(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<UUID, List<String>> result = new HashMap<>();
    jdbc.sql(
            "SELECT person_id, country_code FROM person_nationality WHERE person_id IN (:ids)"
                + " ORDER BY country_code")
        .param("ids", ids)
        .query(
            (rs, n) -> {
              result
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(rs.getString(2));
              return null;
            })
        .list();
    return result;
  }

  private Person withOwnedValues(PersonRow row) {
    List<NameVariant> names =
        jdbc.sql("SELECT * FROM name_variant WHERE person_id = :id ORDER BY position")
            .param("id", row.id)
            .query(
                (rs, n) ->
                    new NameVariant(
                        rs.getString("text"),
                        rs.getString("script"),
                        rs.getString("language"),
                        rs.getString("source")))
            .list();
    List<Nationality> nationalities =
        jdbc.sql("SELECT * FROM person_nationality WHERE person_id = :id ORDER BY country_code")
            .param("id", row.id)
            .query(
                (rs, n) ->
                    new Nationality(
                        rs.getString("country_code"),
                        NationalityStatus.valueOf(rs.getString("status"))))
            .list();
    List<IdentityDocument> documents =
        jdbc.sql("SELECT * FROM identity_document WHERE person_id = :id ORDER BY position")
            .param("id", row.id)
            .query(
                (rs, n) ->
                    new IdentityDocument(
                        DocumentType.valueOf(rs.getString("type")),
                        rs.getString("number"),
                        rs.getString("issuing_country"),
                        rs.getObject("expires_on", LocalDate.class)))
            .list();
    PersonDetails details =
        new PersonDetails(
            names,
            row.sex,
            row.birthDate,
            nationalities,
            documents,
            row.facilityId,
            row.custodyStatus,
            row.handedToState,
            row.vulnerabilities);
    return new Person(
        row.id, row.version, details, row.createdAt, row.createdBy, row.updatedAt, row.updatedBy);
  }

  private PersonRow readRow(ResultSet rs, int rowNum) throws SQLException {
    PersonRow r = new PersonRow();
    r.id = rs.getObject("id", UUID.class);
    r.seq = rs.getLong("seq");
    r.version = rs.getInt("version");
    r.displayName = rs.getString("display_name");
    r.sex = Sex.valueOf(rs.getString("sex"));
    String precision = rs.getString("birth_precision");
    if (precision != null) {
      r.birthDate =
          new PartialDate(
              rs.getObject("birth_date", LocalDate.class),
              DatePrecision.valueOf(precision),
              rs.getObject("birth_earliest", LocalDate.class),
              rs.getObject("birth_latest", LocalDate.class));
    }
    r.facilityId = rs.getObject("facility_id", UUID.class);
    r.custodyStatus = CustodyStatus.valueOf(rs.getString("custody_status"));
    r.handedToState = rs.getString("handed_to_state");
    String vulnerabilities = rs.getString("vulnerabilities");
    r.vulnerabilities =
        vulnerabilities.isEmpty()
            ? EnumSet.noneOf(Vulnerability.class)
            : Arrays.stream(vulnerabilities.split(","))
                .map(Vulnerability::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Vulnerability.class)));
    r.createdAt = instant(rs, "created_at");
    r.createdBy = rs.getString("created_by");
    r.updatedAt = instant(rs, "updated_at");
    r.updatedBy = rs.getString("updated_by");
    return r;
  }

  /** The person table's columns, before the owned values are joined in. */
  private static final class PersonRow {
    UUID id;
    long seq;
    int version;
    String displayName;
    Sex sex;
    PartialDate birthDate;
    UUID facilityId;
    CustodyStatus custodyStatus;
    String handedToState;
    Set<Vulnerability> vulnerabilities;
    Instant createdAt;
    String createdBy;
    Instant updatedAt;
    String updatedBy;

    PersonSummary summary(List<String> nationalities, LocalDate today) {
      return new PersonSummary(
          id,
          seq,
          displayName,
          sex,
          birthDate,
          birthDate == null ? null : birthDate.ageOn(today),
          nationalities,
          facilityId,
          custodyStatus);
    }
  }
}
