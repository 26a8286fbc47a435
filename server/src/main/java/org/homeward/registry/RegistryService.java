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
import org.homeward.access.Agencies;
import org.homeward.access.Capability;
import org.homeward.access.CurrentActor;
import org.homeward.access.FieldAccess;
import org.homeward.access.FieldGroup;
import org.homeward.access.PersonScope;
import org.homeward.audit.AuditTrail;
import org.homeward.common.ConflictException;
import org.homeward.common.Countries;
import org.homeward.common.FieldErrors;
import org.homeward.common.ForbiddenFieldException;
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
  private final PersonFileRepository files;
  private final Agencies agencies;
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
      PersonFileRepository files,
      Agencies agencies,
      AccessPolicy access,
      AuditTrail audit,
      CurrentActor actor,
      Clock clock) {
    this.persons = persons;
    this.references = references;
    this.relationships = relationships;
    this.custody = custody;
    this.search = search;
    this.files = files;
    this.agencies = agencies;
    this.access = access;
    this.audit = audit;
    this.actor = actor;
    this.clock = clock;
  }

  @Transactional
  public Person register(PersonInput input) {
    access.require(Capability.PERSON_REGISTER);
    PersonDetails details = input.toDetails(today(), this::facilityExists);
    Person person = newPerson(details);
    persons.insertAll(List.of(person));
    custody.appendAll(List.of(person.id()), List.of(firstCustodyEvent(person, "registered")));
    audit.record("PERSON_REGISTERED", PERSON, person.id(), "fields=all");
    keepVisibleToRegisteringAgency(person);
    return person;
  }

  /**
   * A registrar may register someone who is not (yet) a national of their state, e.g. a child whose
   * nationality is still unknown. The record is shared with the registering agency so it does not
   * vanish from the registrar's view the moment it is saved.
   */
  private void keepVisibleToRegisteringAgency(Person person) {
    PersonScope scope = access.personScope();
    if (scope.unrestricted() || scope.agencyId() == null || persons.visible(person.id(), scope)) {
      return;
    }
    Share share =
        new Share(
            UUID.randomUUID(),
            person.id(),
            scope.agencyId(),
            "registered by this agency",
            actor.username(),
            clock.instant(),
            null);
    files.addShare(share);
    persons.markShared(share.personId());
    audit.record(
        "PERSON_SHARED", PERSON, person.id(), "agency=" + share.agencyId() + "; reason=registered");
  }

  /**
   * Registers many already-checked persons at once, e.g. a generated or imported caseload.
   *
   * @return the new persons, in the order given
   */
  @Transactional
  public List<Person> registerAll(List<PersonDetails> details, String reason) {
    access.require(Capability.PERSON_REGISTER);
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

  /**
   * Changes the field groups the client sent and the user may write (see {@link FieldGroupMerge});
   * a group not sent keeps its values.
   */
  @Transactional
  public Person update(UUID id, int basedOnVersion, PersonInput input) {
    access.require(Capability.PERSON_UPDATE);
    Person before = get(id);
    PersonDetails proposed = input.toDetails(today(), this::facilityExists);
    PersonDetails details =
        FieldGroupMerge.merge(before.details(), input, proposed, fieldsOf(before));
    if (before.version() != basedOnVersion) {
      throw new StaleVersionException(PERSON);
    }
    Instant now = clock.instant();
    Person after = saveNextVersion(before, details, now);
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

  /**
   * Custody of these persons passed to another authority in a recorded handover: they are no longer
   * held in a facility, their status becomes {@code status}, and a person handed to a third state
   * becomes visible to that state. Each person must be in the caller's scope.
   *
   * @param handedToState the receiving state for {@link CustodyStatus#HANDED_TO_THIRD_STATE}, else
   *     null
   * @param reason written into each person's custody history, e.g. the handover's reference
   */
  @Transactional
  public void recordCustodyPassed(
      List<UUID> personIds, CustodyStatus status, String handedToState, String reason) {
    Instant now = clock.instant();
    for (UUID id : personIds) {
      Person before = get(id);
      PersonDetails d = before.details();
      PersonDetails details =
          new PersonDetails(
              d.names(),
              d.sex(),
              d.birthDate(),
              d.nationalities(),
              d.documents(),
              null,
              status,
              handedToState,
              d.vulnerabilities());
      saveNextVersion(before, details, now);
      custody.appendAll(
          List.of(id), List.of(new CustodyEvent(status, null, reason, now, actor.username())));
      audit.record(
          "CUSTODY_PASSED",
          PERSON,
          id,
          "status: " + d.custodyStatus() + " -> " + status + "; " + reason);
    }
  }

  /**
   * The SQL condition, on the person table aliased {@code p}, that keeps the persons the caller's
   * aggregate figures may count. For the statistics feature, which aggregates in its own SQL.
   */
  public String statisticsScopeCondition(
      org.springframework.jdbc.core.namedparam.MapSqlParameterSource params) {
    return PersonRepository.scopeClause(access.statisticsScope(), params);
  }

  /** Writes the person's next version, unless someone else wrote one since {@code before}. */
  private Person saveNextVersion(Person before, PersonDetails details, Instant now) {
    Person after =
        new Person(
            before.id(),
            before.version() + 1,
            details,
            before.createdAt(),
            before.createdBy(),
            now,
            actor.username());
    if (!persons.update(after, before.version())) {
      throw new StaleVersionException(PERSON);
    }
    return after;
  }

  /** A person in the caller's scope; anyone else does not exist for the caller. */
  public Person get(UUID id) {
    access.require(Capability.PERSON_READ);
    if (id == null || !persons.visible(id, access.personScope())) {
      throw new NotFoundException(PERSON);
    }
    return persons.findById(id).orElseThrow(() -> new NotFoundException(PERSON));
  }

  /**
   * A person with what the caller may see of them. Reading health or vetting fields is written to
   * the audit trail.
   */
  @Transactional
  public PersonFile open(UUID id) {
    Person person = get(id);
    FieldAccess fields = fieldsOf(person);
    Vetting vetting = null;
    if (fields.mayRead(FieldGroup.VETTING)) {
      vetting = files.vetting(id).orElse(null);
      audit.record("VETTING_READ", PERSON, id, null);
    }
    if (fields.mayRead(FieldGroup.HEALTH)) {
      audit.record("HEALTH_READ", PERSON, id, null);
    }
    List<Note> notes = fields.mayRead(FieldGroup.NOTES) ? files.notes(id) : List.of();
    return new PersonFile(person, fields, vetting, notes);
  }

  private FieldAccess fieldsOf(Person person) {
    return access.fieldsFor(
        person.details().nationalities().stream().map(Nationality::countryCode).toList());
  }

  public Page<PersonSummary> list(PersonFilter filter, String cursor, int limit) {
    access.require(Capability.PERSON_READ);
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new InvalidInputException("limit", "a page size from 1 to " + MAX_PAGE_SIZE);
    }
    if (filter.nationality() != null && !Countries.isAlpha3(filter.nationality())) {
      throw new InvalidInputException(
          "nationality", "an ISO 3166-1 alpha-3 country code such as TJK");
    }
    List<PersonSummary> rows =
        persons.list(filter, access.personScope(), decodeCursor(cursor), limit + 1, today());
    List<PersonSummary> page = rows.stream().limit(limit).toList();
    String next = rows.size() > limit ? encodeCursor(page.get(page.size() - 1).seq()) : null;
    return new Page<>(page, next);
  }

  public List<SearchHit> search(String query, int limit) {
    access.require(Capability.PERSON_READ);
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new InvalidInputException("limit", "a number of results from 1 to " + MAX_PAGE_SIZE);
    }
    return search.search(query, limit, today(), access.personScope());
  }

  /** Summaries of those of the given persons the caller may see, in the order given. */
  public List<PersonSummary> summaries(List<UUID> ids) {
    Set<UUID> visible = persons.visibleAmong(ids, access.personScope());
    return persons.summaries(ids.stream().filter(visible::contains).toList(), today());
  }

  public List<CustodyEvent> custodyHistory(UUID personId) {
    requireRead(get(personId), FieldGroup.LOCATION);
    return custody.of(personId);
  }

  private void requireRead(Person person, FieldGroup group) {
    if (!fieldsOf(person).mayRead(group)) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Your roles do not allow reading " + group.name().toLowerCase(Locale.ROOT) + " fields.");
    }
  }

  @Transactional
  public Vetting recordVetting(UUID personId, String outcomeText, String remarks) {
    access.require(Capability.VETTING_WRITE);
    Person person = get(personId);
    if (!fieldsOf(person).mayWrite(FieldGroup.VETTING)) {
      throw new ForbiddenFieldException("vetting");
    }
    FieldErrors errors = new FieldErrors();
    VettingOutcome outcome = errors.requiredEnum(VettingOutcome.class, outcomeText, "outcome");
    String checkedRemarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
    if (checkedRemarks != null && checkedRemarks.length() > 4000) {
      errors.add("remarks", "at most 4000 characters");
    }
    errors.throwIfAny();
    Vetting before = files.vetting(personId).orElse(null);
    Vetting vetting = new Vetting(outcome, checkedRemarks, actor.username(), clock.instant());
    files.saveVetting(personId, vetting);
    audit.record(
        "VETTING_RECORDED",
        PERSON,
        personId,
        "outcome: " + (before == null ? "none" : before.outcome()) + " -> " + outcome);
    return vetting;
  }

  @Transactional
  public Note addNote(UUID personId, String text) {
    access.require(Capability.NOTES_WRITE);
    Person person = get(personId);
    if (!fieldsOf(person).mayWrite(FieldGroup.NOTES)) {
      throw new ForbiddenFieldException("notes");
    }
    if (text == null || text.isBlank() || text.strip().length() > 4000) {
      throw new InvalidInputException("text", "a note of 1 to 4000 characters");
    }
    Note note = new Note(UUID.randomUUID(), text.strip(), actor.username(), clock.instant());
    files.addNote(personId, note);
    audit.record("NOTE_WRITTEN", PERSON, personId, "note=" + note.id());
    return note;
  }

  /** Shares a person's record with an agency outside its usual scope, for a stated reason. */
  @Transactional
  public Share share(UUID personId, UUID agencyId, String reason, String untilText) {
    access.require(Capability.SHARE);
    get(personId);
    FieldErrors errors = new FieldErrors();
    if (agencyId == null || agencies.find(agencyId).isEmpty()) {
      errors.add("agencyId", "the id of a registered agency");
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
      errors.add("reason", "why the record is shared, 1 to 1000 characters");
    }
    Instant until = null;
    if (untilText != null && !untilText.isBlank()) {
      try {
        LocalDate day = LocalDate.parse(untilText.strip());
        if (!day.isAfter(today())) {
          errors.add("until", "a day after today");
        }
        until = day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      } catch (java.time.format.DateTimeParseException e) {
        errors.add("until", "a date as yyyy-MM-dd");
      }
    }
    errors.throwIfAny();
    Share share =
        new Share(
            UUID.randomUUID(),
            personId,
            agencyId,
            reason.strip(),
            actor.username(),
            clock.instant(),
            until);
    files.addShare(share);
    persons.markShared(share.personId());
    audit.record("PERSON_SHARED", PERSON, personId, "agency=" + agencyId + "; until=" + untilText);
    return share;
  }

  /**
   * Whether a vetting officer has cleared the person. Says no more than that, so that rules such as
   * a case's stages can depend on it without revealing the vetting record.
   */
  public boolean isVettingCleared(UUID personId) {
    get(personId);
    return files.vetting(personId).map(v -> v.outcome() == VettingOutcome.CLEARED).orElse(false);
  }

  public List<Share> sharesOf(UUID personId) {
    get(personId);
    return files.shares(personId);
  }

  @Transactional
  public Relationship relate(UUID fromId, String typeText, UUID toId, String evidenceText) {
    access.require(Capability.FAMILY_WRITE);
    FieldErrors errors = new FieldErrors();
    RelationshipType type = errors.requiredEnum(RelationshipType.class, typeText, "type");
    Evidence evidence =
        errors.enumValue(Evidence.class, evidenceText, "evidence", Evidence.DECLARED);
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
    access.require(Capability.FAMILY_WRITE);
    relationships.insertAll(links);
    audit.record("RELATIONSHIPS_RECORDED_IN_BULK", "Relationship", null, "count=" + links.size());
  }

  public List<Relationship> relationshipsOf(UUID personId) {
    requireRead(get(personId), FieldGroup.FAMILY);
    List<Relationship> links = relationships.of(personId);
    Set<UUID> visible =
        persons.visibleAmong(
            links.stream().map(r -> r.other(personId)).toList(), access.personScope());
    return links.stream().filter(r -> visible.contains(r.other(personId))).toList();
  }

  public Household household(UUID personId) {
    requireRead(get(personId), FieldGroup.FAMILY);
    Household all = Household.around(personId, ids -> relationships.ofAny(ids));
    Set<UUID> inScope = persons.visibleAmong(all.memberIds(), access.personScope());
    Set<UUID> visible = new java.util.LinkedHashSet<>();
    all.memberIds().stream().filter(inScope::contains).forEach(visible::add);
    return new Household(
        personId,
        visible,
        all.links().stream()
            .filter(r -> visible.contains(r.fromPersonId()) && visible.contains(r.toPersonId()))
            .toList());
  }

  /** How many persons the caller may see. */
  public long countPersons() {
    return persons.count(access.personScope());
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
    access.require(Capability.REFERENCE_WRITE);
    FieldErrors errors = new FieldErrors();
    String checkedName = requiredText(name, "name", 300, errors);
    FacilityKind kind = errors.requiredEnum(FacilityKind.class, kindText, "kind");
    String country = countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT);
    if (!Countries.isAlpha3(country)) {
      errors.add("countryCode", "an ISO 3166-1 alpha-3 country code such as SYR");
    }
    if (custodianAgencyId != null && agencies.find(custodianAgencyId).isEmpty()) {
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

  /** The nationalities present in the registry, for filters. */
  public Set<String> nationalitiesInUse() {
    return new TreeSet<>(persons.countriesInUse(access.personScope()));
  }

  private Person findForLink(UUID id, String field) {
    if (id == null || !persons.visible(id, access.personScope())) {
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
