package jp.juchu.intake.rakuten;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.juchu.core.JapaneseText;
import jp.juchu.core.Mall;
import jp.juchu.core.Parsed;
import jp.juchu.core.PhoneNumber;
import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;
import jp.juchu.intake.ImportIssue;
import jp.juchu.intake.ImportedAddress;
import jp.juchu.intake.ImportedAmounts;
import jp.juchu.intake.ImportedLine;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedParty;
import jp.juchu.intake.ImportedShipment;
import jp.juchu.intake.MallFlag;
import jp.juchu.intake.RejectedOrder;
import jp.juchu.intake.ShipmentAmounts;
import jp.juchu.intake.Wrapping;
import jp.juchu.mall.OrderProgress;
import jp.juchu.mall.RakutenOrderModel;

/**
 * Maps a getOrder OrderModel to an {@link ImportedOrder} with the semantics of the 楽天ペイ受注CSV reader:
 * payment and delivery names verbatim (for the mapping tables), other texts normalised, amounts as
 * stated ({@code -9999} = 未確定 → 0 and flagged), status as its RMS label, cancelled = 900
 * キャンセル確定, deleted 送付先 and 明細 left out. An order without number, order date, payment
 * method or any valid line is rejected with every reason.
 */
public final class RakutenApiOrderMapper {

    /** What the imported orders name as their "file". */
    public static final String SOURCE = "楽天ペイ受注API";
    private static final long UNDETERMINED = -9999;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final Map<Integer, String> ORDER_TYPES = Map.of(1, "通常購入", 4, "定期購入", 5, "頒布会", 6, "予約商品");
    private static final Map<Integer, String> CARD_PAY_TYPES = Map.of(0, "一括払い", 1, "リボ払い", 2, "分割払い",
            3, "その他払い", 4, "ボーナス一括払い");
    private static final Map<Integer, String> WRAPPING_TITLES = Map.of(1, "包装紙", 2, "リボン");

    /** Either {@code order} or {@code rejected} is set. */
    public record Result(ImportedOrder order, RejectedOrder rejected) {
    }

    public Result map(RakutenOrderModel.Order source) {
        return new Mapping(source).run();
    }

    private static final class Mapping {

        private final RakutenOrderModel.Order source;
        private final String number;
        private final List<ImportIssue> notes = new ArrayList<>();
        private final List<ImportIssue> problems = new ArrayList<>();
        private final Set<MallFlag> flags = EnumSet.noneOf(MallFlag.class);

        Mapping(RakutenOrderModel.Order source) {
            this.source = source;
            this.number = JapaneseText.normalizeToNull(source.orderNumber());
        }

        Result run() {
            if (number == null) {
                problem("orderNumber", "注文番号がありません");
            }
            LocalDateTime orderedAt = source.orderDatetime() == null ? null
                    : source.orderDatetime().atZoneSameInstant(JAPAN).toLocalDateTime();
            if (orderedAt == null) {
                problem("orderDatetime", "注文日時がありません");
            }
            RakutenOrderModel.Settlement settlement = source.settlement();
            String paymentMethod = settlement == null ? null : verbatim(settlement.settlementMethod());
            if (paymentMethod == null) {
                problem("SettlementModel.settlementMethod", "支払方法がありません");
            }
            readFlags();
            String status = OrderProgress.of(source.orderProgress()).map(OrderProgress::label)
                    .orElse(source.orderProgress() == null ? null : String.valueOf(source.orderProgress()));
            if (source.cancelled()) {
                note("orderProgress", "楽天でキャンセル確定の注文です");
            }
            ImportedAmounts amounts = amounts();
            List<ImportedShipment> shipments = shipments();
            if (problems.isEmpty() && shipments.stream().allMatch(s -> s.lines().isEmpty())) {
                problem("PackageModelList", "商品明細がありません");
            }
            if (!problems.isEmpty()) {
                return new Result(null, new RejectedOrder(number, SOURCE, 0, problems));
            }
            ImportedOrder order = new ImportedOrder(Mall.RAKUTEN, number, SOURCE, 0, orderedAt, status,
                    source.cancelled(), label(ORDER_TYPES, source.orderType()), paymentMethod, paymentDetail(settlement),
                    source.delivery() == null ? null : verbatim(source.delivery().deliveryName()), orderer(),
                    amounts, ShippingTerms.requested(source.deliveryDate(), source.shippingTerm()),
                    flag(source.giftCheckFlag()), wrappings(), text(source.remarks()), text(source.memo()), flags,
                    shipments, notes);
            return new Result(order, null);
        }

        private void readFlags() {
            if (flag(source.isolatedIslandFlag())) {
                flags.add(MallFlag.REMOTE_ISLAND);
            }
            if (flag(source.rakutenConfirmFlag())) {
                flags.add(MallFlag.RAKUTEN_CONFIRMING);
            }
            if (flag(source.severalSenderFlag())) {
                flags.add(MallFlag.MULTIPLE_DESTINATIONS);
            }
            if (flag(source.asurakuFlag())) {
                flags.add(MallFlag.NEXT_DAY_DELIVERY);
            }
            Integer warning = source.cautionDisplayType();
            if (warning != null && warning != 0) {
                flags.add(MallFlag.MALL_WARNING);
                note("cautionDisplayType", "楽天の警告表示があります（警告表示タイプ: " + warning + "）");
            }
        }

        private ImportedAmounts amounts() {
            long codFee = amount("deliveryPrice", source.deliveryPrice());
            long paymentFee = source.paymentCharge() == null ? codFee : amount("paymentCharge", source.paymentCharge());
            long couponShop = amount("couponShopPrice", source.couponShopPrice());
            long couponMall = amount("couponOtherPrice", source.couponOtherPrice());
            long couponTotal = source.couponAllTotalPrice() == null ? couponShop + couponMall
                    : amount("couponAllTotalPrice", source.couponAllTotalPrice());
            long wrapping = wrappingPrice(source.wrapping1()) + wrappingPrice(source.wrapping2());
            long points = source.point() == null ? 0 : amount("PointModel.usedPoint", source.point().usedPoint());
            Long total = source.totalPrice() == null ? null : amount("totalPrice", source.totalPrice());
            return new ImportedAmounts(amount("goodsPrice", source.goodsPrice()), amount("goodsTax", source.goodsTax()),
                    amount("postagePrice", source.postagePrice()), paymentFee, wrapping, points, couponTotal, couponShop,
                    couponMall, 0, amount("requestPrice", source.requestPrice()), total, true);
        }

        private long wrappingPrice(RakutenOrderModel.Wrapping wrapping) {
            return active(wrapping) ? amount("WrappingModel.price", wrapping.price()) : 0;
        }

        private List<Wrapping> wrappings() {
            List<Wrapping> list = new ArrayList<>();
            for (RakutenOrderModel.Wrapping wrapping : new RakutenOrderModel.Wrapping[] {source.wrapping1(), source.wrapping2()}) {
                if (active(wrapping)) {
                    list.add(new Wrapping(label(WRAPPING_TITLES, wrapping.title()), text(wrapping.name()),
                            wrapping.price() == null || wrapping.price() == UNDETERMINED ? 0 : wrapping.price(),
                            wrapping.includeTaxFlag() == null ? null : flag(wrapping.includeTaxFlag()), null));
                }
            }
            return list;
        }

        private static boolean active(RakutenOrderModel.Wrapping wrapping) {
            return wrapping != null && !flag(wrapping.deleteWrappingFlag()) && (wrapping.title() != null || wrapping.name() != null);
        }

        private List<ImportedShipment> shipments() {
            List<ImportedShipment> shipments = new ArrayList<>();
            for (RakutenOrderModel.Package pkg : source.packages()) {
                if (flag(pkg.packageDeleteFlag())) {
                    continue;
                }
                List<ImportedLine> lines = new ArrayList<>();
                for (RakutenOrderModel.Item item : pkg.items()) {
                    if (!flag(item.deleteItemFlag())) {
                        lines.add(line(item));
                    }
                }
                RakutenOrderModel.Sender sender = pkg.sender();
                ImportedParty recipient = sender == null ? null : party(sender.zipCode1(), sender.zipCode2(),
                        sender.prefecture(), sender.city(), sender.subAddress(), sender.familyName(), sender.firstName(),
                        sender.familyNameKana(), sender.firstNameKana(), sender.phoneNumber1(), sender.phoneNumber2(),
                        sender.phoneNumber3(), null, "SenderModel");
                if (sender != null && flag(sender.isolatedIslandFlag())) {
                    flags.add(MallFlag.REMOTE_ISLAND);
                }
                ShipmentAmounts amounts = new ShipmentAmounts(amount("goodsPrice", pkg.goodsPrice()),
                        amount("goodsTax", pkg.goodsTax()), amount("postagePrice", pkg.postagePrice()),
                        amount("deliveryPrice", pkg.deliveryPrice()), amount("totalPrice", pkg.totalPrice()));
                shipments.add(new ImportedShipment(pkg.basketId() == null ? null : String.valueOf(pkg.basketId()),
                        recipient, text(pkg.noshi()), amounts, lines));
            }
            return shipments;
        }

        private ImportedLine line(RakutenOrderModel.Item item) {
            String name = text(item.itemName());
            if (name == null) {
                problem("ItemModelList.itemName", "商品名がありません（商品明細ID " + item.itemDetailId() + "）");
            }
            if (item.units() == null || item.units() < 1) {
                problem("ItemModelList.units", "個数「" + item.units() + "」が正しくありません（商品明細ID " + item.itemDetailId() + "）");
            }
            if (item.price() == null) {
                problem("ItemModelList.price", "単価がありません（商品明細ID " + item.itemDetailId() + "）");
            }
            return new ImportedLine(item.itemDetailId() == null ? null : String.valueOf(item.itemDetailId()),
                    item.itemId() == null ? null : String.valueOf(item.itemId()), text(item.itemNumber()),
                    text(item.manageNumber()), name, text(item.selectedChoice()), item.price(),
                    item.units() == null ? 0 : item.units(), null,
                    item.includeTaxFlag() == null ? null : flag(item.includeTaxFlag()), percent(item.taxRate()),
                    text(item.delvdateInfo()), 0);
        }

        private ImportedParty orderer() {
            RakutenOrderModel.Orderer o = source.orderer();
            if (o == null) {
                problem("OrdererModel", "注文者情報がありません");
                return null;
            }
            return party(o.zipCode1(), o.zipCode2(), o.prefecture(), o.city(), o.subAddress(), o.familyName(),
                    o.firstName(), o.familyNameKana(), o.firstNameKana(), o.phoneNumber1(), o.phoneNumber2(),
                    o.phoneNumber3(), text(o.emailAddress()), "OrdererModel");
        }

        private ImportedParty party(String zip1, String zip2, String prefectureName, String city, String subAddress,
                String family, String given, String familyKana, String givenKana, String phone1, String phone2,
                String phone3, String email, String model) {
            String prefectureRaw = text(prefectureName);
            Prefecture prefecture = prefectureRaw == null ? null : Prefecture.fromName(prefectureRaw).orElse(null);
            if (prefectureRaw != null && prefecture == null) {
                note(model + ".prefecture", "都道府県「" + prefectureRaw + "」を認識できません");
            }
            String head = text(zip1);
            String tail = text(zip2);
            String postalRaw = join("-", head, tail);
            PostalCode postalCode = null;
            if (postalRaw == null) {
                note(model + ".zipCode1", "郵便番号がありません");
            } else {
                postalCode = noted(model + ".zipCode1", PostalCode.parse(head, tail, prefecture));
            }
            String phoneRaw = join("-", text(phone1), text(phone2), text(phone3));
            PhoneNumber phone = phoneRaw == null ? null : noted(model + ".phoneNumber1", PhoneNumber.parse(phoneRaw));
            ImportedAddress address = new ImportedAddress(postalRaw, postalCode, prefectureRaw, prefecture, text(city),
                    text(subAddress), null);
            return new ImportedParty(text(family), text(given), text(familyKana), text(givenKana), address, phoneRaw,
                    phone, email);
        }

        private <T> T noted(String field, Parsed<T> parsed) {
            if (parsed.message() != null) {
                note(field, parsed.message());
            }
            return parsed.value();
        }

        private long amount(String field, Long value) {
            if (value == null) {
                return 0;
            }
            if (value == UNDETERMINED) {
                flags.add(MallFlag.AMOUNT_UNDETERMINED);
                note(field, "「" + field + "」が楽天で未確定です（-9999）。確定後に金額を確認してください");
                return 0;
            }
            return value;
        }

        private void note(String field, String message) {
            notes.add(new ImportIssue(SOURCE, 0, field, number, message));
        }

        private void problem(String field, String message) {
            problems.add(new ImportIssue(SOURCE, 0, field, number, message));
        }

        private static String paymentDetail(RakutenOrderModel.Settlement settlement) {
            if (settlement == null) {
                return null;
            }
            return join(" ", label(CARD_PAY_TYPES, settlement.cardPayType()), text(settlement.cardInstallmentDesc()));
        }

        private static String label(Map<Integer, String> labels, Integer code) {
            return code == null ? null : labels.get(code);
        }

        private static Integer percent(BigDecimal rate) {
            if (rate == null) {
                return null;
            }
            BigDecimal percent = rate.compareTo(BigDecimal.ONE) < 0 ? rate.movePointRight(2) : rate;
            return percent.intValue();
        }

        private static boolean flag(Integer value) {
            return value != null && value == 1;
        }

        private static String text(String value) {
            return JapaneseText.normalizeToNull(value);
        }

        private static String verbatim(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static String join(String separator, String... parts) {
            StringBuilder sb = new StringBuilder();
            for (String part : parts) {
                if (part != null) {
                    sb.append(sb.isEmpty() ? "" : separator).append(part);
                }
            }
            return sb.isEmpty() ? null : sb.toString();
        }
    }
}
