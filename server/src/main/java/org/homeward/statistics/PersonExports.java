package org.homeward.statistics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.access.AccessPolicy;
import org.homeward.access.Capability;
import org.homeward.access.CurrentActor;
import org.homeward.audit.AuditTrail;
import org.homeward.common.InvalidInputException;
import org.homeward.common.SpreadsheetText;
import org.homeward.registry.Page;
import org.homeward.registry.PersonFilter;
import org.homeward.registry.PersonSummary;
import org.homeward.registry.RegistryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Person-level rows out of the system: only for roles allowed to export, only the persons in the
 * caller's scope, with a stated reason; audited, and the file says who exported it, when and why.
 */
@Service
public class PersonExports {
  private final RegistryService registry;
  private final AccessPolicy access;
  private final CurrentActor actor;
  private final AuditTrail audit;
  private final Clock clock;

  PersonExports(
      RegistryService registry,
      AccessPolicy access,
      CurrentActor actor,
      AuditTrail audit,
      Clock clock) {
    this.registry = registry;
    this.access = access;
    this.actor = actor;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public String csv(String reason) {
    access.require(Capability.PERSON_EXPORT);
    if (reason == null || reason.strip().length() < 10 || reason.strip().length() > 1000) {
      throw new InvalidInputException(
          "reason", "why these rows leave the system, 10 to 1000 characters");
    }
    StringWriter out = new StringWriter();
    int rows = 0;
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setCommentMarker('#').get())) {
      csv.printComment(
          "Exported from Homeward by "
              + actor.username()
              + " at "
              + clock.instant()
              + ". Reason: "
              + reason.strip().replaceAll("\\R", " ")
              + ". Contains personal data.");
      csv.printRecord(
          "id",
          "name",
          "sex",
          "birth_date",
          "age",
          "nationalities",
          "custody_status",
          "facility_id");
      String cursor = null;
      do {
        Page<PersonSummary> page =
            registry.list(PersonFilter.none(), cursor, RegistryService.MAX_PAGE_SIZE);
        for (PersonSummary p : page.items()) {
          csv.printRecord(
              p.id(),
              SpreadsheetText.defused(p.displayName()),
              p.sex(),
              p.birthDate() == null ? "" : p.birthDate().text(),
              p.age() == null ? "" : p.age(),
              String.join("/", p.nationalities()),
              p.custodyStatus(),
              p.facilityId() == null ? "" : p.facilityId());
          rows++;
        }
        cursor = page.nextCursor();
      } while (cursor != null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record("PERSONS_EXPORTED", "Person", null, "rows=" + rows + "; reason=" + reason.strip());
    return out.toString();
  }
}
