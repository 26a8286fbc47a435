package org.homeward.statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.homeward.common.NotFoundException;
import org.homeward.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dashboard: population pyramid, caseload by nationality and by facility, the case pipeline,
 * repatriations over time per receiving state, and overdue cases. Every chart is drawn from a table
 * published with disclosure control, and that table is shown beside it.
 */
@Controller
class DashboardPageController {
  static final List<String> CHARTS =
      List.of("pyramid", "nationality", "facility", "stage", "over-time", "overdue");

  private final Statistics statistics;
  private final MessageSource messages;

  DashboardPageController(Statistics statistics, MessageSource messages) {
    this.statistics = statistics;
    this.messages = messages;
  }

  /** One chart and the table it is drawn from. */
  record Chart(String id, String title, String svg, List<String> header, List<List<String>> rows) {}

  @Requires(Capability.STATISTICS_READ)
  @GetMapping("/dashboard")
  String dashboard(Model model) {
    List<Chart> charts = new ArrayList<>();
    for (String id : CHARTS) {
      charts.add(chart(id));
    }
    model.addAttribute("charts", charts);
    model.addAttribute("threshold", StatisticsQuery.DEFAULT_THRESHOLD);
    return "statistics/dashboard";
  }

  @Requires(Capability.STATISTICS_READ)
  @GetMapping(value = "/dashboard/charts/{id}.svg", produces = "image/svg+xml")
  ResponseEntity<byte[]> svg(@PathVariable String id) {
    if (!CHARTS.contains(id)) {
      throw new NotFoundException("Chart");
    }
    return Downloads.attachment(
        chart(id).svg().getBytes(StandardCharsets.UTF_8),
        "image/svg+xml;charset=UTF-8",
        "homeward-" + id + ".svg");
  }

  private Chart chart(String id) {
    boolean rtl = "ar".equals(LocaleContextHolder.getLocale().getLanguage());
    String title = text("dash." + id);
    return switch (id) {
      case "pyramid" -> pyramid(title, rtl);
      case "over-time" -> overTime(title, rtl);
      case "overdue" -> barsOf(id, title, statistics.overdueCases(), rtl, "stage.");
      default -> {
        Dimension d =
            switch (id) {
              case "nationality" -> Dimension.NATIONALITY;
              case "facility" -> Dimension.FACILITY;
              default -> Dimension.CASE_STAGE;
            };
        yield barsOf(id, title, table(d.label()), rtl, d == Dimension.CASE_STAGE ? "stage." : null);
      }
    };
  }

  private StatisticsTable table(String by) {
    return statistics.compute(
        StatisticsQuery.parse(by, true, null, null, null, null, null, statistics.today()));
  }

  /** Categories by count, largest first, at most 15, from a one-dimensional table. */
  private Chart barsOf(String id, String title, StatisticsTable t, boolean rtl, String labelKeys) {
    List<StatisticsTable.Cell> cells = new ArrayList<>();
    for (StatisticsTable.Cell c : t.cells()) {
      if (!c.key().get(0).equals(AggregateTable.TOTAL)) {
        cells.add(c);
      }
    }
    cells.sort(
        (a, b) ->
            Long.compare(b.count() == null ? 0 : b.count(), a.count() == null ? 0 : a.count()));
    List<SvgCharts.Bar> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (StatisticsTable.Cell c : cells.subList(0, Math.min(15, cells.size()))) {
      String label =
          labelKeys == null ? c.key().get(0) : text(labelKeys + c.key().get(0), c.key().get(0));
      bars.add(new SvgCharts.Bar(label, c.count()));
      rows.add(List.of(label, show(c)));
    }
    t.cells().stream()
        .filter(c -> c.key().get(0).equals(AggregateTable.TOTAL))
        .findFirst()
        .ifPresent(c -> rows.add(List.of(text("dash.total"), show(c))));
    return new Chart(
        id,
        title,
        SvgCharts.bars(id, title, bars, rtl),
        List.of(text("dash.category"), text("dash.count")),
        rows);
  }

  private Chart pyramid(String title, boolean rtl) {
    StatisticsTable t = table("age-band,sex");
    Map<List<String>, StatisticsTable.Cell> cells = index(t);
    List<String> bands = t.categories().get(0);
    List<Long> female = new ArrayList<>();
    List<Long> male = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (String band : bands) {
      StatisticsTable.Cell f = cells.get(List.of(band, "FEMALE"));
      StatisticsTable.Cell m = cells.get(List.of(band, "MALE"));
      female.add(f == null ? Long.valueOf(0) : f.count());
      male.add(m == null ? Long.valueOf(0) : m.count());
      rows.add(List.of(band, f == null ? "0" : show(f), m == null ? "0" : show(m)));
    }
    String svg =
        SvgCharts.pyramid(
            "pyramid", title, bands, female, male, text("sex.FEMALE"), text("sex.MALE"), rtl);
    return new Chart(
        "pyramid",
        title,
        svg,
        List.of(text("person.ageBand"), text("sex.FEMALE"), text("sex.MALE")),
        rows);
  }

  private Chart overTime(String title, boolean rtl) {
    StatisticsTable t = table("repatriation-month,receiving-state");
    Map<List<String>, StatisticsTable.Cell> cells = index(t);
    List<String> months = t.categories().get(0);
    List<String> states = t.categories().get(1);
    long[][] values = new long[months.size()][states.size()];
    List<List<String>> rows = new ArrayList<>();
    for (int m = 0; m < months.size(); m++) {
      for (int s = 0; s < states.size(); s++) {
        StatisticsTable.Cell c = cells.get(List.of(months.get(m), states.get(s)));
        values[m][s] = c == null || c.count() == null ? 0 : c.count();
        if (c != null && (c.count() == null || c.count() > 0)) {
          rows.add(List.of(months.get(m), states.get(s), show(c)));
        }
      }
    }
    String svg = SvgCharts.stacked("over-time", title, months, states, values, rtl);
    return new Chart(
        "over-time",
        title,
        svg,
        List.of(text("dash.month"), text("op.receivingState"), text("dash.count")),
        rows);
  }

  private static Map<List<String>, StatisticsTable.Cell> index(StatisticsTable t) {
    Map<List<String>, StatisticsTable.Cell> cells = new HashMap<>();
    t.cells().forEach(c -> cells.put(c.key(), c));
    return cells;
  }

  private static String show(StatisticsTable.Cell c) {
    return c.suppressed() ? TableText.HIDDEN : String.valueOf(c.count());
  }

  private String text(String key) {
    return text(key, key);
  }

  private String text(String key, String fallback) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, null, fallback, locale);
  }
}
