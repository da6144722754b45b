package org.backpropfx.ui.lecture.audience;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How long the lecture has been going: started when the audience window opens, paused and resumed by the
 * lecturer (a break, questions), reset to zero. The clock is handed in, so that the arithmetic is tested
 * without waiting.
 */
public final class LectureTimer {
    private final LongSupplier nanoClock;
    /** Time counted before the current run, in nanoseconds. */
    private long banked;
    /** When the current run started (clock value); meaningful only while running. */
    private long runningSince;
    private boolean running;

    /** @param nanoClock a monotonic clock in nanoseconds, such as {@code System::nanoTime} */
    public LectureTimer(LongSupplier nanoClock) {
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** Starts counting from where it stands; nothing if already counting. */
    public void start() {
        if (running) return;
        runningSince = nanoClock.getAsLong();
        running = true;
    }

    /** Stops counting; the time so far is kept. */
    public void pause() {
        if (!running) return;
        banked += nanoClock.getAsLong() - runningSince;
        running = false;
    }

    /** Pauses a running timer, resumes a paused one. */
    public void toggle() {
        if (running) pause();
        else start();
    }

    /** Back to zero, counting on if it was counting. */
    public void reset() {
        banked = 0;
        runningSince = nanoClock.getAsLong();
    }

    public boolean isRunning() { return running; }

    /** The time counted so far. */
    public Duration elapsed() {
        long nanos = banked + (running ? nanoClock.getAsLong() - runningSince : 0);
        return Duration.ofNanos(Math.max(0, nanos));
    }

    /** "4:07" under an hour, "1:04:07" from an hour: whole seconds, as a wall clock shows them. */
    public static String format(Duration elapsed) {
        long seconds = Math.max(0, elapsed.getSeconds());
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
