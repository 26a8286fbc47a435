package org.homeward.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.homeward.common.InvalidInputException;
import org.homeward.common.RequestBodies;
import org.homeward.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Aggregate tables, their exports, saved tables, and person-level exports over HTTP. */
@RestController
@Tag(name = "Statistics")
class StatisticsApiController {
  private final Statistics statistics;
  private final SavedTables saved;
  private final PersonExports persons;

  StatisticsApiController(Statistics statistics, SavedTables saved, PersonExports persons) {
    this.statistics = statistics;
    this.saved = saved;
    this.persons = persons;
  }

  @Requires(Capability.STATISTICS_READ)
  @GetMapping("/api/v1/statistics")
  @Operation(
      summary =
          "An aggregate table: by=nationality,sex,age-band,facility,facility-type,custody-status,"
              + "case-stage,repatriation-month,receiving-state (1 to 4); public=true suppresses"
              + " small cells; format=json|csv|hxl|xlsx")
  ResponseEntity<?> table(
      @RequestParam(required = false) String by,
      @RequestParam(name = "public", required = false) Boolean publicRelease,
      @RequestParam(required = false) Integer threshold,
      @RequestParam(required = false) Integer round,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String asOf,
      @RequestParam(defaultValue = "json") String format) {
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!List.of("json", "csv", "hxl", "xlsx").contains(f)) {
      throw new InvalidInputException("format", "one of json, csv, hxl, xlsx");
    }
    StatisticsTable t =
        statistics.compute(
            StatisticsQuery.parse(
                by, publicRelease, threshold, round, from, to, asOf, statistics.today()));
    return switch (f) {
      case "csv" -> file(TableExports.csv(t).getBytes(StandardCharsets.UTF_8), "text/csv", "csv");
      case "hxl" ->
          file(TableExports.hxl(t).getBytes(StandardCharsets.UTF_8), "text/csv", "hxl.csv");
      case "xlsx" ->
          file(
              TableExports.xlsx(t),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "xlsx");
      default -> ResponseEntity.ok(t);
    };
  }

  private static ResponseEntity<byte[]> file(byte[] body, String type, String extension) {
    return Downloads.attachment(
        body,
        type.startsWith("text") ? type + ";charset=UTF-8" : type,
        "homeward-table." + extension);
  }

  record SaveInput(
      String title,
      String by,
      Boolean publicRelease,
      Integer threshold,
      Integer round,
      String from,
      String to,
      String asOf) {}

  @Requires(Capability.STATISTICS_READ)
  @PostMapping("/api/v1/statistics/tables")
  @Operation(summary = "Compute and keep a table with its query and data version")
  ResponseEntity<SavedTable> save(@RequestBody SaveInput input) {
    SaveInput in = RequestBodies.required(input);
    SavedTable s =
        saved.save(
            in.title(),
            StatisticsQuery.parse(
                in.by(),
                in.publicRelease(),
                in.threshold(),
                in.round(),
                in.from(),
                in.to(),
                in.asOf(),
                statistics.today()));
    return ResponseEntity.created(URI.create("/api/v1/statistics/tables/" + s.id())).body(s);
  }

  @Requires(Capability.STATISTICS_READ)
  @GetMapping("/api/v1/statistics/tables")
  List<SavedTable> savedTables() {
    return saved.all();
  }

  @Requires(Capability.STATISTICS_READ)
  @GetMapping("/api/v1/statistics/tables/{id}")
  SavedTable savedTable(@PathVariable UUID id) {
    return saved.get(id);
  }

  @Requires(Capability.STATISTICS_READ)
  @GetMapping("/api/v1/statistics/tables/{id}/recomputation")
  @Operation(summary = "The saved query computed again now, with the cells that changed")
  SavedTables.Recomputation recompute(@PathVariable UUID id) {
    return saved.recompute(id);
  }

  @Requires(Capability.PERSON_EXPORT)
  @GetMapping(value = "/api/v1/exports/persons", produces = "text/csv")
  @Operation(summary = "Person-level rows in your scope as CSV; needs a reason; audited")
  ResponseEntity<byte[]> exportPersons(@RequestParam(required = false) String reason) {
    return Downloads.attachment(
        persons.csv(reason).getBytes(StandardCharsets.UTF_8),
        "text/csv;charset=UTF-8",
        "homeward-persons.csv");
  }
}
