package jp.juchu.shipping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.juchu.core.SpreadsheetSafe;
import jp.juchu.shop.ServiceType;

/**
 * 佐川急便 e飛伝Ⅱ 出荷データ, the 42-column CSV input layout (formats.md §4.2). Addresses and names are written in
 * 全角 so that e飛伝's limit of 16 characters and our limit of 32 bytes agree.
 */
final class EhidenLayout extends CarrierLayout {

    static final List<String> HEADER = List.of(
            "住所録コード", "お届け先電話番号", "お届け先郵便番号", "お届け先住所１（必須）", "お届け先住所２", "お届け先住所３",
            "お届け先名称１（必須）", "お届け先名称２", "お客様管理ナンバー", "お客様コード", "部署・担当者", "荷送人電話番号",
            "ご依頼主電話番号", "ご依頼主郵便番号", "ご依頼主住所１", "ご依頼主住所２", "ご依頼主名称１", "ご依頼主名称２", "荷姿コード",
            "品名１", "品名２", "品名３", "品名４", "品名５", "出荷個数", "便種（スピードで選択）", "便種（商品）", "配達日",
            "配達指定時間帯", "配達指定時間（時分）", "代引金額", "消費税", "決済種別", "保険金額", "保険金額印字", "指定シール①",
            "指定シール②", "指定シール③", "営業店止め", "ＳＲＣ区分", "営業店コード", "元着区分");

    /** 16 全角 characters per address, name and 品名 field. */
    static final int FIELD_BYTES = 32;
    static final int PHONE_LENGTH = 14;
    static final int ITEM_FIELDS = 5;
    /** 荷姿コード 001 箱類. */
    static final String PACKAGE_BOX = "001";
    /** 便種（スピードで選択） 000 飛脚宅配便. */
    static final String SPEED_STANDARD = "000";
    /** 元着区分 1 元払. */
    static final String PREPAID = "1";
    /** 決済種別 0 指定なし (e-コレクト: the contract's default means of payment). */
    static final String PAYMENT_ANY = "0";
    private static final Pattern MANAGEMENT_NUMBER = Pattern.compile("[0-9A-Za-z]{1,16}");
    private static final String CARRIER = "e飛伝";

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
        return new ManagementNumber("お客様管理ナンバー", MANAGEMENT_NUMBER, "半角英数字16桁以内");
    }

    @Override
    boolean offers(ServiceType service) {
        return isSagawaService(service);
    }

    @Override
    int phoneLength() {
        return PHONE_LENGTH;
    }

    private static boolean isSagawaService(ServiceType service) {
        return switch (service) {
            case HIKYAKU, COOL_CHILLED, COOL_FROZEN, GENERAL, OTHER -> true;
            default -> false;
        };
    }

    @Override
    List<String> row(ShippingLabel label, ExportOptions options, LabelWarnings warnings) {
        List<String> row = new ArrayList<>(HEADER.size());
        LabelParty recipient = label.recipient();
        row.add("");
        row.add(phone(recipient.phone(), PHONE_LENGTH));
        row.add(CarrierText.postalCode(recipient.postalCode()));
        row.addAll(address(recipient, options, 3, "お届け先住所", warnings));
        row.add(name(recipient.name(), "お届け先名称", warnings));
        row.add("");
        row.add(label.managementNumber());
        row.add(label.account() == null ? "" : label.account().customerCode());
        row.add("");
        row.add("");
        LabelParty sender = label.sender();
        row.add(phone(sender.phone(), PHONE_LENGTH));
        row.add(CarrierText.postalCode(sender.postalCode()));
        row.addAll(address(sender, options, 2, "ご依頼主住所", warnings));
        row.add(name(sender.name(), "ご依頼主名称", warnings));
        row.add("");
        row.add(PACKAGE_BOX);
        row.addAll(itemNames(label, warnings));
        row.add("1");
        row.add(SPEED_STANDARD);
        row.add(productCode(label.cool()));
        row.add(label.requestedDate() == null ? "" : label.requestedDate().format(COMPACT));
        row.add(timeSlot(label, warnings));
        row.add("");
        row.add(label.cashOnDelivery() ? amount(label.codAmount()) : "");
        row.add(label.cashOnDelivery() ? amount(label.codTax()) : "");
        row.add(label.cashOnDelivery() ? PAYMENT_ANY : "");
        row.addAll(blanks(8));
        row.add(PREPAID);
        return row;
    }

    /** 便種（商品）: 001 指定なし, 002 飛脚クール便（冷蔵）, 003 飛脚クール便（冷凍）. */
    private static String productCode(CoolType cool) {
        return switch (cool) {
            case NONE -> "001";
            case CHILLED -> "002";
            case FROZEN -> "003";
        };
    }

    /**
     * 配達指定時間帯: 01 午前中, 12, 14, 16, 04 (18–21, 5時間帯) and 18, 19 (18–20, 19–21, 6時間帯 option).
     */
    private static String timeSlot(ShippingLabel label, LabelWarnings warnings) {
        DeliveryWindow window = DeliveryWindow.parse(label.requestedTimeSlot());
        return switch (window) {
            case NONE -> "";
            case MORNING -> "01";
            case H12_14 -> "12";
            case H14_16 -> "14";
            case H16_18 -> "16";
            case H18_20 -> "18";
            case H18_21 -> "04";
            case H19_21 -> "19";
            case H20_21 -> {
                slotWarning(warnings, label, window, CARRIER, "19時～21時（19）");
                yield "19";
            }
            case UNKNOWN -> {
                slotWarning(warnings, label, window, CARRIER, null);
                yield "";
            }
        };
    }

    private static List<String> address(LabelParty party, ExportOptions options, int fields, String field,
            LabelWarnings warnings) {
        String line = CarrierText.fullWidth(LabelAddress.of(party, options, field, warnings).oneLine());
        List<String> cells = new ArrayList<>(fields);
        String[] parts = CarrierText.flow(line, fields, FIELD_BYTES, field, warnings);
        for (int i = 0; i < parts.length; i++) {
            cells.add(cell(parts[i], FIELD_BYTES, field + (i + 1), warnings));
        }
        return cells;
    }

    private static String name(String raw, String field, LabelWarnings warnings) {
        return cell(CarrierText.fullWidth(CarrierText.text(raw, field, warnings)), FIELD_BYTES, field + "１", warnings);
    }

    /** 品名１–５ from the items in order; when there are more than five, 品名５ ends with " 他". */
    private static List<String> itemNames(ShippingLabel label, LabelWarnings warnings) {
        List<String> names = new ArrayList<>(ITEM_FIELDS);
        List<LabelItem> items = label.items();
        for (int i = 0; i < ITEM_FIELDS; i++) {
            String field = "品名" + (char) ('１' + i);
            if (i >= items.size()) {
                names.add("");
                continue;
            }
            boolean andOthers = i == ITEM_FIELDS - 1 && items.size() > ITEM_FIELDS;
            String name = SpreadsheetSafe.cell(CarrierText.text(items.get(i).name(), field, warnings));
            int limit = andOthers ? FIELD_BYTES - CarrierText.bytes(OTHERS) : FIELD_BYTES;
            names.add(CarrierText.fit(name, limit, field, warnings) + (andOthers ? OTHERS : ""));
        }
        return names;
    }
}
