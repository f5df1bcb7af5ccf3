package jp.juchu.shop;

import java.util.List;

/** What Juchu sends to a mall through its API once order intake is switched on; shown for consent. */
public final class IntakeDisclosure {

    public static final List<String> DATA_SENT_TO_MALL = List.of(
            "API 認証情報 (モールの API に接続するため)",
            "注文番号と受注ステータスの更新 (注文確認・処理中・発送済み・キャンセル)",
            "発送情報 (荷物番号・配送会社・発送日)",
            "受注の取得条件 (取得する期間・ステータス)");

    public static final String NOTE = "受注取込を「使用する」にすると、Juchu はモールの API を使って受注を取得し、"
            + "出荷・キャンセル等の処理結果を上記のとおりモールへ送信します。お客様情報をモールへ新たに送信することはありません。";

    private IntakeDisclosure() {
    }
}
