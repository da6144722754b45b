package org.backpropfx.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpropfx.export.ShownValues;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.MathText;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;

/** The SVG and TikZ exports write what the window's network view writes, value for value. */
class ExportedValuesMatchTheViewTest {
    @Test
    void everyLabelOfEveryPhaseIsTheViewsLabel() {
        for (String name : new String[] {"xor", "single-weight", "article-003"}) {
            Lesson lesson = LessonFiles.loadShipped(name);
            for (Notation n : Notation.values()) {
                Stepper stepper = new Stepper(lesson.newTrainer());
                for (int step = 0; step < 14; step++) {
                    Snapshot s = stepper.snapshot();
                    NetworkLabels view = new NetworkLabels(s, n, 4);
                    ShownValues export = new ShownValues(s, n, 4);
                    String where = name + " " + n + " " + s.describePhase();
                    assertThat(export.caption()).as(where).isEqualTo(view.caption());
                    assertThat(export.loss().toPlainText()).as(where).isEqualTo(view.loss());
                    for (int l = 0; l <= s.layerCount(); l++) {
                        for (int j = 0; j < s.size(l); j++) {
                            assertThat(export.neuron(l, j).toPlainText()).as(where).isEqualTo(view.neuron(l, j));
                            assertThat(export.annotations(l, j).stream().map(MathText::toPlainText).toList()).as(where)
                                    .isEqualTo(view.annotations(l, j));
                            if (l == 0) continue;
                            for (int i = 0; i < s.size(l - 1); i++) {
                                assertThat(export.weight(l, j, i).toPlainText()).as(where).isEqualTo(view.weight(l, j, i));
                            }
                            if (view.biasAsNode()) assertThat(export.biasEdge(l, j).toPlainText()).isEqualTo(view.biasEdge(l, j));
                        }
                    }
                    stepper.stepForward();
                }
            }
        }
    }
}
