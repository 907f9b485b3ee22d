package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The plugin's class path holds its deliberate dependencies only. JSqlParser 5.3 declares its benchmark harness
 * (JMH, with jopt-simple and commons-math3) as a compile dependency by mistake; Maven resolves every such jar
 * for the plugin in every build, so the root pom excludes it.
 */
class PluginClassPathTest {
    @Test
    void jSqlParsersStrayBenchmarkHarnessIsNotOnTheClassPath() {
        ClassLoader plugin = GenerateMojo.class.getClassLoader();
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.openjdk.jmh.runner.Runner", false, plugin));
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.apache.commons.math3.stat.descriptive.SummaryStatistics", false, plugin));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("joptsimple.OptionParser", false, plugin));
    }
}
