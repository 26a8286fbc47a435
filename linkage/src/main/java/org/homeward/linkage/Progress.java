package org.homeward.linkage;

/**
 * Receives progress of a long run: phases, and steps within a phase. Implementations must be
 * thread-safe ({@link #advance} is called from worker threads). Never receives personal data.
 */
public interface Progress {

  /** A new phase with {@code total} steps (0 when not counted). */
  void phase(String name, long total);

  /** {@code steps} more steps of the current phase are done. */
  void advance(long steps);

  /** The run is over. */
  void done();

  /** Ignores everything. */
  Progress NONE =
      new Progress() {
        @Override
        public void phase(String name, long total) {}

        @Override
        public void advance(long steps) {}

        @Override
        public void done() {}
      };
}
