package org.backpropfx.stepper;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainerState;
import org.backpropfx.engine.TrainingSettings;

/**
 * The samples the cursor can step back into, oldest first, without a whole copy of the network for each.
 *
 * <p>Training is deterministic: from a saved state, with the same settings and configuration, the same
 * samples give the same bits. So only some entries keep their start state (a checkpoint); the others are
 * trained again from the nearest checkpoint before them when the cursor steps back into them. A checkpoint
 * is kept wherever that retraining would cost more than {@link #RECOMPUTE_BUDGET} (samples × work per
 * sample), and wherever the state cannot be reached by training (after an edit or a jump to another
 * sample). When the checkpoints together pass {@link #MAX_STATE_BYTES}, the one whose removal leaves the
 * smallest stretch to retrain goes, so that they thin out evenly instead of growing with the network.
 *
 * <p>Stepping back through a stretch retrains it once: the states passed on the way become checkpoints
 * again (thinned out if they are too many), so the steps after it cost little.
 *
 * <p>The checkpoints are the history's own: a pushed entry's state is copied (the stepper hands the
 * original out, and undo may keep it), and a popped entry's state leaves the history for good. So the
 * arrays of a checkpoint thinned out or dropped with its entry can be reused for the next copy. Live
 * training pushes one large state per frame; without that reuse each would be promoted to the old
 * generation and die there, and the serial collector's full collections would pause the window.
 */
final class RewindHistory {
    /** Retraining from a checkpoint costs at most this much work, memory allowing: a few milliseconds. */
    static final long RECOMPUTE_BUDGET = 4_000_000L;
    /** Memory the checkpoints may hold together. */
    static final long MAX_STATE_BYTES = 32L * 1024 * 1024;
    /** Memory of one entry without its state: object headers, fields and the list slot. */
    static final long ENTRY_BYTES = 64;

    /** One sample the cursor went through: what is needed to record it again. */
    static final class Entry {
        final TrainingSettings settings;
        final int phases;
        final NetworkConfig config;
        /** Whether its start is its predecessor's start trained on by the predecessor's {@link #samples}. */
        final boolean reachable;
        /** Samples trained from its start to the start of the sample after it. */
        final long samples;
        /** {@link #samples} times the work of one sample. */
        final long work;
        private TrainerState state;
        private long stateBytes;

        Entry(TrainerState state, TrainingSettings settings, int phases, NetworkConfig config, boolean reachable,
              long samples, long workPerSample) {
            this.state = state;
            this.settings = settings;
            this.phases = phases;
            this.config = config;
            this.reachable = reachable;
            this.samples = samples;
            this.work = samples * workPerSample;
        }

        /** The state before its sample; only for entries handed out by {@link #pop}, which fills it in. */
        TrainerState state() { return state; }
    }

    private final int minSteps;
    private final long recomputeBudget;
    private final long maxStateBytes;
    private final List<Entry> entries = new ArrayList<>();
    /** Checkpoints dropped from the history, whose arrays the next copies reuse; only the history saw them. */
    private final ArrayDeque<TrainerState> spares = new ArrayDeque<>();
    /** Spares kept at most: live training drops about one checkpoint per push. */
    static final int MAX_SPARES = 4;
    private int steps;
    private long stateBytes;

    /**
     * @param minSteps steps back to keep at least; older entries go once the newer ones hold that many
     * @param recomputeBudget work above which an entry keeps its state ({@link #RECOMPUTE_BUDGET} in the app)
     * @param maxStateBytes memory the states may hold together ({@link #MAX_STATE_BYTES} in the app)
     */
    RewindHistory(int minSteps, long recomputeBudget, long maxStateBytes) {
        this.minSteps = minSteps;
        this.recomputeBudget = recomputeBudget;
        this.maxStateBytes = maxStateBytes;
    }

    boolean isEmpty() { return entries.isEmpty(); }

    /** Phases of all entries together: the steps back they allow. */
    int steps() { return steps; }

    int size() { return entries.size(); }

    /** How many entries keep their state. */
    int checkpoints() {
        int n = 0;
        for (Entry e : entries) if (e.state != null) n++;
        return n;
    }

    /** Approximate heap bytes held: the checkpoints' states and every entry's own fields. */
    long approximateBytes() { return stateBytes + ENTRY_BYTES * entries.size(); }

    /**
     * Adds the newest entry and drops the oldest that are no longer needed for {@code minSteps} steps.
     * {@code trainer} may be used to retrain a stretch; it is left as it was, settings and network included.
     *
     * @param current the configuration the trainer's network has now
     */
    void push(Entry entry, Trainer trainer, NetworkConfig current) {
        Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        boolean keep = last == null || !entry.reachable || workToRetrain(entries.size() - 1) + last.work > recomputeBudget;
        TrainerState state = entry.state;
        entry.state = null;
        if (keep) keepState(entry, state.copyReusing(spares.pollFirst()));
        entries.add(entry);
        steps += entry.phases;

        TrainerState saved = null;
        TrainingSettings savedSettings = null;
        while (entries.size() > 1 && steps - entries.get(0).phases >= minSteps) {
            if (entries.get(1).state == null && entries.get(0).work <= recomputeBudget / 16) {
                // The next oldest becomes the first and must keep its state: train it, a small step.
                if (saved == null) {
                    saved = trainer.saveState();
                    savedSettings = trainer.settings();
                }
                retrain(1, trainer, current);
            }
            if (entries.get(1).state != null) {
                removeOldest(1);
                continue;
            }
            // Retraining the next one would cost a long run: drop the oldest stretch up to the next state at
            // once, when the newer entries still hold enough steps without it.
            int next = 2;
            int stretchSteps = entries.get(0).phases + entries.get(1).phases;
            while (next < entries.size() && entries.get(next).state == null) stretchSteps += entries.get(next++).phases;
            if (next == entries.size() || steps - stretchSteps < minSteps) break;
            removeOldest(next);
        }
        if (saved != null) {
            trainer.setSettings(savedSettings);
            trainer.restoreState(saved);
        }
        thin();
    }

    private void removeOldest(int count) {
        for (int k = 0; k < count; k++) {
            Entry oldest = entries.get(k);
            steps -= oldest.phases;
            stateBytes -= oldest.stateBytes;
            recycle(oldest.state);
        }
        entries.subList(0, count).clear();
    }

    /**
     * Takes the newest entry off, with its state filled in (retrained if it was not kept). The trainer is
     * left anywhere and with any settings: the caller restores what it needs; its network keeps {@code current}.
     */
    Entry pop(Trainer trainer, NetworkConfig current) {
        int newest = entries.size() - 1;
        retrain(newest, trainer, current);
        Entry entry = entries.remove(newest);
        steps -= entry.phases;
        stateBytes -= entry.stateBytes;
        thin();
        return entry;
    }

    /** Work to retrain entry {@code index}'s state from the nearest checkpoint at or before it. */
    private long workToRetrain(int index) {
        long work = 0;
        for (int k = index; k >= 0 && entries.get(k).state == null; k--) work += entries.get(k - 1).work;
        return work;
    }

    /** Fills in entry {@code target}'s state, and those passed on the way, by training from the nearest checkpoint. */
    private void retrain(int target, Trainer trainer, NetworkConfig current) {
        if (entries.get(target).state != null) return;
        int from = target - 1;
        while (entries.get(from).state == null) from--;
        Entry base = entries.get(from);
        // Between two checkpoints there are no edits: the whole stretch trained with the base's configuration.
        if (base.config != current) base.config.applyTo(trainer.network());
        trainer.restoreState(base.state);
        for (int k = from; k < target; k++) {
            Entry e = entries.get(k);
            trainer.setSettings(e.settings);
            for (long s = 0; s < e.samples; s++) trainer.trainSample();
            keepState(entries.get(k + 1), trainer.saveState());
        }
        if (base.config != current) current.applyTo(trainer.network());
    }

    /** Same-sized spares only: after a change of the network's shape the old ones would never fit again. */
    private void recycle(TrainerState state) {
        if (state == null) return;
        TrainerState any = spares.peekFirst();
        if (any != null && any.approximateBytes() != state.approximateBytes()) spares.clear();
        if (spares.size() < MAX_SPARES) spares.addFirst(state);
    }

    /** Whether {@code array} is one of the arrays of a checkpoint the history holds or may reuse (for tests). */
    boolean owns(double[] array) {
        for (Entry e : entries) if (e.state != null && holds(e.state, array)) return true;
        for (TrainerState s : spares) if (holds(s, array)) return true;
        return false;
    }

    private static boolean holds(TrainerState state, double[] array) {
        for (double[][] group : new double[][][] {state.weights(), state.biases(), state.velocityW(),
                state.velocityB(), state.sumW(), state.sumB()}) {
            if (group == null) continue;
            for (double[] a : group) if (a == array) return true;
        }
        return false;
    }

    private void keepState(Entry entry, TrainerState state) {
        entry.state = state;
        entry.stateBytes = state.approximateBytes();
        stateBytes += entry.stateBytes;
    }

    /** Drops checkpoints, those leaving the shortest stretch to retrain first, until they fit in memory. */
    private void thin() {
        while (stateBytes > maxStateBytes) {
            int n = entries.size();
            long[] before = new long[n + 1];
            for (int k = 0; k < n; k++) before[k + 1] = before[k] + entries.get(k).work;
            int best = -1;
            long bestStretch = Long.MAX_VALUE;
            int previous = 0;
            for (int k = 1; k < n; k++) {
                Entry e = entries.get(k);
                if (e.state == null) continue;
                int next = k + 1;
                while (next < n && entries.get(next).state == null) next++;
                long stretch = before[next] - before[previous];
                if (e.reachable && stretch < bestStretch) {
                    bestStretch = stretch;
                    best = k;
                }
                previous = k;
            }
            if (best < 0) return;
            Entry dropped = entries.get(best);
            stateBytes -= dropped.stateBytes;
            recycle(dropped.state);
            dropped.state = null;
            dropped.stateBytes = 0;
        }
    }
}
