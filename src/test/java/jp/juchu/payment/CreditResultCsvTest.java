package jp.juchu.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.juchu.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class CreditResultCsvTest {

    static final Charset MS932 = Charset.forName("Windows-31J");

    static List<CreditResultCsvReader.Row> read(String text) {
        return CreditResultCsvReader.read(new ByteArrayInputStream(text.getBytes(MS932)), "gmo-result.csv");
    }

    @Test
    void readsRowsByHeaderNameInWindows31J() {
        List<CreditResultCsvReader.Row> rows = read("""
                GMO取引ID,与信結果,加盟店取引ID,NG理由\r
                G-1,OK,JC1,\r
                G-2,与信NG,JC2,髙橋様 限度額超過\r
                \r
                G-3, 保留 ,JC3,"住所確認中\r
                （建物名なし）"\r
                """);

        assertThat(rows).containsExactly(
                new CreditResultCsvReader.Row(2, "JC1", "G-1", CreditResult.OK, null, null),
                new CreditResultCsvReader.Row(3, "JC2", "G-2", CreditResult.NG, "髙橋様 限度額超過", null),
                new CreditResultCsvReader.Row(5, "JC3", "G-3", CreditResult.PENDING, "住所確認中\r\n（建物名なし）", null));
    }

    @Test
    void aBrokenRowNamesFileLineAndColumnAndTheOthersStillCount() {
        List<CreditResultCsvReader.Row> rows = read("加盟店取引ID,与信結果\r\nJC1,たぶん\r\n,OK\r\nJC3,NG\r\n");

        assertThat(rows.get(0).usable()).isFalse();
        assertThat(rows.get(0).problem()).isEqualTo("gmo-result.csv: 2行目: 「与信結果」列の値「たぶん」を解釈できません（OK / NG / 保留 のいずれか）");
        assertThat(rows.get(1).problem()).isEqualTo("gmo-result.csv: 3行目: 「加盟店取引ID」列が空です");
        assertThat(rows.get(2)).isEqualTo(new CreditResultCsvReader.Row(4, "JC3", null, CreditResult.NG, null, null));
    }

    @Test
    void refusesFilesThatCannotBeRead() {
        assertThatThrownBy(() -> read("注文番号,結果\r\nJC1,OK\r\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("gmo-result.csv: 1行目: 必須の列 「与信結果」");
        assertThatThrownBy(() -> read("加盟店取引ID,与信結果\r\nJC1,OK\r\nJC2,\"NG\r\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("gmo-result.csv: 3行目: CSVの形式が正しくありません");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ファイルが空です");
        byte[] broken = "加盟店取引ID,与信結果\r\nJC1,OK\r\nJC2,".getBytes(MS932);
        byte[] withBadByte = new byte[broken.length + 2];
        System.arraycopy(broken, 0, withBadByte, 0, broken.length);
        withBadByte[broken.length] = (byte) 0x81;
        withBadByte[broken.length + 1] = (byte) 0x20;
        assertThatThrownBy(() -> CreditResultCsvReader.read(new ByteArrayInputStream(withBadByte), "x.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("x.csv: 3行目: 文字コードをWindows-31J（Shift_JIS）として読めません");
    }

    @Test
    void acceptsUtf8WithBom() {
        byte[] text = "\uFEFF加盟店取引ID,与信結果\r\nJC1,承認\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CreditResultCsvReader.read(new ByteArrayInputStream(text), "u.csv"))
                .containsExactly(new CreditResultCsvReader.Row(2, "JC1", null, CreditResult.OK, null, null));
    }

    @Test
    void writesWindows31JWithCrlfAndFormulaSafeCells() {
        byte[] csv = DeferredCsvWriter.write(List.of("加盟店取引ID", "商品名", "単価"),
                List.of(List.of("JC1", "=HYPERLINK(\"x\")", "-500"), List.of("JC2", "髙島屋の﨑", "100")));

        assertThat(new String(csv, MS932)).isEqualTo(
                "加盟店取引ID,商品名,単価\r\nJC1,\"'=HYPERLINK(\"\"x\"\")\",-500\r\nJC2,髙島屋の﨑,100\r\n");
    }
}
