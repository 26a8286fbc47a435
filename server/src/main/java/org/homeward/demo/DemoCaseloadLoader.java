package org.homeward.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.Agencies;
import org.homeward.access.Agency;
import org.homeward.registry.Evidence;
import org.homeward.registry.Facility;
import org.homeward.registry.Person;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.RegistryService;
import org.homeward.registry.Relationship;
import org.homeward.registry.RelationshipType;
import org.springframework.stereotype.Component;

/**
 * Loads a generated caseload through the registry's public service, so that generated persons pass
 * the same checks as registered ones.
 */
@Component
public class DemoCaseloadLoader {
  private static final int BATCH = 2_000;
  static final String REASON = "demo caseload";

  private final RegistryService registry;
  private final Agencies agencies;
  private final Clock clock;

  DemoCaseloadLoader(RegistryService registry, Agencies agencies, Clock clock) {
    this.registry = registry;
    this.agencies = agencies;
    this.clock = clock;
  }

  public record Result(int persons, int relationships, int facilities, double seconds) {}

  public Result load(int persons, long seed) {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    DemoCaseload caseload = new DemoCaseloadGenerator(seed).generate(persons, today);
    Map<String, UUID> facilities = facilities(caseload.facilities());
    Map<String, UUID> personIds = new HashMap<>();
    List<DemoPerson> all = caseload.persons();
    for (int from = 0; from < all.size(); from += BATCH) {
      List<DemoPerson> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      List<PersonDetails> details = new ArrayList<>();
      for (DemoPerson p : batch) {
        details.add(DemoPersons.toInput(p, facilities).toDetails(today, facilities::containsValue));
      }
      List<Person> created = registry.registerAll(details, REASON);
      for (int i = 0; i < batch.size(); i++) {
        personIds.put(batch.get(i).key(), created.get(i).id());
      }
      progress(from + batch.size(), all.size());
    }
    List<Relationship> links = new ArrayList<>();
    for (DemoRelationship r : caseload.relationships()) {
      links.add(
          new Relationship(
              UUID.randomUUID(),
              personIds.get(r.fromKey()),
              RelationshipType.valueOf(r.type()),
              personIds.get(r.toKey()),
              Evidence.valueOf(r.evidence()),
              clock.instant(),
              "system"));
    }
    for (int from = 0; from < links.size(); from += BATCH * 4) {
      registry.relateAll(links.subList(from, Math.min(links.size(), from + BATCH * 4)));
    }
    return new Result(
        all.size(), links.size(), facilities.size(), (System.nanoTime() - started) / 1e9);
  }

  private Map<String, UUID> facilities(List<DemoFacility> demoFacilities) {
    Map<String, UUID> custodians = new HashMap<>();
    for (Agency a : agencies.all()) {
      custodians.put(a.name(), a.id());
    }
    Map<String, UUID> existing = new HashMap<>();
    for (Facility f : registry.facilities()) {
      existing.put(f.name(), f.id());
    }
    Map<String, UUID> byKey = new HashMap<>();
    for (DemoFacility f : demoFacilities) {
      UUID custodian =
          custodians.computeIfAbsent(
              f.custodianAgency(), name -> agencies.register(name, "CUSTODIAN", null).id());
      UUID id =
          existing.computeIfAbsent(
              f.name(),
              name -> registry.registerFacility(name, f.kind(), f.countryCode(), custodian).id());
      byKey.put(f.key(), id);
    }
    return byKey;
  }

  private static void progress(int done, int total) {
    if (total >= 10 * BATCH && (done % (5 * BATCH) == 0 || done == total)) {
      System.out.printf("  demo caseload: %d of %d persons%n", done, total);
    }
  }
}
