package org.homeward.repatriation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.Agencies;
import org.homeward.access.Agency;
import org.homeward.access.Capability;
import org.homeward.access.CurrentActor;
import org.homeward.audit.AuditTrail;
import org.homeward.common.FieldErrors;
import org.homeward.common.InvalidInputException;
import org.homeward.common.NotFoundException;
import org.homeward.common.StaleVersionException;
import org.homeward.registry.RegistryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer requests: asked by a partner authority for persons it may see, decided by an operations
 * coordinator who may see all of them. A request is visible to the agency that made it and to users
 * who may see every person it names; to anyone else it does not exist.
 */
@Service
public class TransferRequests {
  static final int MAX_PERSONS = 500;
  private static final String TARGET = "TransferRequest";

  private final TransferRequestRepository requests;
  private final RegistryService registry;
  private final Agencies agencies;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final CurrentActor actor;
  private final Clock clock;

  TransferRequests(
      TransferRequestRepository requests,
      RegistryService registry,
      Agencies agencies,
      AccessPolicy access,
      AuditTrail audit,
      CurrentActor actor,
      Clock clock) {
    this.requests = requests;
    this.registry = registry;
    this.agencies = agencies;
    this.access = access;
    this.audit = audit;
    this.actor = actor;
    this.clock = clock;
  }

  @Transactional
  public TransferRequest request(List<UUID> personIds, String reason) {
    access.require(Capability.TRANSFER_REQUEST);
    FieldErrors errors = new FieldErrors();
    Set<UUID> persons = new LinkedHashSet<>(personIds == null ? List.of() : personIds);
    if (persons.isEmpty() || persons.size() > MAX_PERSONS || persons.contains(null)) {
      errors.add("personIds", "1 to " + MAX_PERSONS + " ids of persons you may see");
    } else if (registry.summaries(List.copyOf(persons)).size() != persons.size()) {
      errors.add("personIds", "ids of persons you may see");
    }
    String why =
        errors.requiredText(
            reason, "reason", 2000, "why the persons are requested, 1 to 2000 characters");
    errors.throwIfAny();
    UUID agencyId = access.agencyId();
    if (agencyId == null) {
      throw new InvalidInputException("agency", "a user who belongs to an agency");
    }
    Agency agency = agencies.get(agencyId);
    TransferRequest r =
        new TransferRequest(
            UUID.randomUUID(),
            agencyId,
            agency.stateCode(),
            List.copyOf(persons),
            why,
            TransferRequest.Status.REQUESTED,
            actor.username(),
            clock.instant(),
            null,
            null,
            null);
    requests.insert(r);
    audit.record(
        "TRANSFER_REQUESTED",
        TARGET,
        r.id(),
        "persons=" + persons.size() + "; state=" + agency.stateCode());
    return r;
  }

  @Transactional
  public TransferRequest decide(UUID requestId, Boolean accept, String reason) {
    access.require(Capability.TRANSFER_DECIDE);
    TransferRequest r = get(requestId);
    if (!mayDecide(r)) {
      throw new NotFoundException("Transfer request");
    }
    if (accept == null) {
      throw new InvalidInputException("accept", "true to accept the request, false to decline it");
    }
    TransferRequest decided = r.decide(accept, actor.username(), reason, clock.instant());
    if (!requests.decide(decided)) {
      throw new StaleVersionException("The transfer request");
    }
    audit.record(
        accept ? "TRANSFER_ACCEPTED" : "TRANSFER_DECLINED",
        TARGET,
        r.id(),
        "persons=" + r.personIds().size());
    return decided;
  }

  public TransferRequest get(UUID requestId) {
    TransferRequest r =
        requests.find(requestId).orElseThrow(() -> new NotFoundException("Transfer request"));
    if (!visible(r)) {
      throw new NotFoundException("Transfer request");
    }
    return r;
  }

  /** Whether an accepted request names this person (who then may join an operation). */
  boolean acceptedFor(UUID personId) {
    return requests.accepted(personId);
  }

  /** The third state an accepted request hands this person to, if one does. */
  java.util.Optional<String> acceptedStateFor(UUID personId) {
    return requests.acceptedState(personId);
  }

  public List<TransferRequest> visibleRequests() {
    List<TransferRequest> result = new ArrayList<>();
    for (UUID id : requests.ids()) {
      requests.find(id).filter(this::visible).ifPresent(result::add);
    }
    return result;
  }

  private boolean visible(TransferRequest r) {
    return r.requestingAgency().equals(access.agencyId()) || mayDecide(r);
  }

  /** Only someone who may see every person requested may decide on the request. */
  private boolean mayDecide(TransferRequest r) {
    return access.has(Capability.PERSON_READ)
        && registry.summaries(r.personIds()).size() == r.personIds().size();
  }
}
