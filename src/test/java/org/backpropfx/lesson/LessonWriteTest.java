package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving replaces the file in one step or not at all; a failed load changes nothing. */
class LessonWriteTest {

    private static String[] namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test void writeCreatesAndThenReplacesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lesson.json");
        LessonFiles.write(LessonFiles.loadShipped("and"), file);
        assertThat(LessonFiles.read(file)).isEqualTo(LessonFiles.loadShipped("and"));
        LessonFiles.write(LessonFiles.loadShipped("or"), file);
        assertThat(LessonFiles.read(file)).isEqualTo(LessonFiles.loadShipped("or"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(LessonFiles.toJson(LessonFiles.loadShipped("or")));
        assertThat(namesIn(dir)).containsExactly("lesson.json");
    }

    @Test void writingIntoAMissingFolderFailsAndCreatesNothing(@TempDir Path dir) {
        Path file = dir.resolve("no-such-folder").resolve("lesson.json");
        assertThatThrownBy(() -> LessonFiles.write(LessonFiles.loadShipped("xor"), file)).isInstanceOf(IOException.class);
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test void aFailedReplaceLeavesTheOldFileByteIdenticalAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lesson.json");
        LessonFiles.write(LessonFiles.loadShipped("xor"), file);
        byte[] before = Files.readAllBytes(file);
        byte[] newBytes = LessonFiles.toJson(LessonFiles.loadShipped("two-moons")).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AtomicFiles.write(newBytes, file, (finished, target) -> {
            // The new text is complete in the temporary file by the time it would be moved.
            assertThat(Files.readAllBytes(finished)).isEqualTo(newBytes);
            assertThat(finished.getParent()).isEqualTo(target.getParent());
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage(file.toAbsolutePath() + ": disk full");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(namesIn(dir)).containsExactly("lesson.json");
    }

    @Test void savingOverAFolderFailsAndLeavesItAlone(@TempDir Path dir) throws Exception {
        // Running as root defeats read-only permissions, so a folder in the way stands in for a target
        // that cannot be replaced.
        Path blocker = Files.createDirectory(dir.resolve("lesson.json"));
        Files.writeString(blocker.resolve("inside.txt"), "keep me");
        assertThatThrownBy(() -> LessonFiles.write(LessonFiles.loadShipped("xor"), blocker)).isInstanceOf(IOException.class);
        assertThat(Files.readString(blocker.resolve("inside.txt"))).isEqualTo("keep me");
        assertThat(namesIn(dir)).containsExactly("lesson.json");
    }

    @Test void aFailedReadReturnsNothingAndLeavesTheLoadedLessonAsItWas(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Path bad = dir.resolve("bad.json");
        LessonFiles.write(LessonFiles.loadShipped("xor"), good);
        String text = Files.readString(good);
        // Broken at the very end, after everything else would have been read.
        Files.writeString(bad, text.replace("\"target\": [0.0]}\n  ]", "\"target\": [0.0, 1.0]}\n  ]"));
        byte[] badBefore = Files.readAllBytes(bad);

        Lesson loaded = LessonFiles.read(good);
        String loadedJson = LessonFiles.toJson(loaded);
        Lesson current = loaded;
        try {
            current = LessonFiles.read(bad);
            throw new AssertionError("the broken file was accepted");
        } catch (LessonFormatException e) {
            assertThat(e.getMessage()).isEqualTo("samples[3].target (line 46, column 37): 2 values, expected 1");
        }
        assertThat(current).isSameAs(loaded);
        assertThat(LessonFiles.toJson(current)).isEqualTo(loadedJson);
        assertThat(Files.readAllBytes(bad)).isEqualTo(badBefore);
    }

    @Test void aMissingFileIsAnIoErrorNotAFormatError(@TempDir Path dir) {
        assertThatThrownBy(() -> LessonFiles.read(dir.resolve("absent.json"))).isInstanceOf(IOException.class);
    }

    @Test void aByteOrderMarkedUtf8FileIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.json");
        byte[] text = LessonFiles.toJson(LessonFiles.loadShipped("or")).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);
        assertThat(LessonFiles.read(file)).isEqualTo(LessonFiles.loadShipped("or"));
    }

    @Test void aSaveKeepsTheFilesPermissions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("private.json");
        LessonFiles.write(LessonFiles.loadShipped("xor"), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        LessonFiles.write(LessonFiles.loadShipped("or"), file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(LessonFiles.read(file).title()).isEqualTo(LessonFiles.loadShipped("or").title());
    }

    @Test void aSaveThroughASymbolicLinkWritesTheRealFileAndKeepsTheLink(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("lesson.json");
        LessonFiles.write(LessonFiles.loadShipped("xor"), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real", "lesson.json"));
        LessonFiles.write(LessonFiles.loadShipped("or"), link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(LessonFiles.read(real)).isEqualTo(LessonFiles.loadShipped("or"));
        assertThat(namesIn(dir)).containsExactlyInAnyOrder("link.json", "real");
        assertThat(namesIn(real.getParent())).containsExactly("lesson.json");
    }

    @Test void aTargetThatIsNotAFileIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("lesson.json"));
        assertThatThrownBy(() -> LessonFiles.write(LessonFiles.loadShipped("xor"), folder))
                .isInstanceOf(IOException.class).hasMessage(folder.toAbsolutePath() + ": it is a folder, not a file");
        assertThatThrownBy(() -> LessonFiles.write(LessonFiles.loadShipped("xor"), Path.of("/dev/null")))
                .isInstanceOf(IOException.class).hasMessage("/dev/null: it is a device, pipe or socket, not a file");
        assertThat(Files.exists(Path.of("/dev/null"))).isTrue();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test void leftoverTemporaryFilesGoAtTheNextSaveOrOpen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lesson.json");
        LessonFiles.write(LessonFiles.loadShipped("xor"), file);
        Files.writeString(dir.resolve(".lesson.json.1f2e3d4c5b6a7980.tmp"), "{\"format\": \"backp");
        Files.writeString(dir.resolve(".other.json.1f2e.tmp"), "not ours");
        LessonFiles.read(file);
        assertThat(namesIn(dir)).containsExactlyInAnyOrder("lesson.json", ".other.json.1f2e.tmp");
        Files.writeString(dir.resolve(".lesson.json.abc.tmp"), "");
        LessonFiles.write(LessonFiles.loadShipped("or"), file);
        assertThat(namesIn(dir)).containsExactlyInAnyOrder("lesson.json", ".other.json.1f2e.tmp");
    }
}
