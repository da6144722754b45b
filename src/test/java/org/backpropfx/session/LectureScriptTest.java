package org.backpropfx.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.lesson.ScriptStop;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lecture script recorded by stepping, saved, reopened and played: the same captions at the same phases. */
class LectureScriptTest {
    @TempDir Path dir;

    /** What a played stop shows: the position the session is at, the caption and the highlights. */
    record Shown(long epoch, int sample, Phase phase, String caption, Set<NetworkElement> highlights, boolean waits) {}

    private static Shown shown(LessonSession session, LectureScript script) {
        Snapshot s = session.getSnapshot();
        ScriptStop stop = script.stopProperty().get();
        return new Shown(s.epoch(), s.sample(), s.phase(), stop.caption(), session.highlightsProperty().get(),
                stop.waitForClass());
    }

    private static void steps(LessonSession session, int n) {
        for (int k = 0; k < n; k++) session.stepForward();
    }

    @Test
    void aRecordedScriptSavedAndReopenedPlaysTheSameCaptionsAtTheSamePhases() throws Exception {
        ManualUiThread ui = new ManualUiThread();
        LessonSession recorder = new LessonSession(TestLessons.xor(), ui);
        LectureScript recording = new LectureScript(recorder);

        // xor is 2-2-1, online: forward 1, forward 2, error, backward 2, backward 1, update per sample
        steps(recorder, 1);
        recorder.selectionProperty().set(new NetworkElement.Neuron(1, 0));
        assertThat(recording.addStop("α = Σ w·x − w0: the net input of the first hidden neuron", false)).isTrue();
        steps(recorder, 2);
        recorder.selectionProperty().set(null);
        assertThat(recording.addStop("What is the error P = −½(d − z)² here?", true)).isTrue();
        recorder.runEpoch();
        steps(recorder, 4);
        recorder.selectionProperty().set(new NetworkElement.Weight(2, 0, 1));
        assertThat(recording.addStop("γ = β(1−β)(d − z) at the output", false)).isTrue();
        // a stop is changed, and one added after it and deleted again
        assertThat(recording.editStop(1, "What is the performance P = −½(d − z)² here?", true)).isTrue();
        assertThat(recording.addStop("a stop typed by mistake", false)).isTrue();
        assertThat(recording.deleteStop(2)).isTrue();

        List<ScriptStop> stops = recorder.currentLesson().script();
        assertThat(stops).extracting(ScriptStop::caption).containsExactly(
                "α = Σ w·x − w0: the net input of the first hidden neuron",
                "What is the performance P = −½(d − z)² here?",
                "γ = β(1−β)(d − z) at the output");
        assertThat(stops.get(0).phase()).isEqualTo(new Phase(PhaseKind.FORWARD, 1));
        assertThat(stops.get(1).phase()).isEqualTo(new Phase(PhaseKind.ERROR, 0));
        assertThat(stops.get(2).epoch()).isEqualTo(1);
        assertThat(stops.get(2).sample()).isZero();
        assertThat(stops.get(2).phase()).isEqualTo(new Phase(PhaseKind.BACKWARD, 2));
        assertThat(recorder.history().isModified()).isTrue();

        // as recorded: the stops played straight after recording, in the recording session
        List<Shown> asRecorded = new ArrayList<>();
        assertThat(recording.play()).isTrue();
        do asRecorded.add(shown(recorder, recording)); while (recording.next());

        Path file = dir.resolve("scripted.json");
        LessonFiles.write(recorder.currentLesson(), file);
        Lesson reopened = LessonFiles.read(file);
        assertThat(reopened.script()).isEqualTo(stops);
        byte[] saved = Files.readAllBytes(file);
        LessonFiles.write(reopened, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(saved);

        LessonSession student = new LessonSession(reopened, ui);
        LectureScript played = new LectureScript(student);
        assertThat(played.play()).isTrue();
        List<Shown> asPlayed = new ArrayList<>();
        do asPlayed.add(shown(student, played)); while (played.next());
        assertThat(asPlayed).hasSize(3).isEqualTo(asRecorded);
        assertThat(asPlayed.get(0)).isEqualTo(new Shown(0, 0, new Phase(PhaseKind.FORWARD, 1),
                "α = Σ w·x − w0: the net input of the first hidden neuron", Set.of(new NetworkElement.Neuron(1, 0)), false));
        assertThat(asPlayed.get(1).waits()).isTrue();
        assertThat(asPlayed.get(2).phase()).isEqualTo(new Phase(PhaseKind.BACKWARD, 2));
        assertThat(asPlayed.get(2).epoch()).isEqualTo(1);

        // backwards to the first stop: the same phase and the same numbers as when first shown
        assertThat(played.previous()).isTrue();
        assertThat(played.previous()).isTrue();
        assertThat(played.previous()).isFalse();
        assertThat(shown(student, played)).isEqualTo(asPlayed.get(0));
        LessonSession fresh = new LessonSession(reopened, ui);
        fresh.stepForward();
        assertThat(student.getSnapshot().net(1, 0)).isEqualTo(fresh.getSnapshot().net(1, 0));
        played.stopPlaying();
        assertThat(student.highlightsProperty().get()).isEmpty();
    }

    @Test
    void aStopIsRefusedBeforeTheFirstPhaseAndWithoutACaption() {
        LessonSession session = new LessonSession(TestLessons.xor(), new ManualUiThread());
        LectureScript script = new LectureScript(session);
        assertThat(script.addStop("too early", false)).isFalse();
        assertThat(session.getStatus()).isNotEmpty();
        session.stepForward();
        assertThat(script.addStop("   ", false)).isFalse();
        assertThat(session.getLesson().script()).isEmpty();
        assertThat(script.play()).isFalse();
    }

    @Test
    void undoTakesBackAStop() {
        LessonSession session = new LessonSession(TestLessons.xor(), new ManualUiThread());
        LectureScript script = new LectureScript(session);
        session.stepForward();
        assertThat(script.addStop("first", false)).isTrue();
        assertThat(session.getLesson().script()).hasSize(1);
        assertThat(session.undo()).isTrue();
        assertThat(session.getLesson().script()).isEmpty();
        assertThat(script.stopProperty().get()).isNull();
    }

    @Test
    void theShippedLectureOnArticle003PlaysThroughStopByStop() {
        Lesson lesson = LessonFiles.loadShipped("article-003-lecture");
        assertThat(lesson.network().layerCount()).isEqualTo(3);
        assertThat(lesson.notation()).isEqualTo(Notation.MIT);
        LessonSession session = new LessonSession(lesson, new ManualUiThread());
        LectureScript script = new LectureScript(session);
        assertThat(script.play()).isTrue();
        int stops = 0;
        do {
            ScriptStop stop = script.stopProperty().get();
            Snapshot s = session.getSnapshot();
            assertThat(s.phase()).as(stop.caption()).isEqualTo(stop.phase());
            assertThat(s.sample()).isEqualTo(stop.sample());
            assertThat(s.epoch()).isEqualTo(stop.epoch());
            assertThat(session.highlightsProperty().get()).containsExactlyInAnyOrderElementsOf(stop.highlights());
            // the MIT notation's words, none of the gradient notation's
            assertThat(stop.caption()).doesNotContain("δ", "η", "σ");
            stops++;
        } while (script.next());
        assertThat(stops).isEqualTo(9);
        assertThat(script.stopProperty().get().sample()).isEqualTo(1);
        // the same numbers as the plain article-003 lesson stepped to the same place
        LessonSession plain = new LessonSession(LessonFiles.loadShipped("article-003"), new ManualUiThread());
        // sample 1: three forward, the error, three backward, the update; sample 2: three forward, the error
        for (int k = 0; k < 8 + 4; k++) plain.stepForward();
        assertThat(plain.getSnapshot().phase()).isEqualTo(new Phase(PhaseKind.ERROR, 0));
        assertThat(session.getSnapshot().loss()).isEqualTo(plain.getSnapshot().loss());
    }
}
