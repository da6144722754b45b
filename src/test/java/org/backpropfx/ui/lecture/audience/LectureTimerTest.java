package org.backpropfx.ui.lecture.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The lecture timer against a clock the test moves by hand: no waiting. */
class LectureTimerTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void countsWhileRunningKeepsItsTimeWhilePausedAndResetsToZero() {
        AtomicLong clock = new AtomicLong(42 * SECOND);
        LectureTimer timer = new LectureTimer(clock::get);
        assertThat(timer.elapsed()).isEqualTo(Duration.ZERO);
        assertThat(timer.isRunning()).isFalse();

        timer.start();
        clock.addAndGet(65 * SECOND);
        assertThat(timer.elapsed()).isEqualTo(Duration.ofSeconds(65));
        timer.start(); // a second start changes nothing
        clock.addAndGet(SECOND / 2);
        assertThat(timer.elapsed()).isEqualTo(Duration.ofMillis(65_500));

        timer.pause();
        clock.addAndGet(600 * SECOND); // a break: not counted
        assertThat(timer.elapsed()).isEqualTo(Duration.ofMillis(65_500));
        assertThat(timer.isRunning()).isFalse();

        timer.toggle();
        clock.addAndGet(4 * SECOND);
        assertThat(timer.isRunning()).isTrue();
        assertThat(timer.elapsed()).isEqualTo(Duration.ofMillis(69_500));

        timer.reset();
        assertThat(timer.elapsed()).isEqualTo(Duration.ZERO);
        clock.addAndGet(3 * SECOND);
        assertThat(timer.elapsed()).as("counting on after a reset").isEqualTo(Duration.ofSeconds(3));
        timer.pause();
        timer.reset();
        clock.addAndGet(3 * SECOND);
        assertThat(timer.elapsed()).as("a paused timer reset stays at zero").isEqualTo(Duration.ZERO);
    }

    @Test
    void showsMinutesAndSecondsAndHoursFromTheFirstHour() {
        assertThat(LectureTimer.format(Duration.ZERO)).isEqualTo("0:00");
        assertThat(LectureTimer.format(Duration.ofMillis(59_999))).isEqualTo("0:59");
        assertThat(LectureTimer.format(Duration.ofSeconds(4 * 60 + 7))).isEqualTo("4:07");
        assertThat(LectureTimer.format(Duration.ofSeconds(3600 + 4 * 60 + 7))).isEqualTo("1:04:07");
        assertThat(LectureTimer.format(Duration.ofSeconds(-5))).isEqualTo("0:00");
    }
}
