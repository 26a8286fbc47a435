package org.homeward.linkage.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.homeward.linkage.Progress;

/**
 * Progress on stderr: a redrawn bar when a person is watching a terminal, otherwise one line per
 * phase so that logs stay readable. Prints counts only, never record values.
 */
final class ConsoleProgress implements Progress {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream err;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private volatile long total;
  private volatile String phase = "";
  private volatile long lastDraw;

  ConsoleProgress(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void phase(String name, long total) {
    finishLine();
    this.phase = name;
    this.total = total;
    this.done.set(0);
    if (!terminal) {
      err.printf("%6.1fs %s%s%n", seconds(), name, total > 0 ? String.format(" (%,d)", total) : "");
    } else {
      draw();
    }
  }

  @Override
  public void advance(long steps) {
    done.addAndGet(steps);
    long now = System.nanoTime();
    if (terminal && now - lastDraw > REDRAW_NANOS) {
      synchronized (this) {
        lastDraw = now;
        draw();
      }
    }
  }

  @Override
  public synchronized void done() {
    finishLine();
    err.printf("%6.1fs done%n", seconds());
  }

  private void draw() {
    long t = total;
    if (t > 0) {
      long d = Math.min(done.get(), t);
      int filled = (int) (WIDTH * d / t);
      err.printf(
          "\r%6.1fs %-26s [%s%s] %3d%%",
          seconds(), phase, "#".repeat(filled), " ".repeat(WIDTH - filled), 100 * d / t);
    } else {
      err.printf("\r%6.1fs %-26s", seconds(), phase);
    }
    err.flush();
  }

  private void finishLine() {
    if (terminal && !phase.isEmpty()) {
      draw();
      err.println();
    }
  }

  private double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
