package org.backpropfx.session;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;

/**
 * The state of the main window without the window: the lesson, a {@link Stepper} over it, what is shown
 * (notation, digits, selection) and continuous training.
 *
 * <p>Every method and every property belongs to the UI thread (the JavaFX application thread in the
 * app). Continuous training runs on a worker thread that owns the stepper while {@link #runningProperty()}
 * is true; the UI thread picks up its latest state once per frame. Any step action pauses first, so the
 * stepper is never driven by two threads.
 */
public final class LessonSession {
    public static final int MIN_DIGITS = 2;
    public static final int MAX_DIGITS = 8;
    public static final int DEFAULT_DIGITS = 4;
    public static final double MIN_SPEED = 1.0;
    /** The speed value meaning "as fast as the machine trains". */
    public static final double FULL_SPEED = Double.POSITIVE_INFINITY;
    public static final double DEFAULT_SPEED = 2.0;
    /**
     * Epochs that cost up to this much work (samples × {@link Stepper#workPerSample()}, about a nanosecond or two
     * each) are trained at once on the UI thread: a few milliseconds, well under a frame. Longer ones run on the
     * training thread. A count of samples would not do: one sample of an 8 × 64 network is 600 of XOR.
     */
    static final long WORK_RUN_IN_PLACE = 2_000_000L;

    private final UiThread ui;

    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final PanelTurns panelTurns = new PanelTurns(this);
    private final ReadOnlyObjectWrapper<Notation> notation = new ReadOnlyObjectWrapper<>(this, "notation");
    private final ReadOnlyIntegerWrapper digits = new ReadOnlyIntegerWrapper(this, "digits", DEFAULT_DIGITS);
    private final ObjectProperty<NetworkElement> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObjectProperty<Set<NetworkElement>> highlights =
            new SimpleObjectProperty<>(this, "highlights", Set.of());
    private final ObjectProperty<NetworkElement> hovered = new SimpleObjectProperty<>(this, "hovered");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", DEFAULT_SPEED);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper trainingProblems =
            new ReadOnlyIntegerWrapper(this, "trainingProblems");
    private final ReadOnlyLongWrapper epoch = new ReadOnlyLongWrapper(this, "epoch");
    private final ReadOnlyDoubleWrapper epochLoss = new ReadOnlyDoubleWrapper(this, "epochLoss", Double.NaN);
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");

    private Stepper stepper;
    private final EditHistory history = new EditHistory();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final LossLog losses;
    private final ClassCounts classes;
    /** The speed as the worker reads it: a plain copy, since properties belong to the UI thread. */
    private volatile double workerSpeed = DEFAULT_SPEED;
    private final AtomicReference<Progress> latest = new AtomicReference<>();
    private TrainingWorker worker;
    private UiThread.FrameCallback pickup;
    private BooleanSupplier forwardGuard = () -> true;
    /** Where a far {@link #goTo} trains to on the training thread; null when none is under way. */
    private ScriptMoves movingTo;
    /** The newest {@link #goTo} asked for while another was under way: taken up when that one ends. */
    private ScriptMoves queuedMove;
    private final ReadOnlyBooleanWrapper moving = new ReadOnlyBooleanWrapper(this, "moving");

    /** A session on the JavaFX application thread; create it there. */
    public LessonSession(Lesson lesson) {
        this(lesson, FxUiThread.INSTANCE);
    }

    /** A session whose properties belong to {@code ui}; create it on that thread. */
    public LessonSession(Lesson lesson, UiThread ui) {
        this.ui = Objects.requireNonNull(ui, "ui");
        losses = new LossLog(ui);
        classes = new ClassCounts(ui);
        speed.addListener((obs, old, value) -> {
            double clamped = clampSpeed(value.doubleValue());
            if (clamped != value.doubleValue()) speed.set(clamped);
            else workerSpeed = clamped;
        });
        load(lesson);
    }

    // --- properties ------------------------------------------------------------------------------

    /** The lesson being worked through; changes only by {@link #load(Lesson)}. */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() { return lesson.getReadOnlyProperty(); }

    public Lesson getLesson() { return lesson.get(); }

    /**
     * What is known at the current step (never null): the phase, the sample, every value computed so far.
     * While training runs it is replaced at most once per frame with the latest state.
     */
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }

    public Snapshot getSnapshot() { return snapshot.get(); }

    /**
     * The snapshot as the side panel of that role follows it: the same as {@link #snapshotProperty()},
     * except while training runs too fast to watch phase by phase, when the roles take turns (see
     * {@link PanelRole}). The network view, the phase caption and the loss curve keep following every frame.
     */
    public ReadOnlyObjectProperty<Snapshot> panelSnapshotProperty(PanelRole role) {
        return panelTurns.snapshotProperty(Objects.requireNonNull(role, "role"));
    }

    /** How symbols are written (MIT or gradient); only symbols change with it, never numbers. */
    public ReadOnlyObjectProperty<Notation> notationProperty() { return notation.getReadOnlyProperty(); }

    public Notation getNotation() { return notation.get(); }

    /** Significant digits numbers are shown with, {@value #MIN_DIGITS} to {@value #MAX_DIGITS}. */
    public ReadOnlyIntegerProperty digitsProperty() { return digits.getReadOnlyProperty(); }

    public int getDigits() { return digits.get(); }

    /** The neuron, weight or bias the user picked (null: none); the views set it. */
    public ObjectProperty<NetworkElement> selectionProperty() { return selection; }

    /** The neuron, weight or bias under the mouse (null: none); the views set it. */
    public ObjectProperty<NetworkElement> hoveredProperty() { return hovered; }

    /** Whether continuous training is under way (see {@link #playPause()}). */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public boolean isRunning() { return running.get(); }

    /**
     * Continuous training speed in phases per second, from {@value #MIN_SPEED} to {@link #FULL_SPEED};
     * may be changed while training runs.
     */
    public DoubleProperty speedProperty() { return speed; }

    /** A message for the user ("" if none), e.g. why training stopped. Cleared by the next action. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public String getStatus() { return status.get(); }

    /**
     * Counts the times training stopped on a problem (it diverged, or failed); each time the status says
     * what happened. A count, not a flag, so that the same problem twice is told twice.
     */
    public ReadOnlyIntegerProperty trainingProblemsProperty() {
        return trainingProblems.getReadOnlyProperty();
    }

    /** Shows a message from the window in the status line, until the next action clears it. */
    public void showMessage(String message) { status.set(message == null ? "" : message); }

    /** Completed epochs before the current sample. */
    public ReadOnlyLongProperty epochProperty() { return epoch.getReadOnlyProperty(); }

    /**
     * The mean per-sample error of the last epoch completed before the current sample, in engine terms (E);
     * NaN before the first.
     */
    public ReadOnlyDoubleProperty epochLossProperty() { return epochLoss.getReadOnlyProperty(); }

    /**
     * Whether a {@link #goTo} far ahead is training its way there on the training thread: steps wait (they are
     * refused with a message), another goTo is queued, and the window shows that it is busy.
     */
    public ReadOnlyBooleanProperty movingProperty() { return moving.getReadOnlyProperty(); }

    /** Whether {@link #stepBack()} can go anywhere. */
    public ReadOnlyBooleanProperty canStepBackProperty() { return canStepBack.getReadOnlyProperty(); }

    /** The losses of the run so far, for the loss curves; cleared by {@link #load} and {@link #reset}. */
    public LossLog losses() { return losses; }

    /** Accuracy and the confusion matrices of a classification lesson at the step shown, counted off this thread. */
    public ClassCounts classes() { return classes; }

    /** The elements a lecture script's stop points at (empty for none), ringed like the selection. */
    public ObjectProperty<Set<NetworkElement>> highlightsProperty() { return highlights; }

    /** The element the formulas are about: the hovered one if any, else the selected one (may be null). */
    public NetworkElement focusedElement() {
        return hovered.get() != null ? hovered.get() : selection.get();
    }

    // --- actions ---------------------------------------------------------------------------------

    /** Makes {@code newLesson} current, at its start; notation from the lesson, selection cleared. */
    public void load(Lesson newLesson) {
        load(newLesson, null);
    }

    /**
     * Opens {@code newLesson}, read from {@code source} (null: not from a file), at its start; the edit
     * history starts afresh and nothing counts as unsaved.
     */
    public void load(Lesson newLesson, Path source) {
        Objects.requireNonNull(newLesson, "lesson");
        pause();
        history.clear();
        file.set(source);
        Stepper fresh = new Stepper(newLesson.newTrainer());
        stepper = fresh;
        losses.reset(newLesson, fresh);
        selection.set(null);
        hovered.set(null);
        lesson.set(newLesson);
        notation.set(newLesson.notation());
        status.set("");
        show();
    }

    /**
     * Back to the lesson's start: its weights, first sample, epoch 0. Selection and notation stay. When
     * there are edits it can be undone, since it drops the weights typed since.
     */
    public void reset() {
        if (refusedWhileMoving()) return;
        pause();
        if (history.canUndo()) {
            apply(Edits.resetToStart());
            return;
        }
        stepper = new Stepper(lesson.get().newTrainer());
        losses.reset(lesson.get(), stepper);
        status.set("");
        show();
    }

    public void stepForward() {
        if (refusedWhileMoving()) return;
        pause();
        if (!forwardGuard.getAsBoolean()) return;
        act(this::stepForwardRecorded);
    }

    /** A step forward the {@link #setForwardGuard guard} is not asked about: the quiz revealing its answer. */
    public void stepForwardUnguarded() {
        if (refusedWhileMoving()) return;
        pause();
        act(this::stepForwardRecorded);
    }

    /**
     * Asked before each single step forward (after pausing); returning false holds the step, e.g. while a
     * quiz asks for the value the step would reveal. Null restores the default, which lets every step through.
     */
    public void setForwardGuard(BooleanSupplier guard) {
        forwardGuard = guard == null ? () -> true : guard;
    }

    /** What the next single step forward would show, without taking it; null while training runs. */
    public Snapshot peekNext() {
        return running.get() ? null : stepper.peekNext();
    }

    public void stepBack() {
        if (refusedWhileMoving()) return;
        pause();
        status.set(stepper.stepBack() ? "" : Texts.get("status.nothingEarlier"));
        show();
    }

    /** To the last phase of the current sample (of the next one if already there). */
    public void finishSample() {
        if (refusedWhileMoving()) return;
        pause();
        act(() -> {
            stepper.finishSample();
            losses.stepped(stepper);
        });
    }

    /**
     * Trains to the end of the current epoch. A long epoch runs on the training thread, shown live like
     * {@link #play()}, so the window does not freeze.
     */
    public void runEpoch() {
        if (refusedWhileMoving()) return;
        pause();
        Snapshot at = stepper.snapshot();
        int remaining = at.sampleCount() - 1 - at.sample();
        if (remaining == 0) remaining = at.sampleCount();
        if (remaining * stepper.workPerSample() <= WORK_RUN_IN_PLACE) {
            int samples = remaining;
            act(() -> stepper.runSamples(samples, losses));
        } else {
            start(TrainingWorker.forSamples(stepper, remaining, latest, losses, this::postWorkerEnded));
        }
    }

    /**
     * Goes to phase {@code phase} of sample {@code sample} (from 0) after {@code epoch} completed epochs, as
     * a lecture script's stop names it: back through the rewind history (or from the start) if it lies
     * behind, whole samples trained on the fast path up to its sample, then phase by phase. A phase the
     * sample does not have (an update where no batch ends) stops at the sample's last phase.
     */
    public void goTo(long epoch, int sample, Phase phase) {
        goTo(new ScriptMoves(epoch, sample, phase));
    }

    private void goTo(ScriptMoves target) {
        if (movingTo != null) {
            queuedMove = target;
            return;
        }
        pause();
        while (target.isBehind(stepper.snapshot()) && stepper.stepBack()) {
            // stepping back, one phase (or one trained run) at a time
        }
        if (target.isBehind(stepper.snapshot())) {
            if (history.canUndo()) {
                apply(Edits.resetToStart());
            } else {
                install(lesson.get(), new Stepper(lesson.get().newTrainer()));
            }
        }
        long fastSamples = target.samplesToTrain(stepper.snapshot());
        if (fastSamples * stepper.workPerSample() > WORK_RUN_IN_PLACE) {
            // Many epochs ahead: trained on the training thread, shown live; the last phases follow in place.
            movingTo = target;
            moving.set(true);
            start(TrainingWorker.forSamples(stepper, fastSamples, latest, losses, this::postWorkerEnded));
            status.set(Texts.get("status.moving"));
            return;
        }
        act(() -> target.moveForward(stepper, losses));
    }

    /** True, with a message, while a far goTo trains its way there: a step now would stop it half way. */
    private boolean refusedWhileMoving() {
        if (movingTo == null) return false;
        status.set(Texts.get("status.movingWait"));
        return true;
    }

    /** A far goTo's training ended: on to its phase, or to the goTo asked for meanwhile. */
    private void endMove(TrainingWorker ended) {
        ScriptMoves target = movingTo;
        movingTo = null;
        ScriptMoves queued = queuedMove;
        queuedMove = null;
        moving.set(false);
        if (ended.failure() != null || !ended.reachedLimit()) return;
        if (queued != null) goTo(queued);
        else act(() -> target.moveForward(stepper, losses));
    }

    /** Makes sample {@code index} (0-based) the next one to step through; the sample in progress is dropped. */
    public void selectSample(int index) {
        if (refusedWhileMoving()) return;
        pause();
        act(() -> stepper.selectSample(index));
    }

    public void setNotation(Notation value) { notation.set(Objects.requireNonNull(value, "notation")); }

    /** Sets the digits, clamped to {@value #MIN_DIGITS}..{@value #MAX_DIGITS}. */
    public void setDigits(int value) { digits.set(Math.max(MIN_DIGITS, Math.min(MAX_DIGITS, value))); }

    /** Starts continuous training, or pauses it. */
    public void playPause() {
        if (refusedWhileMoving()) return;
        if (running.get()) pause();
        else play();
    }

    /** Starts continuous training at {@link #speedProperty()}; nothing if already running. */
    public void play() {
        if (refusedWhileMoving()) return;
        if (running.get()) return;
        Snapshot now = stepper.snapshot();
        if (now.divergence() != null && now.isLastPhase()) {
            // nothing can be trained from here: say why instead of starting and stopping at once
            status.set(divergedMessage(now.divergence()));
            return;
        }
        start(new TrainingWorker(stepper, () -> workerSpeed, latest, losses, this::postWorkerEnded));
    }

    /**
     * Stops continuous training; returns once the worker has finished its current chunk (a few
     * milliseconds), leaving the stepper at a phase boundary from which single steps continue.
     */
    public void pause() {
        if (worker == null) return;
        TrainingWorker stopping = worker;
        stopping.stopAndJoin();
        endRun(stopping);
    }

    // --- internals -------------------------------------------------------------------------------

    private void start(TrainingWorker started) {
        status.set("");
        latest.set(null);
        worker = started;
        running.set(true);
        pickup = ui.everyFrame(this::pickUpLatest);
        started.start();
    }

    /** Called on the training thread as it ends. */
    private void postWorkerEnded(TrainingWorker ended) {
        ui.post(() -> workerEnded(ended));
    }

    private void stepForwardRecorded() {
        stepper.stepForward();
        losses.stepped(stepper);
    }

    private void act(Runnable action) {
        try {
            action.run();
            status.set("");
        } catch (TrainingDivergedException e) {
            status.set(divergedMessage(e));
            trainingProblems.set(trainingProblems.get() + 1);
        }
        show();
    }

    private void pickUpLatest() {
        Progress progress = latest.getAndSet(null);
        if (progress != null) show(progress);
    }

    /** Posted by a worker that stopped by itself (divergence, end of epoch); a worker already paused is ignored. */
    private void workerEnded(TrainingWorker ended) {
        if (worker != ended) return;
        ended.stopAndJoin();
        endRun(ended);
    }

    private void endRun(TrainingWorker ended) {
        worker = null;
        if (pickup != null) pickup.stop();
        pickup = null;
        latest.set(null);
        running.set(false);
        RuntimeException failure = ended.failure();
        if (failure instanceof TrainingDivergedException diverged) {
            status.set(divergedMessage(diverged));
        } else if (failure != null) {
            status.set(Texts.get("status.stopped", failure));
        }
        if (failure != null) trainingProblems.set(trainingProblems.get() + 1);
        show();
        if (movingTo != null) endMove(ended);
    }

    // --- edits, undo and redo ------------------------------------------------------------------

    /** The edits that can be undone and redone, and whether any are unsaved. */
    public EditHistory history() { return history; }

    /** The file the lesson was opened from or last saved to; null if none. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    public Path getFile() { return file.get(); }

    /**
     * Pauses training and makes the edit, keeping what was there for {@link #undo()}. If the edit fails
     * everything stays as it was and the status says why.
     *
     * @return whether the edit was made
     */
    public boolean apply(Edit edit) {
        Objects.requireNonNull(edit, "edit");
        pause();
        SessionState before = SessionState.capture(lesson.get(), stepper, history.newestAfter());
        losses.beforeEdit(stepper);
        try {
            edit.applyTo(new SessionEditTarget(this));
        } catch (RuntimeException e) {
            restore(before);
            status.set(EditProblems.describe(edit, e));
            return false;
        }
        history.record(edit, before, SessionState.capture(lesson.get(), stepper));
        losses.afterEdit(stepper);
        status.set("");
        dropSelectionOutsideNetwork();
        show();
        return true;
    }

    /** Takes back the newest edit: lesson, weights, settings, sample and phase as they were before it. */
    public boolean undo() {
        pause();
        EditHistory.Entry entry = history.undo();
        if (entry == null) {
            status.set(Texts.get("status.nothingToUndo"));
            return false;
        }
        restore(entry.before());
        status.set(Texts.get("status.undone", entry.label()));
        return true;
    }

    /** Makes the newest undone edit again. */
    public boolean redo() {
        pause();
        EditHistory.Entry entry = history.redo();
        if (entry == null) {
            status.set(Texts.get("status.nothingToRedo"));
            return false;
        }
        restore(entry.after());
        status.set(Texts.get("status.redone", entry.label()));
        return true;
    }

    /**
     * The lesson as a file should hold it now: the weights before the current sample (training from them
     * goes on exactly as here), the settings in force and the notation shown.
     */
    public Lesson currentLesson() {
        pause();
        SessionState now = SessionState.capture(lesson.get(), stepper);
        return now.lesson().withNetwork(now.network()).withSettings(now.settings()).withNotation(notation.get());
    }

    /** The lesson has just been written to {@code savedTo}: nothing is unsaved any more. */
    public void markSaved(Path savedTo) {
        markSaved(savedTo, history.mark());
    }

    /** The lesson as it was at {@code asOf} has been written to {@code savedTo}; later edits stay unsaved. */
    public void markSaved(Path savedTo, EditHistory.Mark asOf) {
        file.set(Objects.requireNonNull(savedTo, "savedTo"));
        history.markSaved(asOf);
    }

    Stepper stepper() { return stepper; }

    /** Puts a lesson and a stepper in place; the caller shows the result. */
    void install(Lesson newLesson, Stepper newStepper) {
        // A new stepper is a new run (new weights, a restart, an undo): its losses start afresh.
        if (newStepper != stepper) losses.reset(newLesson, newStepper);
        stepper = newStepper;
        lesson.set(newLesson);
    }

    private void restore(SessionState state) {
        install(state.lesson(), state.newStepper());
        dropSelectionOutsideNetwork();
        show();
    }

    private void dropSelectionOutsideNetwork() {
        Snapshot s = stepper.snapshot();
        if (!EditProblems.fits(selection.get(), s)) selection.set(null);
        if (!EditProblems.fits(hovered.get(), s)) hovered.set(null);
    }

    private void show() {
        Snapshot now = stepper.snapshot();
        // A sample that diverges is shown up to where it does; the status says why it goes no further.
        if (now.divergence() != null && status.get().isEmpty()) status.set(divergedMessage(now.divergence()));
        show(new Progress(now, stepper.stateBeforeCurrentSample().lastEpochLoss(), stepper.canStepBack()));
    }

    private void show(Progress progress) {
        snapshot.set(progress.snapshot());
        boolean fast = worker != null && workerSpeed > TrainingWorker.PHASE_BY_PHASE_LIMIT;
        panelTurns.show(progress.snapshot(), fast);
        epoch.set(progress.snapshot().epoch());
        epochLoss.set(progress.epochLoss());
        canStepBack.set(progress.canStepBack());
        classes.show(progress.snapshot(), lesson.get());
    }

    /** The engine's reason in the window's language: what stopped being finite, and where. */
    static String divergedMessage(TrainingDivergedException e) {
        String what;
        if (e.reason() == TrainingDivergedException.Cause.WEIGHT) {
            what = Texts.get("diverged.weight", Texts.decimal(Network.MAX_MAGNITUDE_TEXT));
        } else {
            String quantity = Texts.get("diverged.cause." + e.reason().name());
            if (e.layer() > 0) quantity = Texts.get("diverged.inLayer", quantity, e.layer());
            what = Texts.get(e.notANumber() ? "diverged.nan" : "diverged.infinite", quantity);
        }
        return Texts.get("status.paused", Texts.get("diverged.where", what, e.sample() + 1, e.epoch() + 1));
    }

    private static double clampSpeed(double value) {
        if (Double.isNaN(value) || value < MIN_SPEED) return MIN_SPEED;
        return value;
    }
}
