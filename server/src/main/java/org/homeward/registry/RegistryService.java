package org.homeward.registry;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentActor;
import org.homeward.audit.AuditTrail;
import org.homeward.common.ConflictException;
import org.homeward.common.Countries;
import org.homeward.common.FieldErrors;
import org.homeward.common.InvalidInputException;
import org.homeward.common.NotFoundException;
import org.homeward.common.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's public service: the only way other features and the web layer read or change
 * persons, their family links and the reference data. Every read passes the access policy; every
 * change is written to the audit trail in the same transaction.
 */
@Service
public class RegistryService {
  public static final int MAX_PAGE_SIZE = 200;
  private static final String PERSON = "Person";

  private final PersonRepository persons;
  private final ReferenceRepository references;
  private final RelationshipRepository relationships;
  private final CustodyHistoryRepository custody;
  private final PersonSearch search;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final CurrentActor actor;
  private final Clock clock;

  RegistryService(
      PersonRepository persons,
      ReferenceRepository references,
      RelationshipRepository relationships,
      CustodyHistoryRepository custody,
      PersonSearch search,
      AccessPolicy access,
      AuditTrail audit,
      CurrentActor actor,
      Clock clock) {
    this.persons = persons;
    this.references = references;
    this.relationships = relationships;
    this.custody = custody;
    this.search = search;
    this.access = access;
    this.audit = audit;
    this.actor = actor;
    this.clock = clock;
  }

  @Transactional
  public Person register(PersonInput input) {
    PersonDetails details = input.toDetails(today(), this::facilityExists);
    Person person = newPerson(details);
    persons.insertAll(List.of(person));
    custody.appendAll(List.of(person.id()), List.of(firstCustodyEvent(person, "registered")));
    audit.record("PERSON_REGISTERED", PERSON, person.id(), "fields=all");
    return person;
  }

  /**
   * Registers many already-checked persons at once, e.g. a generated or imported caseload.
   *
   * @return the new persons, in the order given
   */
  @Transactional
  public List<Person> registerAll(List<PersonDetails> details, String reason) {
    List<Person> created = details.stream().map(this::newPerson).toList();
    persons.insertAll(created);
    custody.appendAll(
        created.stream().map(Person::id).toList(),
        created.stream().map(p -> firstCustodyEvent(p, reason)).toList());
    audit.record(
        "PERSONS_REGISTERED_IN_BULK",
        PERSON,
        null,
        "count=" + created.size() + "; reason=" + reason);
    return created;
  }

  @Transactional
  public Person update(UUID id, int basedOnVersion, PersonInput input) {
    Person before = get(id);
    PersonDetails details = input.toDetails(today(), this::facilityExists);
    if (before.version() != basedOnVersion) {
      throw new StaleVersionException(PERSON);
    }
    Instant now = clock.instant();
    Person after =
        new Person(
            id,
            before.version() + 1,
            details,
            before.createdAt(),
            before.createdBy(),
            now,
            actor.username());
    if (!persons.update(after, basedOnVersion)) {
      throw new StaleVersionException(PERSON);
    }
    if (before.details().custodyStatus() != details.custodyStatus()
        || !java.util.Objects.equals(before.details().facilityId(), details.facilityId())) {
      custody.appendAll(
          List.of(id),
          List.of(
              new CustodyEvent(
                  details.custodyStatus(),
                  details.facilityId(),
                  "updated",
                  now,
                  actor.username())));
    }
    audit.record(
        "PERSON_UPDATED",
        PERSON,
        id,
        "changed=" + PersonChanges.between(before.details(), details));
    return after;
  }

  public Person get(UUID id) {
    if (!access.maySee(id)) {
      throw new NotFoundException(PERSON);
    }
    return persons.findById(id).orElseThrow(() -> new NotFoundException(PERSON));
  }

  public Page<PersonSummary> list(PersonFilter filter, String cursor, int limit) {
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new InvalidInputException("limit", "a page size from 1 to " + MAX_PAGE_SIZE);
    }
    if (filter.nationality() != null && !Countries.isAlpha3(filter.nationality())) {
      throw new InvalidInputException(
          "nationality", "an ISO 3166-1 alpha-3 country code such as TJK");
    }
    List<PersonSummary> rows = persons.list(filter, decodeCursor(cursor), limit + 1, today());
    List<PersonSummary> page =
        rows.stream().filter(s -> access.maySee(s.id())).limit(limit).toList();
    String next = rows.size() > limit ? encodeCursor(page.get(page.size() - 1).seq()) : null;
    return new Page<>(page, next);
  }

  public List<SearchHit> search(String query, int limit) {
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new InvalidInputException("limit", "a number of results from 1 to " + MAX_PAGE_SIZE);
    }
    return search.search(query, limit, today(), access::maySee);
  }

  public List<PersonSummary> summaries(List<UUID> ids) {
    return persons.summaries(ids.stream().filter(access::maySee).toList(), today());
  }

  public List<CustodyEvent> custodyHistory(UUID personId) {
    get(personId);
    return custody.of(personId);
  }

  @Transactional
  public Relationship relate(UUID fromId, String typeText, UUID toId, String evidenceText) {
    FieldErrors errors = new FieldErrors();
    RelationshipType type =
        PersonInput.enumValue(RelationshipType.class, typeText, "type", errors, null);
    if (type == null && (typeText == null || typeText.isBlank())) {
      errors.add("type", "one of " + java.util.Arrays.toString(RelationshipType.values()));
    }
    Evidence evidence =
        PersonInput.enumValue(Evidence.class, evidenceText, "evidence", errors, Evidence.DECLARED);
    errors.throwIfAny();
    Person from = findForLink(fromId, "fromPersonId");
    Person to = findForLink(toId, "toPersonId");
    new FamilyLinks(relationships.ofAny(List.of(from.id(), to.id()))).check(from, type, to);
    Relationship link =
        new Relationship(
            UUID.randomUUID(),
            from.id(),
            type,
            to.id(),
            evidence,
            clock.instant(),
            actor.username());
    relationships.insertAll(List.of(link));
    audit.record(
        "RELATIONSHIP_RECORDED",
        "Relationship",
        link.id(),
        "type=" + type + "; evidence=" + evidence);
    return link;
  }

  /** Links from a trusted bulk source (generated or already checked), without per-link checks. */
  @Transactional
  public void relateAll(List<Relationship> links) {
    relationships.insertAll(links);
    audit.record("RELATIONSHIPS_RECORDED_IN_BULK", "Relationship", null, "count=" + links.size());
  }

  public List<Relationship> relationshipsOf(UUID personId) {
    get(personId);
    return relationships.of(personId).stream()
        .filter(r -> access.maySee(r.other(personId)))
        .toList();
  }

  public Household household(UUID personId) {
    get(personId);
    Household all = Household.around(personId, ids -> relationships.ofAny(ids));
    Set<UUID> visible = new java.util.LinkedHashSet<>();
    all.memberIds().stream().filter(access::maySee).forEach(visible::add);
    return new Household(
        personId,
        visible,
        all.links().stream()
            .filter(r -> visible.contains(r.fromPersonId()) && visible.contains(r.toPersonId()))
            .toList());
  }

  public long countPersons() {
    return persons.count();
  }

  public List<Facility> facilities() {
    return references.facilities();
  }

  public Facility facility(UUID id) {
    return references.facility(id).orElseThrow(() -> new NotFoundException("Facility"));
  }

  @Transactional
  public Facility registerFacility(
      String name, String kindText, String countryCode, UUID custodianAgencyId) {
    FieldErrors errors = new FieldErrors();
    String checkedName = requiredText(name, "name", 300, errors);
    FacilityKind kind = PersonInput.enumValue(FacilityKind.class, kindText, "kind", errors, null);
    if (kind == null && (kindText == null || kindText.isBlank())) {
      errors.add("kind", "one of " + java.util.Arrays.toString(FacilityKind.values()));
    }
    String country = countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT);
    if (!Countries.isAlpha3(country)) {
      errors.add("countryCode", "an ISO 3166-1 alpha-3 country code such as SYR");
    }
    if (custodianAgencyId != null && references.agency(custodianAgencyId).isEmpty()) {
      errors.add("custodianAgencyId", "the id of a registered agency");
    }
    errors.throwIfAny();
    if (references.facilityNamed(checkedName)) {
      throw new ConflictException("A facility with this name is already registered.");
    }
    Facility facility =
        new Facility(UUID.randomUUID(), checkedName, kind, country, custodianAgencyId);
    references.insert(facility);
    audit.record("FACILITY_REGISTERED", "Facility", facility.id(), "kind=" + kind);
    return facility;
  }

  public List<Agency> agencies() {
    return references.agencies();
  }

  @Transactional
  public Agency registerAgency(String name, String kindText, String stateCode) {
    FieldErrors errors = new FieldErrors();
    String checkedName = requiredText(name, "name", 300, errors);
    AgencyKind kind = PersonInput.enumValue(AgencyKind.class, kindText, "kind", errors, null);
    if (kind == null && (kindText == null || kindText.isBlank())) {
      errors.add("kind", "one of " + java.util.Arrays.toString(AgencyKind.values()));
    }
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
    if (references.agencyNamed(checkedName)) {
      throw new ConflictException("An agency with this name is already registered.");
    }
    Agency agency = new Agency(UUID.randomUUID(), checkedName, kind, state);
    references.insert(agency);
    audit.record("AGENCY_REGISTERED", "Agency", agency.id(), "kind=" + kind);
    return agency;
  }

  /** The nationalities present in the registry, for filters. */
  public Set<String> nationalitiesInUse() {
    return new TreeSet<>(persons.countriesInUse());
  }

  private Person findForLink(UUID id, String field) {
    if (id == null || !access.maySee(id)) {
      throw new InvalidInputException(field, "the id of a registered person");
    }
    return persons
        .findById(id)
        .orElseThrow(() -> new InvalidInputException(field, "the id of a registered person"));
  }

  private Person newPerson(PersonDetails details) {
    Instant now = clock.instant();
    String by = actor.username();
    return new Person(UUID.randomUUID(), 1, details, now, by, now, by);
  }

  private CustodyEvent firstCustodyEvent(Person p, String reason) {
    return new CustodyEvent(
        p.details().custodyStatus(),
        p.details().facilityId(),
        reason,
        p.createdAt(),
        p.createdBy());
  }

  private boolean facilityExists(UUID id) {
    return references.facility(id).isPresent();
  }

  private static String requiredText(String text, String field, int max, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      errors.add(field, "a non-empty text");
      return null;
    }
    if (text.strip().length() > max) {
      errors.add(field, "at most " + max + " characters");
    }
    return text.strip();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  static String encodeCursor(long seq) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("p" + seq).getBytes(StandardCharsets.UTF_8));
  }

  static long decodeCursor(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith("p")) {
        long seq = Long.parseLong(text.substring(1));
        if (seq >= 0) {
          return seq;
        }
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new InvalidInputException("cursor", "a cursor returned as nextCursor by a previous page");
  }
}
