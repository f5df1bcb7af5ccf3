package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.Prefecture;
import org.junit.jupiter.api.Test;

class KenAllReaderTest {

    record Problem(long line, String column, String reason) {
    }

    static final class Collected implements KenAllReader.Sink {
        final List<PostalAddress> entries = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        @Override
        public void entry(PostalAddress entry) {
            entries.add(entry);
        }

        @Override
        public void problem(long line, String column, String reason) {
            problems.add(new Problem(line, column, reason));
        }
    }

    static Collected read(byte[] bytes) throws IOException {
        Collected collected = new Collected();
        KenAllReader.read(new ByteArrayInputStream(bytes), collected);
        return collected;
    }

    @Test
    void readsEntriesJoinsSplitTownsAndDropsTheWholeCityMarker() throws IOException {
        Collected read = read(KenAllFiles.sample().bytes());
        assertThat(read.problems).isEmpty();
        assertThat(read.entries).hasSize(11);
        assertThat(read.entries.get(0)).isEqualTo(new PostalAddress("1500002", Prefecture.TOKYO, "渋谷区", "渋谷"));
        assertThat(read.entries).contains(new PostalAddress("0640941", Prefecture.HOKKAIDO, "札幌市中央区", "旭ケ丘（１～３丁目、５丁目、６丁目）"));
        assertThat(read.entries).contains(new PostalAddress("1000000", Prefecture.TOKYO, "千代田区", null));
    }

    @Test
    void malformedRowsAreReportedWithLineAndColumnAndTheRestIsRead() throws IOException {
        byte[] file = KenAllFiles.create()
                .row("1500002", "東京都", "渋谷区", "渋谷")
                .row("150002", "東京都", "渋谷区", "渋谷")
                .row("1500003", "東亰都", "渋谷区", "渋谷")
                .row("1500004", "東京都", "", "渋谷")
                .raw("13113,\"150  \",\"1500005\",\"ｶﾅ\"")
                .row("1500006", "東京都", "渋谷区", "渋谷")
                .bytes();
        Collected read = read(file);
        assertThat(read.entries).extracting(PostalAddress::postalCode).containsExactly("1500002", "1500006");
        assertThat(read.problems).containsExactly(
                new Problem(2, "郵便番号", "郵便番号「150002」が7桁の数字ではありません"),
                new Problem(3, "都道府県名", "都道府県名「東亰都」を認識できません"),
                new Problem(4, "市区町村名", "市区町村名が空です"),
                new Problem(5, null, "列数が4です（KEN_ALL.CSV は15列です）"));
    }

    @Test
    void aTownWhoseParenthesisNeverClosesIsReportedAtItsFirstLine() throws IOException {
        byte[] file = KenAllFiles.create()
                .row("0640941", "北海道", "札幌市中央区", "旭ケ丘（１～３丁目")
                .row("1500002", "東京都", "渋谷区", "渋谷")
                .bytes();
        Collected read = read(file);
        assertThat(read.entries).extracting(PostalAddress::postalCode).containsExactly("1500002");
        assertThat(read.problems).containsExactly(new Problem(1, "町域名", "町域名「旭ケ丘（１～３丁目」の括弧が1行目までに閉じていません"));
    }

    @Test
    void aFileThatIsNotWindows31jStopsAtTheFirstBrokenByteSequence() throws IOException {
        byte[] utf8 = "13113,\"150  \",\"1500002\",\"ｼﾌﾞﾔ\",\"ｶﾅ\",\"ｶﾅ\",\"東京都\",\"渋谷区\",\"渋谷\",0,0,0,0,0,0\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Collected read = read(utf8);
        assertThat(read.entries).isEmpty();
        assertThat(read.problems).hasSize(1);
        assertThat(read.problems.get(0).reason()).startsWith("文字コードが Shift_JIS（Windows-31J）ではありません");
    }

    @Test
    void anEmptyFileIsAProblem() throws IOException {
        Collected read = read(new byte[0]);
        assertThat(read.problems).containsExactly(new Problem(1, null, "ファイルが空です"));
    }

    @Test
    void readingStopsAfterTooManyProblems() throws IOException {
        KenAllFiles file = KenAllFiles.create();
        for (int i = 0; i < 150; i++) {
            file.raw("broken");
        }
        Collected read = read(file.bytes());
        assertThat(read.problems).hasSize(KenAllReader.PROBLEM_LIMIT + 1);
        assertThat(read.problems.get(KenAllReader.PROBLEM_LIMIT).reason()).contains("読み込みを中止しました");
    }
}
