package org.backpropfx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class JvmOptionsTest {

    @Test
    void mvnJavafxRunPassesTheWindowsOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        String options = plugin.substring(plugin.indexOf("<options>"), plugin.indexOf("</options>"));
        for (String option : JvmOptions.WINDOW) assertThat(options).contains("<option>" + option + "</option>");
    }

    @Test
    void aJvmWithoutAHeapLimitIsStartedAgainOneWithOneIsNot() {
        assertThat(JvmOptions.needsStartingAgain(List.of())).isTrue();
        assertThat(JvmOptions.needsStartingAgain(List.of("-Djava.util.prefs.userRoot=/tmp/p", "-ea"))).isTrue();
        assertThat(JvmOptions.needsStartingAgain(List.of("-Xmx2g"))).isFalse();
        assertThat(JvmOptions.needsStartingAgain(List.of("-XX:MaxRAMPercentage=10"))).isFalse();
        assertThat(JvmOptions.needsStartingAgain(List.of("-XX:MaxHeapSize=300m"))).isFalse();
    }

    @Test
    void theWindowsJvmKeepsTheUsersOptionsAndArgumentsAfterTheAppsOwn() {
        List<String> command = JvmOptions.command("/usr/bin/java", List.of("-Dprism.order=sw"), "app.jar",
                new String[] {"lesson.json"});
        assertThat(command.get(0)).isEqualTo("/usr/bin/java");
        assertThat(command.subList(1, 1 + JvmOptions.WINDOW.size())).isEqualTo(JvmOptions.WINDOW);
        assertThat(command).containsSubsequence("-Dprism.order=sw", "-D" + JvmOptions.STARTED_AGAIN + "=window",
                "-cp", "app.jar", Launcher.class.getName(), "lesson.json");
        assertThat(command).endsWith("lesson.json");
    }
}
