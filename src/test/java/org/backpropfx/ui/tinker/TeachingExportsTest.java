package org.backpropfx.ui.tinker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backpropfx.export.VectorExport;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.session.UiThread;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.worksheet.Worksheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeachingExportsTest {
    private static final UiThread SAME_THREAD = new UiThread() {
        @Override public void post(Runnable action) { action.run(); }

        @Override public FrameCallback everyFrame(Runnable action) { return () -> { }; }
    };

    @TempDir Path folder;
    private final LessonSession session = new LessonSession(TestLessons.xor(), SAME_THREAD);
    private final LessonFileCommandsTest.ScriptedDialogs dialogs = new LessonFileCommandsTest.ScriptedDialogs();
    private final TeachingExports exports = new TeachingExports(session, dialogs);

    @Test
    void theNetworkIsExportedAtTheStepOnScreenInTheNotationOnScreen() throws Exception {
        for (int k = 0; k < 4; k++) session.stepForward();
        Snapshot s = session.getSnapshot();
        dialogs.answers.add(folder.resolve("net"));
        assertThat(exports.exportNetwork(VectorExport.Format.SVG)).isTrue();
        assertThat(dialogs.asked).containsExactly("save as xor-test-backward-2.svg");
        String svg = Files.readString(folder.resolve("net.svg"));
        SignificantFormat f = new SignificantFormat(session.getDigits());
        assertThat(svg).contains(s.describePhase()).contains("γ = " + f.format(-s.delta(2, 0)));

        session.setNotation(Notation.GRADIENT);
        Path tex = folder.resolve("net.tex");
        assertThat(exports.writeNetwork(VectorExport.Format.TIKZ, tex)).isTrue();
        assertThat(Files.readString(tex)).contains("\\delta").contains(f.format(s.delta(2, 0)).replace("−", "-"));
    }

    @Test
    void theWholeSampleIsWorkedThroughWhicheverStepIsOnScreen() throws Exception {
        for (int k = 0; k < 2; k++) session.stepForward();
        Path md = folder.resolve("sample.md");
        assertThat(exports.writeSample(TeachingExports.SampleFormat.MARKDOWN, md)).isTrue();
        String markdown = Files.readString(md);
        for (Snapshot phase : everyPhase()) assertThat(markdown).contains(phase.describePhase());

        Path pdf = folder.resolve("sample.pdf");
        assertThat(exports.writeSample(TeachingExports.SampleFormat.PDF, pdf)).isTrue();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getNumberOfPages()).isEqualTo(everyPhase().size());
            for (Snapshot phase : everyPhase()) assertThat(text).contains(phase.describePhase());
        }
        Path tex = folder.resolve("sample.tex");
        assertThat(exports.writeSample(TeachingExports.SampleFormat.LATEX, tex)).isTrue();
        assertThat(Files.readString(tex)).contains("\\begin{document}").contains("Update weights");
    }

    private List<Snapshot> everyPhase() {
        Snapshot any = session.getSnapshot();
        List<Snapshot> list = new ArrayList<>();
        for (int p = 0; p < any.phases().size(); p++) list.add(any.atPhase(p));
        return list;
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedAndNothingIsLost() {
        assertThat(exports.writeNetwork(VectorExport.Format.SVG, folder.resolve("missing/net.svg"))).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("could not be exported").contains("missing");
    }

    @Test
    void worksheetsAreMadeFromTheLessonAsItIsNow() throws Exception {
        Worksheets.Request request = exports.worksheetRequest(2, 5, EnumSet.of(PhaseKind.FORWARD));
        assertThat(request.notation()).isEqualTo(session.getNotation());
        assertThat(TeachingExports.writeWorksheets(request, folder.resolve("class"))).hasSize(5);
        assertThat(folder.resolve("class/student-02.json")).exists();
        assertThat(folder.resolve("class/answers.pdf")).exists();
    }
}
