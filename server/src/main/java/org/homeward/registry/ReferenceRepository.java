package org.homeward.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Facilities: a small reference table, read often, written rarely. */
@Repository
class ReferenceRepository {
  private final JdbcClient jdbc;

  ReferenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Facility facility) {
    jdbc.sql(
            "INSERT INTO facility (id, name, kind, country_code, custodian_agency_id, created_at)"
                + " VALUES (:id, :name, :kind, :country, :custodian, :at)")
        .param("id", facility.id())
        .param("name", facility.name())
        .param("kind", facility.kind().name())
        .param("country", facility.countryCode())
        .param("custodian", facility.custodianAgencyId())
        .param("at", PersonRepository.timestamp(Instant.now()))
        .update();
  }

  List<Facility> facilities() {
    return jdbc.sql("SELECT * FROM facility ORDER BY name")
        .query(
            (rs, n) ->
                new Facility(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    FacilityKind.valueOf(rs.getString("kind")),
                    rs.getString("country_code"),
                    rs.getObject("custodian_agency_id", UUID.class)))
        .list();
  }

  Optional<Facility> facility(UUID id) {
    return facilities().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  boolean facilityNamed(String name) {
    return jdbc.sql("SELECT COUNT(*) FROM facility WHERE name = :name")
            .param("name", name)
            .query(Long.class)
            .single()
        > 0;
  }
}
