package dev.anneal.jobs.report;

import java.util.List;
import java.util.Locale;

/** Inline SVG charts for the run page: horizontal bars and histograms, no script, no fonts to fetch. */
public final class Svg {

  /**
   * One bar.
   *
   * @param label    the category
   * @param value    its length
   * @param text     what is written after the bar (e.g. "12.3 s")
   * @param cssClass a class for its colour ({@code bar}, {@code skip}, {@code bad})
   */
  public record Bar(String label, double value, String text, String cssClass) {
  }

  private Svg() {
  }

  /** Horizontal bars, one per row, scaled to the largest value. */
  public static String hbars(List<Bar> bars) {
    int labelWidth = 8 + 7 * bars.stream().mapToInt(b -> b.label().length()).max().orElse(4);
    int barWidth = 420;
    int row = 22;
    int height = row * bars.size() + 6;
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg class=\"chart\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" role=\"img\">", labelWidth + barWidth + 110, height,
        labelWidth + barWidth + 110, height));
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double w = max > 0 ? Math.max(b.value() > 0 ? 1 : 0, barWidth * b.value() / max) : 0;
      int y = 3 + i * row;
      s.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelWidth - 6, y + 15,
          Html.escape(b.label())));
      s.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" "
          + "height=\"%d\"><title>%s: %s</title></rect>", b.cssClass(), labelWidth, y, w,
          row - 6, Html.escape(b.label()), Html.escape(b.text())));
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>",
          labelWidth + w + 6, y + 15, Html.escape(b.text())));
    }
    return s.append("</svg>").toString();
  }

  /** A histogram: vertical bars over its bins, with the bin labels below. */
  public static String histogram(Histogram h) {
    int n = h.counts().size();
    int col = Math.max(28, Math.min(64, 560 / Math.max(1, n)));
    int plot = 150;
    int width = 50 + col * n + 10;
    int height = plot + 60;
    long max = h.counts().stream().mapToLong(Long::longValue).max().orElse(0);
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg class=\"chart\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" role=\"img\">", width, height, width, height));
    s.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"45\" y1=\"%d\" x2=\"%d\" "
        + "y2=\"%d\"/>", plot + 10, width - 5, plot + 10));
    s.append(String.format(Locale.ROOT, "<text x=\"40\" y=\"18\" text-anchor=\"end\">%d</text>",
        max));
    for (int i = 0; i < n; i++) {
      long c = h.counts().get(i);
      double bh = max > 0 ? Math.max(c > 0 ? 1 : 0, plot * (double) c / max) : 0;
      int x = 50 + i * col;
      s.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%.1f\" width=\"%d\" "
          + "height=\"%.1f\"><title>%s: %d</title></rect>", x, plot + 10 - bh, col - 4, bh,
          Html.escape(h.labels().get(i)), c));
      s.append(String.format(Locale.ROOT, "<text class=\"small\" x=\"%d\" y=\"%d\" "
          + "transform=\"rotate(35 %d %d)\">%s</text>", x + 2, plot + 24, x + 2, plot + 24,
          Html.escape(h.labels().get(i))));
    }
    return s.append("</svg>").toString();
  }
}
