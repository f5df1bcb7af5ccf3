package jp.juchu.shipping;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.juchu.core.SpreadsheetSafe;
import jp.juchu.shop.ServiceType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A carrier's import layout: Windows-31J, CRLF, every field quoted, header row first. Subclasses give the header,
 * one row per label (collecting what they change as warnings) and the reasons a label cannot be exported.
 */
abstract class CarrierLayout implements LabelFileWriter {

    static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd");
    /** Appended to 品名 when the label has more items than the layout has 品名 fields. */
    static final String OTHERS = " 他";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get();

    abstract List<String> header();

    abstract List<String> row(ShippingLabel label, ExportOptions options, LabelWarnings warnings);

    /** The carrier's name in messages. */
    abstract String carrierName();

    /** The layout's お客様管理番号 column: its name, what it accepts and how that reads in a message. */
    record ManagementNumber(String column, Pattern pattern, String rule) {
    }

    abstract ManagementNumber managementNumber();

    /** Whether the carrier's software issues labels of this service at all. */
    abstract boolean offers(ServiceType service);

    /** What else this layout refuses for a service it offers (代引 or クール it cannot take, missing contract numbers …). */
    Optional<String> serviceProblem(ShippingLabel label, ServiceType service) {
        return Optional.empty();
    }

    abstract int phoneLength();

    /** The checks every carrier layout makes, in this order: 管理番号, サービス種別, the layout's own, then both parties. */
    @Override
    public final Optional<String> problem(ShippingLabel label) {
        ManagementNumber number = managementNumber();
        if (!number.pattern().matcher(label.managementNumber() == null ? "" : label.managementNumber()).matches()) {
            return Optional.of(number.column() + "「" + label.managementNumber() + "」は" + number.rule() + "でなければなりません");
        }
        ServiceType service = label.serviceType();
        if (service == null) {
            return Optional.of("配送方法のサービス種別が未設定です");
        }
        if (!offers(service)) {
            return Optional.of("「" + service.label() + "」は" + carrierName() + "で発行できない配送方法です");
        }
        return serviceProblem(label, service).or(() -> partyProblem(label, phoneLength()));
    }

    /**
     * Writes the header and one row per label; {@code out} is flushed, not closed.
     *
     * @throws IllegalArgumentException when a label has a {@link #problem} (the caller must leave those out)
     */
    @Override
    public void write(List<ShippingLabel> labels, ExportOptions options, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>(labels.size());
        for (ShippingLabel label : labels) {
            Optional<String> problem = problem(label);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("送り状「" + label.managementNumber() + "」は" + carrierName()
                        + "に出力できません: " + problem.get());
            }
            rows.add(row(label, options, new LabelWarnings()));
        }
        Writer writer = new OutputStreamWriter(out, CarrierText.WINDOWS_31J.newEncoder());
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header());
        for (List<String> row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
    }

    /** The warnings of a label without a {@link #problem}; a label with a problem has none (it is not exported). */
    @Override
    public List<String> warnings(ShippingLabel label, ExportOptions options) {
        if (problem(label).isPresent()) {
            return List.of();
        }
        LabelWarnings warnings = new LabelWarnings();
        row(label, options, warnings);
        return warnings.list();
    }

    /** A free-text cell: spreadsheet-safe, then cut to {@code maxBytes}. */
    static String cell(String value, int maxBytes, String field, LabelWarnings warnings) {
        return CarrierText.fit(SpreadsheetSafe.cell(value), maxBytes, field, warnings);
    }

    /** Printable text of a stored value, cut to {@code maxBytes}. */
    static String text(String raw, int maxBytes, String field, LabelWarnings warnings) {
        return cell(CarrierText.text(raw, field, warnings), maxBytes, field, warnings);
    }

    /**
     * A phone number for a field of {@code maxLength} characters: hyphens are dropped when only they make it too long.
     */
    static String phone(String raw, int maxLength) {
        String phone = CarrierText.phone(raw);
        return phone.length() <= maxLength ? phone : phone.replace("-", "");
    }

    /**
     * 品名 of the first item; " 他" is appended when there are more, and the name is cut so that both fit.
     */
    static String firstItemName(ShippingLabel label, int maxBytes, String field, LabelWarnings warnings) {
        if (label.items().isEmpty()) {
            return "";
        }
        String name = SpreadsheetSafe.cell(CarrierText.text(label.items().get(0).name(), field, warnings));
        if (label.items().size() == 1) {
            return CarrierText.fit(name, maxBytes, field, warnings);
        }
        return CarrierText.fit(name, maxBytes - CarrierText.bytes(OTHERS), field, warnings) + OTHERS;
    }

    /**
     * The problems every layout shares: the recipient and the sender need a name, a seven-digit postal code, an
     * address and a phone number of at most {@code maxPhoneDigits} digits; a 代引 needs an amount.
     */
    static Optional<String> partyProblem(ShippingLabel label, int maxPhoneDigits) {
        Optional<String> recipient = partyProblem(label.recipient(), "お届け先", maxPhoneDigits);
        if (recipient.isPresent()) {
            return recipient;
        }
        Optional<String> sender = partyProblem(label.sender(), "ご依頼主", maxPhoneDigits)
                .map(reason -> reason + "（店舗プロフィールを確認してください）");
        if (sender.isPresent()) {
            return sender;
        }
        if (label.cashOnDelivery() && label.codAmount() <= 0) {
            return Optional.of("代金引換の金額が0円です");
        }
        return Optional.empty();
    }

    private static Optional<String> partyProblem(LabelParty party, String who, int maxPhoneDigits) {
        if (party == null) {
            return Optional.of(who + "がありません");
        }
        if (party.name().isBlank()) {
            return Optional.of(who + "の名前がありません");
        }
        if (party.postalCode().isBlank()) {
            return Optional.of(who + "の郵便番号がありません");
        }
        if (CarrierText.postalCode(party.postalCode()) == null) {
            return Optional.of(who + "の郵便番号「" + party.postalCode() + "」が7桁ではありません");
        }
        if (party.address1().isBlank() && party.address2().isBlank()) {
            return Optional.of(who + "の住所がありません");
        }
        String phone = CarrierText.phone(party.phone());
        if (phone.isEmpty()) {
            return Optional.of(who + "の電話番号がありません");
        }
        if (phone.replace("-", "").length() > maxPhoneDigits) {
            return Optional.of(who + "の電話番号「" + party.phone() + "」が" + maxPhoneDigits + "桁を超えています");
        }
        return Optional.empty();
    }

    /** A warning for a requested time slot that is printed differently or not at all. */
    static void slotWarning(LabelWarnings warnings, ShippingLabel label, DeliveryWindow window, String carrier,
            String printedAs) {
        String raw = label.requestedTimeSlot() == null ? "" : label.requestedTimeSlot().strip();
        String asked = window == DeliveryWindow.UNKNOWN ? "「" + raw + "」" : window.label();
        warnings.add("お届け時間帯: " + asked + "は" + carrier + "の時間帯にないため"
                + (printedAs == null ? "指定なしで出力しました" : printedAs + "で出力しました"));
    }

    static String amount(long yen) {
        return Long.toString(yen);
    }

    static List<String> blanks(int count) {
        List<String> blanks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            blanks.add("");
        }
        return blanks;
    }
}
