package jp.juchu.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The modeler-owned resources under {@code bpmn/} and {@code forms/} of the repository. */
final class ProcessResources {

    static final Path BPMN_DIR = Path.of("bpmn");
    static final Path FORMS_DIR = Path.of("forms");

    private ProcessResources() {
    }

    static List<Path> bpmnFiles() {
        return files(BPMN_DIR, ".bpmn");
    }

    static List<Path> formFiles() {
        return files(FORMS_DIR, ".form");
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names shown to operators are Japanese: at least one kana or kanji. */
    static boolean isJapanese(String text) {
        return text != null && text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN;
        });
    }
}
