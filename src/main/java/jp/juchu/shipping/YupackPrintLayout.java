package jp.juchu.shipping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.juchu.shop.ServiceType;

/**
 * 日本郵便 ゆうパックプリントR 発送予定データ. Its import is filter based (the user registers a 取込フィルタ that maps
 * CSV columns), so this is Juchu's own 22-column layout, named and coded after the program's fields (formats.md
 * §4.3); the column list is in the README for registering the filter.
 */
final class YupackPrintLayout extends CarrierLayout {

    static final List<String> HEADER = List.of(
            "お客様側管理番号", "郵便種別", "保冷種別", "元/着払/代引", "発送予定日", "お届け指定日", "配達時間帯",
            "お届け先 郵便番号", "お届け先 住所1", "お届け先 住所2", "お届け先 住所3", "お届け先 名称", "お届け先 電話番号",
            "ご依頼主 郵便番号", "ご依頼主 住所1", "ご依頼主 住所2", "ご依頼主 住所3", "ご依頼主 名称", "ご依頼主 電話番号",
            "品名", "代引金額", "記事");

    static final int FIELD_BYTES = 50;
    static final int PHONE_LENGTH = 15;
    static final String PREPAID = "0";
    static final String COLLECT = "2";
    private static final Pattern MANAGEMENT_NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,14}");
    private static final String CARRIER = "ゆうパックプリントR";

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
        return new ManagementNumber("お客様側管理番号", MANAGEMENT_NUMBER, "半角英数字15桁以内");
    }

    @Override
    boolean offers(ServiceType service) {
        return mailType(service) != null;
    }

    @Override
    int phoneLength() {
        return PHONE_LENGTH;
    }

    @Override
    Optional<String> serviceProblem(ShippingLabel label, ServiceType service) {
        if (!mailType(service).equals("0") && label.cashOnDelivery()) {
            return Optional.of(service.label() + "は代金引換に対応していません");
        }
        return Optional.empty();
    }

    /** 郵便種別: 0 ゆうパック (クール便 = チルド/冷凍ゆうパック), 9 ゆうパケット, 1 ゆうメール; {@code null}: not Japan Post. */
    static String mailType(ServiceType service) {
        return switch (service) {
            case YUPACK, COOL_CHILLED, COOL_FROZEN, GENERAL, OTHER -> "0";
            case YUPACKET -> "9";
            case YUMAIL -> "1";
            default -> null;
        };
    }

    @Override
    List<String> row(ShippingLabel label, ExportOptions options, LabelWarnings warnings) {
        String mailType = mailType(label.serviceType());
        boolean parcel = mailType.equals("0");
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(label.managementNumber());
        row.add(mailType);
        row.add(coolCode(label.cool()));
        row.add(label.cashOnDelivery() ? COLLECT : PREPAID);
        row.add(label.plannedShipDate() == null ? "" : label.plannedShipDate().format(COMPACT));
        if (!parcel && (label.requestedDate() != null
                || DeliveryWindow.parse(label.requestedTimeSlot()) != DeliveryWindow.NONE)) {
            warnings.add("お届け日時: " + label.serviceType().label() + "はお届け日・時間帯を指定できないため出力しませんでした");
        }
        row.add(!parcel || label.requestedDate() == null ? "" : label.requestedDate().format(COMPACT));
        row.add(parcel ? timeSlot(label, warnings) : "00");
        LabelParty recipient = label.recipient();
        row.add(CarrierText.postalCode(recipient.postalCode()));
        row.addAll(address(recipient, options, "お届け先 住所", warnings));
        row.add(text(recipient.name(), FIELD_BYTES, "お届け先 名称", warnings));
        row.add(phone(recipient.phone(), PHONE_LENGTH));
        LabelParty sender = label.sender();
        row.add(CarrierText.postalCode(sender.postalCode()));
        row.addAll(address(sender, options, "ご依頼主 住所", warnings));
        row.add(text(sender.name(), FIELD_BYTES, "ご依頼主 名称", warnings));
        row.add(phone(sender.phone(), PHONE_LENGTH));
        row.add(firstItemName(label, FIELD_BYTES, "品名", warnings));
        row.add(label.cashOnDelivery() ? amount(label.codAmount()) : "");
        row.add(text(label.note(), FIELD_BYTES, "記事", warnings));
        return row;
    }

    /** 保冷種別: 0 なし, 1 チルド, 2 冷凍. */
    private static String coolCode(CoolType cool) {
        return switch (cool) {
            case NONE -> "0";
            case CHILLED -> "1";
            case FROZEN -> "2";
        };
    }

    /** 配達時間帯: 00 指定なし, 51 午前中, 52 12–14, 53 14–16, 54 16–18, 55 18–20, 57 19–21. */
    private static String timeSlot(ShippingLabel label, LabelWarnings warnings) {
        DeliveryWindow window = DeliveryWindow.parse(label.requestedTimeSlot());
        return switch (window) {
            case NONE -> "00";
            case MORNING -> "51";
            case H12_14 -> "52";
            case H14_16 -> "53";
            case H16_18 -> "54";
            case H18_20 -> "55";
            case H19_21 -> "57";
            case H18_21 -> {
                slotWarning(warnings, label, window, CARRIER, "18時～20時（55）");
                yield "55";
            }
            case H20_21 -> {
                slotWarning(warnings, label, window, CARRIER, "19時～21時（57）");
                yield "57";
            }
            case UNKNOWN -> {
                slotWarning(warnings, label, window, CARRIER, null);
                yield "00";
            }
        };
    }

    /** 住所1–3, 50 bytes each: the address flows from one field into the next. */
    private static List<String> address(LabelParty party, ExportOptions options, String field, LabelWarnings warnings) {
        String line = LabelAddress.of(party, options, field, warnings).oneLine();
        String[] parts = CarrierText.flow(line, 3, FIELD_BYTES, field, warnings);
        List<String> cells = new ArrayList<>(3);
        for (int i = 0; i < parts.length; i++) {
            cells.add(cell(parts[i], FIELD_BYTES, field + (i + 1), warnings));
        }
        return cells;
    }
}
