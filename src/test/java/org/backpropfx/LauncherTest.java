package org.backpropfx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The launcher's own options, run as a user runs them: in a separate JVM, reading its exit status. */
class LauncherTest {

    record Run(int status, String out, String err) {}

    private static Run launch(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheWaysToStartAndExitsZero() throws Exception {
        Run run = launch("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage:").contains("backpropfx [LESSON]").contains("trace LESSON")
                .contains("two-moons").contains("--version");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void versionPrintsNameAndVersionAndExitsZero() throws Exception {
        Run run = launch("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).matches("BackpropFX \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void anUnknownOptionIsNamedAndNotTakenForALessonFile() throws Exception {
        Run run = launch("--frobnicate");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--frobnicate").contains("--help");
        assertThat(run.out()).isEmpty();
    }
}
