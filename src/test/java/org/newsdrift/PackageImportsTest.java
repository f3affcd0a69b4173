package org.newsdrift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import rule the package-info files state, checked on the import lines of src/main: data flows ingest → clean →
 * text → model → trends and a stage never imports a later one; every package may import config, every stage and
 * report may import table; report reads tables, so it imports only table and config; job at the top may import
 * anything and nothing imports job or report.
 */
class PackageImportsTest {
    private static final String ROOT = "org.newsdrift";
    private static final List<String> STAGES = List.of("ingest", "clean", "text", "model", "trends");
    private static final Pattern PACKAGE_PREFIX = Pattern.compile("^[a-z_]\\w*(?:\\.[a-z_]\\w*)*");
    private static final Pattern IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?(org\\.newsdrift\\.[\\w.*]+)\\s*;");

    /**
     * Imports that break the rule in the code as it is, "importing class -> imported class", each with the reason it
     * stays for now. Keyed by class, not package, so an exception never lets a new import through.
     */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "org.newsdrift.report.ArticleLists -> org.newsdrift.text.RelevanceStep",
            "the report's article lists filter with RelevanceStep.relevantArticle(), the same Column predicate the"
                    + " coverage table counts with, so the lists and the counts cannot disagree");

    @Test
    void everyImportOfMainCodeFollowsTheFlow() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : mainSources()) {
            String from = className(file);
            for (String line : Files.readAllLines(file)) {
                Matcher m = IMPORT.matcher(line.strip());
                if (!m.find()) {
                    continue;
                }
                String imported = m.group(1);
                String edge = from + " -> " + classOf(imported);
                if (!mayImport(packageOf(file), packageOf(imported)) && !EXCEPTIONS.containsKey(edge)) {
                    broken.add(edge);
                }
            }
        }
        assertThat(broken)
                .as("imports the package-info rule forbids (importing class -> imported)")
                .isEmpty();
    }

    @Test
    void everyMainPackageHasPackageInfoAndAPlaceInTheRule() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        for (Path file : mainSources()) {
            packages.add(packageOf(file));
        }
        List<String> missing = new ArrayList<>();
        for (String pkg : packages) {
            Path info = mainDir().resolve(pkg.replace('.', '/')).resolve("package-info.java");
            if (!Files.isRegularFile(info)) {
                missing.add(pkg + ": no package-info.java");
            }
            if (!pkg.equals(ROOT) && !known(top(pkg))) {
                missing.add(pkg + ": not in the import rule of this test");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void ruleLetsAStageImportEarlierStagesOnly() {
        assertThat(mayImport("org.newsdrift.trends", "org.newsdrift.model")).isTrue();
        assertThat(mayImport("org.newsdrift.clean", "org.newsdrift.ingest.archive"))
                .isTrue();
        assertThat(mayImport("org.newsdrift.ingest.archive", "org.newsdrift.ingest"))
                .isTrue();
        assertThat(mayImport("org.newsdrift.model", "org.newsdrift.table")).isTrue();
        assertThat(mayImport("org.newsdrift.model", "org.newsdrift.trends")).isFalse();
        assertThat(mayImport("org.newsdrift.clean.page", "org.newsdrift.text.lang"))
                .isFalse();
        assertThat(mayImport("org.newsdrift.table", "org.newsdrift.trends")).isFalse();
        assertThat(mayImport("org.newsdrift.config", "org.newsdrift.table")).isFalse();
        assertThat(mayImport("org.newsdrift.report", "org.newsdrift.text")).isFalse();
        assertThat(mayImport("org.newsdrift.trends", "org.newsdrift.report")).isFalse();
        assertThat(mayImport("org.newsdrift.job", "org.newsdrift.report")).isTrue();
    }

    /** The rule, on packages: {@code org.newsdrift.<top>[.<sub>...]}; a stage's sub-packages belong to it. */
    static boolean mayImport(String fromPackage, String toPackage) {
        String from = top(fromPackage);
        String to = top(toPackage);
        if (from.equals(to) || to.equals("config") || from.equals("job")) {
            return true;
        }
        if (from.equals("config") || to.equals("job") || to.equals("report")) {
            return false;
        }
        if (to.equals("table")) {
            return STAGES.contains(from) || from.equals("report");
        }
        return STAGES.contains(from) && STAGES.contains(to) && STAGES.indexOf(to) < STAGES.indexOf(from);
    }

    private static boolean known(String top) {
        return STAGES.contains(top)
                || List.of("config", "table", "report", "job").contains(top);
    }

    /** The package's first segment under org.newsdrift ("clean" for org.newsdrift.clean.page). */
    private static String top(String pkg) {
        String rest = pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The package of a class or member name: the segments before the first one that starts upper case. */
    private static String packageOf(String name) {
        Matcher m = PACKAGE_PREFIX.matcher(name);
        return m.find() ? m.group() : "";
    }

    /** The top-level class of an imported name (a nested class or a static member is reported as its outer class). */
    private static String classOf(String imported) {
        String pkg = packageOf(imported);
        String rest = imported.substring(Math.min(imported.length(), pkg.length() + 1));
        int dot = rest.indexOf('.');
        return pkg + "." + (dot < 0 ? rest : rest.substring(0, dot));
    }

    private static String className(Path file) {
        String name = file.getFileName().toString();
        return packageOf(file) + "." + name.substring(0, name.length() - ".java".length());
    }

    /** The package of a source file, from its folder under src/main/java. */
    private static String packageOf(Path file) {
        return mainDir()
                .relativize(file.getParent())
                .toString()
                .replace('\\', '.')
                .replace('/', '.');
    }

    private static Path mainDir() {
        return TestFiles.repo().resolve("src/main/java");
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(mainDir().resolve("org/newsdrift"))) {
            List<Path> sources =
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertThat(sources).as("main sources under " + mainDir()).isNotEmpty();
            return sources;
        }
    }
}
