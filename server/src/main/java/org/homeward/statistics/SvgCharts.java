package org.homeward.statistics;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn as SVG on the server from the same numbers as the table beside them: no script, so
 * they print, download and read the same in every browser. Right-to-left languages get mirrored
 * charts (bars grow from the right, labels on the right). A suppressed value draws no bar and shows
 * "x".
 */
final class SvgCharts {
  private static final int WIDTH = 560;
  private static final int ROW = 22;
  private static final int LABEL = 170;
  private static final String[] COLOURS = {
    "#1f5f8b", "#c2185b", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037", "#455a64"
  };

  private SvgCharts() {}

  /** One labelled value; null when suppressed. */
  record Bar(String label, Long value) {}

  static String bars(String id, String title, List<Bar> bars, boolean rtl) {
    long max =
        Math.max(
            1, bars.stream().mapToLong(b -> b.value() == null ? 0 : b.value()).max().orElse(1));
    int height = 30 + bars.size() * ROW + 10;
    StringBuilder svg = open(id, title, height, rtl);
    int plot = WIDTH - LABEL - 60;
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = 30 + i * ROW;
      int length = b.value() == null ? 0 : (int) Math.round(plot * (double) b.value() / max);
      label(svg, rtl ? WIDTH - 5 : 5, y + 15, b.label(), "start", rtl);
      int x = rtl ? WIDTH - LABEL - length : LABEL;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
              x,
              y + 3,
              length,
              ROW - 6,
              COLOURS[0]));
      String value = b.value() == null ? TableText.HIDDEN : String.valueOf(b.value());
      int vx = rtl ? x - 5 : x + length + 5;
      label(svg, vx, y + 15, value, "start", rtl);
    }
    return svg.append("</svg>").toString();
  }

  /** Age bands top (oldest) to bottom, one sex growing left and the other right of the middle. */
  static String pyramid(
      String id,
      String title,
      List<String> bands,
      List<Long> left,
      List<Long> right,
      String leftName,
      String rightName,
      boolean rtl) {
    long max = 1;
    for (int i = 0; i < bands.size(); i++) {
      max = Math.max(max, Math.max(nz(left.get(i)), nz(right.get(i))));
    }
    int height = 50 + bands.size() * ROW + 10;
    StringBuilder svg = open(id, title, height, rtl);
    int middle = WIDTH / 2;
    int half = middle - 70;
    label(svg, rtl ? WIDTH - 10 : 10, 42, rtl ? rightName : leftName, "start", rtl);
    label(svg, rtl ? 10 : WIDTH - 10, 42, rtl ? leftName : rightName, "end", rtl);
    for (int i = 0; i < bands.size(); i++) {
      int row = bands.size() - 1 - i; // oldest at the top
      int y = 50 + row * ROW;
      Long l = rtl ? right.get(i) : left.get(i);
      Long r = rtl ? left.get(i) : right.get(i);
      int lw = (int) Math.round(half * (double) nz(l) / max);
      int rw = (int) Math.round(half * (double) nz(r) / max);
      svg.append(rect(middle - 25 - lw, y + 3, lw, COLOURS[1]));
      svg.append(rect(middle + 25, y + 3, rw, COLOURS[0]));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>",
              middle,
              y + 15,
              xml(bands.get(i))));
      label(svg, middle - 30 - lw, y + 15, show(l), "end", false);
      label(svg, middle + 30 + rw, y + 15, show(r), "start", false);
    }
    return svg.append("</svg>").toString();
  }

  /** Months down the side, one coloured segment per receiving state, with a legend. */
  static String stacked(
      String id,
      String title,
      List<String> rows,
      List<String> series,
      long[][] values,
      boolean rtl) {
    long max = 1;
    for (long[] row : values) {
      long sum = 0;
      for (long v : row) {
        sum += Math.max(0, v);
      }
      max = Math.max(max, sum);
    }
    int height = 50 + rows.size() * ROW + 10;
    StringBuilder svg = open(id, title, height, rtl);
    for (int s = 0; s < series.size(); s++) {
      int lx = rtl ? WIDTH - 10 - s * 70 : 10 + s * 70;
      svg.append(
          rect(rtl ? lx - 12 : lx, 34, 12, COLOURS[s % COLOURS.length])
              .replace("height=\"16\"", "height=\"10\""));
      label(svg, rtl ? lx - 16 : lx + 16, 43, series.get(s), "start", rtl);
    }
    int plot = WIDTH - LABEL - 20;
    for (int r = 0; r < rows.size(); r++) {
      int y = 50 + r * ROW;
      label(svg, rtl ? WIDTH - 5 : 5, y + 15, rows.get(r), "start", rtl);
      int offset = 0;
      for (int s = 0; s < series.size(); s++) {
        long v = values[r][s];
        int w = (int) Math.round(plot * (double) Math.max(0, v) / max);
        int x = rtl ? WIDTH - LABEL - offset - w : LABEL + offset;
        svg.append(rect(x, y + 3, w, COLOURS[s % COLOURS.length]));
        offset += w;
      }
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String title, int height, boolean rtl) {
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" role=\"img\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, sans-serif\""
                + " direction=\"%s\"><title>%s</title>",
            xml(id),
            WIDTH,
            height,
            WIDTH,
            height,
            rtl ? "rtl" : "ltr",
            xml(title)));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    label(svg, rtl ? WIDTH - 5 : 5, 18, title, "start", rtl);
    return svg;
  }

  private static String rect(int x, int y, int w, String colour) {
    return String.format(
        Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"/>",
        x,
        y,
        Math.max(0, w),
        colour);
  }

  /** Text; in a right-to-left chart "start" is the right edge, as the reader expects. */
  private static void label(
      StringBuilder svg, int x, int y, String text, String anchor, boolean rtl) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"12\"%s>%s</text>",
            x,
            y,
            anchor,
            rtl ? " direction=\"rtl\" unicode-bidi=\"embed\"" : "",
            xml(text)));
  }

  private static long nz(Long v) {
    return v == null ? 0 : v;
  }

  private static String show(Long v) {
    return v == null ? TableText.HIDDEN : String.valueOf(v);
  }

  static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
