package org.homeward.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.access.AccessPolicy;
import org.homeward.access.Capability;
import org.homeward.access.FieldAccess;
import org.homeward.access.FieldGroup;
import org.homeward.access.Requires;
import org.homeward.common.ConflictException;
import org.homeward.common.FieldError;
import org.homeward.common.InvalidInputException;
import org.homeward.common.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry's web pages: list and search, a person's page, and the person form. */
@Controller
class PersonPageController {
  private static final int PAGE_SIZE = 25;
  private final RegistryService registry;
  private final AccessPolicy access;
  private final Clock clock;

  PersonPageController(RegistryService registry, AccessPolicy access, Clock clock) {
    this.registry = registry;
    this.access = access;
    this.clock = clock;
  }

  @ModelAttribute("facilityNames")
  Map<UUID, String> facilityNames() {
    return registry.facilities().stream()
        .collect(Collectors.toMap(Facility::id, Facility::name, (a, b) -> a, LinkedHashMap::new));
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("custodyStatuses", CustodyStatus.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ageBands", AgeBand.values());
    model.addAttribute("precisions", DatePrecision.values());
    model.addAttribute("documentTypes", DocumentType.values());
    model.addAttribute("nationalityStatuses", NationalityStatus.values());
    model.addAttribute("vulnerabilityValues", Vulnerability.values());
    model.addAttribute("relations", FamilyRelation.values());
    model.addAttribute("evidenceValues", Evidence.values());
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons")
  String list(ListQuery query, Model model) {
    fillList(query, model);
    model.addAttribute("nationalitiesInUse", registry.nationalitiesInUse());
    return "persons/list";
  }

  /** The result rows alone, for htmx to swap in while the registrar types. */
  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons/rows")
  String rows(ListQuery query, Model model) {
    fillList(query, model);
    return "persons/list :: rows";
  }

  private void fillList(ListQuery query, Model model) {
    model.addAttribute("query", query);
    try {
      if (query.q() != null && !query.q().isBlank()) {
        model.addAttribute(
            "rows", registry.search(query.q(), PAGE_SIZE).stream().map(SearchHit::person).toList());
      } else {
        PersonFilter filter =
            PersonFilters.parse(
                query.nationality(),
                query.facilityId(),
                query.custodyStatus(),
                query.sex(),
                query.ageBand());
        Page<PersonSummary> page = registry.list(filter, query.cursor(), PAGE_SIZE);
        model.addAttribute("rows", page.items());
        model.addAttribute("nextCursor", page.nextCursor());
      }
    } catch (InvalidInputException e) {
      model.addAttribute("rows", List.of());
      model.addAttribute("queryErrors", e.errors());
    }
  }

  /** Query parameters of the list page. */
  record ListQuery(
      String q,
      String nationality,
      String facilityId,
      String custodyStatus,
      String sex,
      String ageBand,
      String cursor) {}

  @Requires(Capability.PERSON_REGISTER)
  @GetMapping("/persons/new")
  String newPerson(Model model) {
    model.addAttribute("form", PersonForm.blank());
    return "persons/form";
  }

  @Requires(Capability.PERSON_REGISTER)
  @PostMapping("/persons")
  String create(@ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
    form.removeBlankRows();
    try {
      Person person = registry.register(form.toInput());
      return "redirect:/persons/" + person.id();
    } catch (InvalidInputException e) {
      return formWithErrors(form, binding, e.errors());
    }
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons/{id}")
  String view(@PathVariable UUID id, Model model) {
    PersonFile file = registry.open(id);
    Person person = file.person();
    FieldAccess fields = file.fields();
    LocalDate today = LocalDate.now(clock);
    boolean family = fields.mayRead(FieldGroup.FAMILY);
    List<Relationship> links = family ? registry.relationshipsOf(id) : List.of();
    Household household =
        family ? registry.household(id) : new Household(id, java.util.Set.of(id), List.of());
    List<UUID> related =
        java.util.stream.Stream.concat(
                links.stream().map(r -> r.other(id)), household.memberIds().stream())
            .distinct()
            .toList();
    Map<UUID, PersonSummary> others =
        registry.summaries(related).stream()
            .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    model.addAttribute("person", person);
    model.addAttribute("file", file);
    model.addAttribute("age", person.ageOn(today));
    model.addAttribute("links", links);
    model.addAttribute("others", others);
    model.addAttribute("household", household);
    model.addAttribute(
        "custodyHistory",
        fields.mayRead(FieldGroup.LOCATION) ? registry.custodyHistory(id) : List.of());
    for (FieldGroup group : FieldGroup.values()) {
      String name =
          group.name().charAt(0) + group.name().substring(1).toLowerCase(java.util.Locale.ROOT);
      model.addAttribute("read" + name, fields.mayRead(group));
    }
    model.addAttribute("mayEdit", access.has(Capability.PERSON_UPDATE));
    model.addAttribute("mayLink", access.has(Capability.FAMILY_WRITE));
    return "persons/view";
  }

  @Requires(Capability.PERSON_UPDATE)
  @GetMapping("/persons/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    model.addAttribute("form", PersonForm.of(registry.get(id)));
    model.addAttribute("personId", id);
    return "persons/form";
  }

  @Requires(Capability.PERSON_UPDATE)
  @PostMapping("/persons/{id}")
  String update(
      @PathVariable UUID id,
      @ModelAttribute("form") PersonForm form,
      BindingResult binding,
      Model model) {
    form.removeBlankRows();
    model.addAttribute("personId", id);
    try {
      registry.update(id, form.getVersion(), form.toInput());
      return "redirect:/persons/" + id;
    } catch (InvalidInputException e) {
      return formWithErrors(form, binding, e.errors());
    } catch (StaleVersionException e) {
      binding.reject("stale", e.getMessage());
      form.padRows();
      return "persons/form";
    }
  }

  /** Person picker for family links: search results as choices. */
  @Requires(Capability.FAMILY_WRITE)
  @GetMapping("/persons/{id}/pick")
  String pick(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
    registry.get(id);
    List<PersonSummary> found = List.of();
    if (q != null && !q.isBlank()) {
      try {
        found =
            registry.search(q, 10).stream()
                .map(SearchHit::person)
                .filter(p -> !p.id().equals(id))
                .toList();
      } catch (InvalidInputException e) {
        found = List.of();
      }
    }
    model.addAttribute("candidates", found);
    return "persons/view :: candidates";
  }

  @Requires(Capability.FAMILY_WRITE)
  @PostMapping("/persons/{id}/relationships")
  String relate(
      @PathVariable UUID id,
      @RequestParam(required = false) String relation,
      @RequestParam(required = false) UUID otherPersonId,
      @RequestParam(defaultValue = "DECLARED") String evidence,
      RedirectAttributes redirect) {
    registry.get(id);
    try {
      FamilyRelation choice = FamilyRelation.valueOf(String.valueOf(relation));
      UUID other = otherPersonId;
      if (other == null) {
        throw new InvalidInputException("otherPersonId", "a person chosen from the search results");
      }
      registry.relate(
          choice.thisIsFrom ? id : other,
          choice.type.name(),
          choice.thisIsFrom ? other : id,
          evidence);
      redirect.addFlashAttribute("linkMessage", "link.added");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "linkErrors", e.errors().stream().map(FieldError::expected).toList());
    } catch (ConflictException e) {
      redirect.addFlashAttribute("linkErrors", List.of(e.getMessage()));
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("linkErrors", List.of("a relation from the list"));
    }
    return "redirect:/persons/" + id + "#family";
  }

  /** A family link as seen from the person whose page is open. */
  enum FamilyRelation {
    MOTHER_OF(RelationshipType.MOTHER_OF, true),
    FATHER_OF(RelationshipType.FATHER_OF, true),
    GUARDIAN_OF(RelationshipType.GUARDIAN_OF, true),
    SIBLING_OF(RelationshipType.SIBLING_OF, true),
    SPOUSE_OF(RelationshipType.SPOUSE_OF, true),
    CHILD_OF_MOTHER(RelationshipType.MOTHER_OF, false),
    CHILD_OF_FATHER(RelationshipType.FATHER_OF, false),
    WARD_OF(RelationshipType.GUARDIAN_OF, false);

    final RelationshipType type;
    final boolean thisIsFrom;

    FamilyRelation(RelationshipType type, boolean thisIsFrom) {
      this.type = type;
      this.thisIsFrom = thisIsFrom;
    }
  }

  private String formWithErrors(PersonForm form, BindingResult binding, List<FieldError> errors) {
    for (FieldError error : errors) {
      String field = error.field();
      if (binding.getModel().containsKey("form") && isFormField(field)) {
        binding.rejectValue(field, "invalid", error.expected());
      } else {
        binding.reject("invalid", field + ": " + error.expected());
      }
    }
    form.padRows();
    return "persons/form";
  }

  private static boolean isFormField(String field) {
    return field.matches(
        "(names\\[\\d+]\\.(text|script|language|source)|sex|birthDate\\.(value|precision|statedAge)"
            + "|nationalities\\[\\d+]\\.(country|status)|documents\\[\\d+]\\.(type|number|issuingCountry|expiresOn)"
            + "|facilityId|custodyStatus|handedToState|vulnerabilities\\[\\d+]|names|documents)");
  }
}
