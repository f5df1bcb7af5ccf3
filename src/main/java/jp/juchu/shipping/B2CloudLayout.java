package jp.juchu.shipping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.juchu.shop.ServiceType;

/**
 * ヤマト運輸 B2クラウド 外部データ取込, the 97-column 入出力用レイアウト (formats.md §4.1). The same layout comes back
 * as 発行済データ with 伝票番号 filled; お客様管理番号 is the key.
 */
final class B2CloudLayout extends CarrierLayout {

    static final List<String> HEADER = List.of(
            "お客様管理番号", "送り状種類", "クール区分", "伝票番号", "出荷予定日", "お届け予定（指定）日", "配達時間帯", "お届け先コード", "お届け先電話番号", "お届け先電話番号枝番",
            "お届け先郵便番号", "お届け先住所", "お届け先住所（アパートマンション名）", "お届け先会社・部門名１", "お届け先会社・部門名２", "お届け先名", "お届け先名略称カナ", "敬称",
            "ご依頼主コード", "ご依頼主電話番号", "ご依頼主電話番号枝番", "ご依頼主郵便番号", "ご依頼主住所", "ご依頼主住所（アパートマンション名）", "ご依頼主名", "ご依頼主略称カナ",
            "品名コード１", "品名１", "品名コード２", "品名２", "荷扱い１", "荷扱い２", "記事", "コレクト代金引換額（税込）", "コレクト内消費税額等", "営業所止置き",
            "営業所コード", "発行枚数", "個数口枠の印字", "ご請求先顧客コード", "ご請求先分類コード", "運賃管理番号", "クロネコwebコレクトデータ登録", "クロネコwebコレクト加盟店番号",
            "クロネコwebコレクト申込受付番号１", "クロネコwebコレクト申込受付番号２", "クロネコwebコレクト申込受付番号３", "お届け予定ｅメール利用区分", "お届け予定ｅメールe-mailアドレス",
            "入力機種", "お届け予定eメールメッセージ", "お届け完了eメール利用区分", "お届け完了ｅメールe-mailアドレス", "お届け完了ｅメールメッセージ", "クロネコ収納代行利用区分",
            "収納代行決済ＱＲコード印刷", "収納代行請求金額(税込)", "収納代行内消費税額等", "収納代行請求先郵便番号", "収納代行請求先住所", "収納代行請求先住所（アパートマンション名）",
            "収納代行請求先会社・部門名１", "収納代行請求先会社・部門名２", "収納代行請求先名(漢字)", "収納代行請求先名(カナ)", "収納代行問合せ先名(漢字)", "収納代行問合せ先郵便番号",
            "収納代行問合せ先住所", "収納代行問合せ先住所（アパートマンション名）", "収納代行問合せ先電話番号", "収納代行管理番号", "収納代行品名", "収納代行備考", "複数口くくりキー",
            "検索キータイトル１", "検索キー１", "検索キータイトル２", "検索キー２", "検索キータイトル３", "検索キー３", "検索キータイトル４", "検索キー４", "検索キータイトル５",
            "検索キー５", "予備", "予備", "投函予定メール利用区分", "投函予定メールe-mailアドレス", "投函予定メールメッセージ", "投函完了メール（お届け先宛）利用区分",
            "投函完了メール（お届け先宛）e-mailアドレス", "投函完了メール（お届け先宛）メールメッセージ", "投函完了メール（ご依頼主宛）利用区分", "投函完了メール（ご依頼主宛）e-mailアドレス",
            "投函完了メール（ご依頼主宛）メールメッセージ", "連携管理番号", "通知メールアドレス");

    static final long MAX_COLLECT = 300_000;
    /** 都道府県 (10) + 市区郡町村 (24) + 町・番地 (32 bytes): B2 splits the address column into these parts. */
    static final int ADDRESS_BYTES = 66;
    static final int STREET_BYTES = 32;
    static final int BUILDING_BYTES = 32;
    static final int NAME_BYTES = 32;
    static final int KANA_BYTES = 50;
    static final int ITEM_BYTES = 50;
    static final int NOTE_BYTES = 44;
    static final int PHONE_LENGTH = 15;
    private static final Pattern MANAGEMENT_NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,49}");
    private static final String CARRIER = "B2クラウド";

    @Override
    List<String> header() {
        return HEADER;
    }

    @Override
    String carrierName() {
        return CARRIER;
    }

    @Override
    ManagementNumber managementNumber() {
        return new ManagementNumber("お客様管理番号", MANAGEMENT_NUMBER, "半角英数字50桁以内");
    }

    @Override
    boolean offers(ServiceType service) {
        return slipType(service, false) != null;
    }

    @Override
    int phoneLength() {
        return PHONE_LENGTH;
    }

    @Override
    Optional<String> serviceProblem(ShippingLabel label, ServiceType service) {
        String type = slipType(service, label.cashOnDelivery());
        if (service == ServiceType.NEKOPOS && label.cashOnDelivery()) {
            return Optional.of("ネコポスは代金引換（コレクト）に対応していません");
        }
        if (label.cool() != CoolType.NONE && !coolAllowed(type)) {
            return Optional.of("クール便は" + service.label() + "では送れません");
        }
        if (label.cashOnDelivery() && label.codAmount() > MAX_COLLECT) {
            return Optional.of("代金引換の金額" + label.codAmount() + "円がB2クラウドの上限300,000円を超えています");
        }
        if (label.plannedShipDate() == null) {
            return Optional.of("出荷予定日がありません");
        }
        if (label.items().isEmpty()) {
            return Optional.of("品名にする商品がありません");
        }
        if (label.account() == null || label.account().customerCode().isEmpty()) {
            return Optional.of("B2クラウドのご請求先顧客コードが設定されていません");
        }
        if (label.account().freightNumber().isEmpty()) {
            return Optional.of("B2クラウドの運賃管理番号が設定されていません");
        }
        return Optional.empty();
    }

    /** 0 発払 / 2 コレクト, 8 宅急便コンパクト / 9 そのコレクト, A ネコポス; {@code null}: not a B2 service. */
    static String slipType(ServiceType service, boolean cashOnDelivery) {
        return switch (service) {
            case TAKKYUBIN, COOL_CHILLED, COOL_FROZEN, GENERAL, OTHER -> cashOnDelivery ? "2" : "0";
            case TAKKYUBIN_COMPACT -> cashOnDelivery ? "9" : "8";
            case NEKOPOS -> "A";
            default -> null;
        };
    }

    private static boolean coolAllowed(String slipType) {
        return !slipType.equals("A") && !slipType.equals("7") && !slipType.equals("3");
    }

    @Override
    List<String> row(ShippingLabel label, ExportOptions options, LabelWarnings warnings) {
        String type = slipType(label.serviceType(), label.cashOnDelivery());
        boolean mail = type.equals("A");
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(label.managementNumber());
        row.add(type);
        row.add(coolCode(label.cool()));
        row.add("");
        row.add(label.plannedShipDate().format(SLASHED));
        if (mail && (label.requestedDate() != null || DeliveryWindow.parse(label.requestedTimeSlot()) != DeliveryWindow.NONE)) {
            warnings.add("お届け日時: ネコポスはお届け日・時間帯を指定できないため出力しませんでした");
        }
        row.add(mail || label.requestedDate() == null ? "" : label.requestedDate().format(SLASHED));
        row.add(mail ? "" : timeSlot(label, warnings));
        row.add("");
        LabelParty recipient = label.recipient();
        row.add(phone(recipient.phone(), PHONE_LENGTH));
        row.add("");
        row.add(CarrierText.postalCode(recipient.postalCode()));
        addAddress(row, recipient, options, "お届け先住所", "お届け先住所（アパートマンション名）", warnings);
        row.add("");
        row.add("");
        row.add(text(recipient.name(), NAME_BYTES, "お届け先名", warnings));
        row.add("");
        row.add("様");
        row.add("");
        LabelParty sender = label.sender();
        row.add(phone(sender.phone(), PHONE_LENGTH));
        row.add("");
        row.add(CarrierText.postalCode(sender.postalCode()));
        addAddress(row, sender, options, "ご依頼主住所", "ご依頼主住所（アパートマンション名）", warnings);
        row.add(text(sender.name(), NAME_BYTES, "ご依頼主名", warnings));
        row.add(cell(CarrierText.halfWidthKana(sender.kana(), "ご依頼主略称カナ", warnings), KANA_BYTES, "ご依頼主略称カナ",
                warnings));
        row.add("");
        row.add(firstItemName(label, ITEM_BYTES, "品名１", warnings));
        row.addAll(blanks(4));
        row.add(text(label.note(), NOTE_BYTES, "記事", warnings));
        row.add(label.cashOnDelivery() ? amount(label.codAmount()) : "");
        row.add(label.cashOnDelivery() ? amount(label.codTax()) : "");
        row.addAll(blanks(2));
        row.add("1");
        row.add("1");
        row.add(label.account().customerCode());
        row.add(label.account().classCode());
        row.add(label.account().freightNumber());
        row.addAll(blanks(HEADER.size() - row.size()));
        return row;
    }

    private static String coolCode(CoolType cool) {
        return switch (cool) {
            case NONE -> "0";
            case FROZEN -> "1";
            case CHILLED -> "2";
        };
    }

    private static String timeSlot(ShippingLabel label, LabelWarnings warnings) {
        DeliveryWindow window = DeliveryWindow.parse(label.requestedTimeSlot());
        return switch (window) {
            case NONE -> "";
            case MORNING -> "0812";
            case H14_16 -> "1416";
            case H16_18 -> "1618";
            case H18_20 -> "1820";
            case H19_21 -> "1921";
            case H18_21 -> {
                slotWarning(warnings, label, window, CARRIER, "18時～20時（1820）");
                yield "1820";
            }
            case H20_21 -> {
                slotWarning(warnings, label, window, CARRIER, "19時～21時（1921）");
                yield "1921";
            }
            case H12_14, UNKNOWN -> {
                slotWarning(warnings, label, window, CARRIER, null);
                yield "";
            }
        };
    }

    /**
     * お届け先住所 and アパートマンション名: the street line goes into the address column, limited to 66 bytes and, when
     * 住所1 is the 市区郡, to 都道府県 + 住所1 + 32 bytes of 町・番地; what does not fit moves to the front of the
     * building column (32 bytes, the rest is cut).
     */
    private static void addAddress(List<String> row, LabelParty party, ExportOptions options, String field,
            String buildingField, LabelWarnings warnings) {
        LabelAddress address = LabelAddress.of(party, options, field, warnings);
        int limit = ADDRESS_BYTES;
        if (!address.prefecture().isEmpty() && !address.city().isEmpty()) {
            limit = Math.min(ADDRESS_BYTES, CarrierText.bytes(address.prefecture() + address.city()) + STREET_BYTES);
        }
        String building = address.building();
        int spare = building.isEmpty() ? BUILDING_BYTES : BUILDING_BYTES - CarrierText.bytes(building) - 1;
        String[] parts = CarrierText.cut(address.street(), limit, Math.max(spare, 0));
        if (!parts[1].isEmpty()) {
            warnings.add(field + ": " + limit + "バイトを超えるため「" + parts[1] + "」を" + buildingField + "の欄へ移しました");
            building = building.isEmpty() ? parts[1] : parts[1] + " " + building;
        }
        row.add(cell(parts[0], limit, field, warnings));
        row.add(cell(building, BUILDING_BYTES, buildingField, warnings));
    }
}
