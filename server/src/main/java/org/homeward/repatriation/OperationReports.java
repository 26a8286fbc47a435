package org.homeward.repatriation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.homeward.common.ConflictException;
import org.homeward.registry.PersonSummary;
import org.homeward.registry.RegistryService;
import org.homeward.registry.Relationship;
import org.homeward.registry.RelationshipType;
import org.homeward.registry.Sex;
import org.springframework.stereotype.Service;

/** What an executed operation adds up to: its summary and its public statement. */
@Service
public class OperationReports {
  private final Operations operations;
  private final OperationRepository repository;
  private final HandoverRepository handovers;
  private final RegistryService registry;

  OperationReports(
      Operations operations,
      OperationRepository repository,
      HandoverRepository handovers,
      RegistryService registry) {
    this.operations = operations;
    this.repository = repository;
    this.handovers = handovers;
    this.registry = registry;
  }

  /** A statement in one language, with the summary whose numbers it states. */
  public record Statement(String language, String text, OperationSummary summary) {}

  /** A handover with those of its persons the caller may see, read once per report. */
  private record Seen(Handover handover, List<PersonSummary> persons) {}

  private List<Seen> seen(UUID operationId) {
    return handovers.ofOperation(operationId).stream()
        .map(h -> new Seen(h, registry.summaries(h.personIds())))
        .toList();
  }

  public OperationSummary summary(UUID operationId) {
    return summarise(executed(operationId), seen(operationId));
  }

  private OperationSummary summarise(Operation o, List<Seen> seen) {
    Map<Departure, Integer> notLeaving = new EnumMap<>(Departure.class);
    repository
        .outcomes(o.id())
        .values()
        .forEach(
            d -> {
              if (d != Departure.DEPARTED) {
                notLeaving.merge(d, 1, Integer::sum);
              }
            });
    Map<List<Object>, Integer> cells = new TreeMap<>(OperationReports::compareCells);
    Map<String, Integer> byState = new TreeMap<>();
    int departed = 0;
    int hidden = 0;
    for (Seen s : seen) {
      Handover h = s.handover();
      LocalDate day = dayOf(h);
      hidden += h.personIds().size() - s.persons().size();
      departed += h.personIds().size();
      byState.merge(h.receivingState(), h.personIds().size(), Integer::sum);
      for (PersonSummary p : s.persons()) {
        cells.merge(
            List.of(h.receivingState(), h.thirdState(), p.sex(), ageGroup(p, day)),
            1,
            Integer::sum);
      }
    }
    List<OperationSummary.Count> counts = new ArrayList<>();
    cells.forEach(
        (k, n) ->
            counts.add(
                new OperationSummary.Count(
                    (String) k.get(0),
                    (Boolean) k.get(1),
                    (Sex) k.get(2),
                    (OperationSummary.AgeGroup) k.get(3),
                    n)));
    return new OperationSummary(
        o.id(),
        o.name(),
        o.status(),
        o.executedAt(),
        departed,
        notLeaving,
        counts,
        byState,
        hidden);
  }

  /** The public statement in one of {@link PublicStatement#LANGUAGES}. */
  public Statement statement(UUID operationId, String language) {
    return statements(operationId, List.of(language)).get(0);
  }

  /**
   * The public statement in each of these languages, from one reading of the handovers: the numbers
   * are the same in every language, only the words differ.
   */
  public List<Statement> statements(UUID operationId, List<String> languages) {
    List<PublicStatement> writers = languages.stream().map(PublicStatement::new).toList();
    List<Seen> seen = seen(operationId);
    OperationSummary summary = summarise(executed(operationId), seen);
    PublicStatement.HomeGroup home = homeGroup(summary);
    List<PublicStatement.ThirdStateGroup> third = new ArrayList<>();
    for (Seen s : seen) {
      if (s.handover().thirdState()) {
        third.add(thirdStateGroup(s));
      }
    }
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < languages.size(); i++) {
      statements.add(new Statement(languages.get(i), writers.get(i).write(home, third), summary));
    }
    return statements;
  }

  /** Those who came home: women, men, children and the rest, from the summary's cells. */
  private static PublicStatement.HomeGroup homeGroup(OperationSummary summary) {
    int women = 0;
    int men = 0;
    int children = 0;
    int others = 0;
    for (OperationSummary.Count c : summary.counts()) {
      if (c.thirdState()) {
        continue;
      }
      boolean adult = c.ageGroup() == OperationSummary.AgeGroup.ADULT;
      boolean child =
          c.ageGroup() == OperationSummary.AgeGroup.UNDER_12
              || c.ageGroup() == OperationSummary.AgeGroup.FROM_12_TO_17;
      if (child) {
        children += c.persons();
      } else if (adult && c.sex() == Sex.FEMALE) {
        women += c.persons();
      } else if (adult && c.sex() == Sex.MALE) {
        men += c.persons();
      } else {
        others += c.persons();
      }
    }
    return new PublicStatement.HomeGroup(women, men, children, others);
  }

  private PublicStatement.ThirdStateGroup thirdStateGroup(Seen s) {
    Handover h = s.handover();
    List<PersonSummary> persons = s.persons();
    boolean allCitizens =
        persons.size() == h.personIds().size()
            && persons.stream().allMatch(p -> p.nationalities().contains(h.receivingState()));
    return new PublicStatement.ThirdStateGroup(
        h.receivingState(),
        h.personIds().size(),
        allCitizens,
        childrenOfOneMother(persons, dayOf(h)));
  }

  private static LocalDate dayOf(Handover h) {
    return h.handedOverAt().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * The number of children when the persons are one adult woman and minor children all recorded as
   * hers; otherwise null.
   */
  private Integer childrenOfOneMother(List<PersonSummary> persons, LocalDate day) {
    List<PersonSummary> adults =
        persons.stream().filter(p -> ageGroup(p, day) == OperationSummary.AgeGroup.ADULT).toList();
    if (adults.size() != 1 || adults.get(0).sex() != Sex.FEMALE || persons.size() < 2) {
      return null;
    }
    UUID mother = adults.get(0).id();
    Set<UUID> hers = new HashSet<>();
    for (Relationship r : registry.relationshipsOf(mother)) {
      if (r.type() == RelationshipType.MOTHER_OF && r.fromPersonId().equals(mother)) {
        hers.add(r.toPersonId());
      }
    }
    boolean allHers =
        persons.stream()
            .filter(p -> !p.id().equals(mother))
            .allMatch(
                p ->
                    hers.contains(p.id())
                        && ageGroup(p, day) != OperationSummary.AgeGroup.ADULT
                        && ageGroup(p, day) != OperationSummary.AgeGroup.UNKNOWN);
    return allHers ? persons.size() - 1 : null;
  }

  private static OperationSummary.AgeGroup ageGroup(PersonSummary p, LocalDate day) {
    if (p.birthDate() == null) {
      return OperationSummary.AgeGroup.UNKNOWN;
    }
    int age = p.birthDate().ageOn(day);
    if (age < 12) {
      return OperationSummary.AgeGroup.UNDER_12;
    }
    return age < 18 ? OperationSummary.AgeGroup.FROM_12_TO_17 : OperationSummary.AgeGroup.ADULT;
  }

  private Operation executed(UUID operationId) {
    Operation o = operations.get(operationId);
    if (o.status() != Operation.Status.EXECUTED && o.status() != Operation.Status.CLOSED) {
      throw new ConflictException(
          "Counts come from the executed manifest; this operation is "
              + o.status()
              + ": execute it first.");
    }
    return o;
  }

  @SuppressWarnings("unchecked")
  private static int compareCells(List<Object> a, List<Object> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
