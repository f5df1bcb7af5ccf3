package jp.juchu.payment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.TrackingNumbers;
import jp.juchu.shop.ServiceType;

/** NP後払い's codes in our terms: 与信結果 (authori_result), 保留/NG reasons, error codes, 配送会社コード. */
final class NpCodes {

    static final String OK = "00";
    static final String HOLD = "10";
    static final String NG = "20";
    static final String BEFORE_REVIEW = "40";

    private static final Map<String, String> HOLD_REASONS = Map.of(
            "RE009", "購入者の住所情報が不足しています（建物名・部屋番号、会社名・店舗名を入力してください）",
            "RE014", "購入者の住所の確認が必要です（ホテル等の一時的な届け先、郵便局・コンビニ・営業所止めは利用できません）",
            "RE015", "配送先の住所情報が不足しています（建物名・部屋番号、会社名・店舗名を入力してください）",
            "RE020", "配送先の住所の確認が必要です（ホテル等の一時的な届け先、郵便局・コンビニ・営業所止めは利用できません）",
            "RE021", "購入者の電話番号に誤りがあります",
            "RE023", "配送先の電話番号に誤りがあります",
            "RE026", "その他の理由で保留になりました（私書箱宛て、社内取引、取扱い対象外の商品など。NP後払いに確認してください）");

    private static final Map<String, String> NG_REASONS = Map.of(
            "RE001", "与信枠の金額を超えています（金額超過）",
            "RE002", "審査に必要な情報が不足しています（情報不足）",
            "RE003", "NP後払いの審査基準により利用できません（その他）");

    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("E0100048", "購入者氏名が入力されていません"),
            Map.entry("E0100049", "購入者氏名に使用できない文字が含まれています"),
            Map.entry("E0100050", "購入者氏名は全角21文字以内にしてください"),
            Map.entry("E0100051", "購入者氏名カナは全角25文字以内にしてください"),
            Map.entry("E0100052", "購入者氏名カナに使用できない文字が含まれています"),
            Map.entry("E0100053", "購入者の会社名は全角30文字以内にしてください"),
            Map.entry("E0100057", "購入者の郵便番号が入力されていません"),
            Map.entry("E0100058", "購入者の郵便番号に使用できない文字が含まれています"),
            Map.entry("E0100136", "購入者の郵便番号の形式が正しくありません（例: 1070052、107-0052）"),
            Map.entry("E0100059", "購入者の郵便番号と住所が一致しません"),
            Map.entry("E0100060", "購入者の住所が入力されていません"),
            Map.entry("E0100061", "購入者の住所に使用できない文字が含まれています"),
            Map.entry("E0100062", "購入者の住所は全角55文字以内にしてください"),
            Map.entry("E0100063", "購入者の電話番号が入力されていません"),
            Map.entry("E0100064", "購入者の電話番号に使用できない文字が含まれています"),
            Map.entry("E0100065", "購入者の電話番号の形式が正しくありません"),
            Map.entry("E0100066", "購入者の電話番号（携帯・IP電話）は11桁にしてください"),
            Map.entry("E0100067", "購入者の電話番号は10桁にしてください"),
            Map.entry("E0100068", "加盟店の必須項目が入力されていません"),
            Map.entry("E0100069", "購入者のメールアドレスに使用できない文字が含まれています"),
            Map.entry("E0100070", "購入者のメールアドレスは半角100文字以内にしてください"),
            Map.entry("E0100071", "購入者のメールアドレスの形式が正しくありません"),
            Map.entry("E0100072", "配送先氏名が入力されていません"),
            Map.entry("E0100073", "配送先氏名に使用できない文字が含まれています"),
            Map.entry("E0100074", "配送先氏名は全角21文字以内にしてください"),
            Map.entry("E0100075", "配送先氏名カナは全角25文字以内にしてください"),
            Map.entry("E0100076", "配送先氏名カナに使用できない文字が含まれています"),
            Map.entry("E0100081", "配送先の郵便番号が入力されていません"),
            Map.entry("E0100082", "配送先の郵便番号に使用できない文字が含まれています"),
            Map.entry("E0100137", "配送先の郵便番号の形式が正しくありません（例: 1070052、107-0052）"),
            Map.entry("E0100083", "配送先の郵便番号と住所が一致しません"),
            Map.entry("E0100084", "配送先の住所が入力されていません"),
            Map.entry("E0100085", "配送先の住所に使用できない文字が含まれています"),
            Map.entry("E0100086", "配送先の住所は全角55文字以内にしてください"),
            Map.entry("E0100087", "配送先の電話番号が入力されていません"),
            Map.entry("E0100088", "配送先の電話番号に使用できない文字が含まれています"),
            Map.entry("E0100089", "配送先の電話番号の形式が正しくありません"),
            Map.entry("E0100090", "配送先の電話番号（携帯・IP電話）は11桁にしてください"),
            Map.entry("E0100113", "NP後払いに該当する取引がありません"),
            Map.entry("E0100114", "購入者の支払い後の取引は変更できません"),
            Map.entry("E0100118", "取引は既にキャンセルされています"),
            Map.entry("EPRO0106", "同じNP取引IDが重複しています"));

    /** Our 配送業者 codes (V7) → NP 配送会社コード (pd_company_code). */
    private static final Map<String, String> CARRIERS = Map.of(
            "YAMATO", "59010",
            "SAGAWA", "50000",
            "JAPANPOST", "59041",
            "SEINO", "59030",
            "FUKUYAMA", "59060",
            "OTHER", "55555");

    /** ご契約運送会社: NP's code for parcels it cannot track (untracked メール便, carriers without an NP code). */
    static final String CONTRACTED_CARRIER = "55555";
    private static final String YUPACKET = "59043";

    private NpCodes() {
    }

    /** A 与信結果 as NP answered it; {@code result} is {@code null} for 40 審査前 (no result yet). */
    record Credit(CreditResult result, String reason) {
    }

    static Credit credit(NpAtobaraiApi.Result result) {
        String code = result.authoriResult() == null ? "" : result.authoriResult().strip();
        return switch (code) {
            case OK -> new Credit(CreditResult.OK, null);
            case HOLD -> new Credit(CreditResult.PENDING, "NP後払いの与信が保留になりました：" + reasons(result.authoriHold(), HOLD_REASONS));
            case NG -> new Credit(CreditResult.NG, "NP後払いの与信がNGになりました：" + reasons(result.authoriNg(), NG_REASONS));
            case BEFORE_REVIEW -> new Credit(null, "NP後払いの審査前です（与信結果は後から確認します）");
            default -> throw new DeferredProviderUnavailable("NP後払いの与信結果コード「" + code + "」を解釈できません", false);
        };
    }

    static String reasons(List<String> codes, Map<String, String> texts) {
        if (codes.isEmpty()) {
            return "理由の通知はありません";
        }
        return codes.stream().map(c -> texts.getOrDefault(c, "理由コード " + c) + "（" + c + "）").collect(Collectors.joining("／"));
    }

    static String errors(List<String> codes) {
        if (codes.isEmpty()) {
            return "エラーコードの通知はありません";
        }
        return codes.stream().map(c -> ERRORS.getOrDefault(c, "エラーコード " + c) + "（" + c + "）").collect(Collectors.joining("／"));
    }

    /**
     * The NP 配送会社コード of a parcel: {@value #CONTRACTED_CARRIER} ご契約運送会社 when the slip is no carrier's number
     * (the 指定文字列 of an untracked メール便); for 日本郵便 the 配送方法's service decides between ゆうパック 59041 and
     * ゆうパケット 59043 (クリックポスト is a ゆうパケット); otherwise as {@link #pdCompanyCode(String)}.
     */
    static String pdCompanyCode(String carrierCode, ServiceType service, String slip) {
        if (!TrackingNumbers.isTrackable(slip)) {
            return CONTRACTED_CARRIER;
        }
        if ("JAPANPOST".equalsIgnoreCase(carrierCode == null ? "" : carrierCode.strip())
                && (service == ServiceType.YUPACKET || service == ServiceType.CLICKPOST)) {
            return YUPACKET;
        }
        return pdCompanyCode(carrierCode);
    }

    /**
     * The NP 配送会社コード for our carrier code, or the code itself when it already is a 5-digit NP code.
     *
     * @throws InvalidInputException when the carrier is unknown to NP
     */
    static String pdCompanyCode(String carrierCode) {
        if (carrierCode == null || carrierCode.isBlank()) {
            throw new InvalidInputException("carrierCode", "出荷報告には配送業者を指定してください");
        }
        String code = carrierCode.strip().toUpperCase(Locale.ROOT);
        if (code.matches("\\d{5}")) {
            return code;
        }
        String np = CARRIERS.get(code);
        if (np == null) {
            throw new InvalidInputException("carrierCode", "配送業者「" + carrierCode.strip() + "」はNP後払いの配送会社コードに対応していません（"
                    + String.join(", ", CARRIERS.keySet().stream().sorted().toList()) + " または5桁の配送会社コード）");
        }
        return np;
    }
}
