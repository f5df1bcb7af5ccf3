package jp.juchu.shipping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.Mall;
import jp.juchu.shop.ServiceType;

/** Builds {@link ShippingLabel}s for the layout tests: only what a carrier file uses varies. */
final class TestLabel {

    static final LocalDate SHIP_DATE = LocalDate.of(2025, 5, 7);
    /** The sender as the integrator builds it from the 店舗プロフィール (住所1 = 都道府県・市区町村, 住所2 = 番地以降 + 住所3). */
    static final LabelParty SHOP = new LabelParty("サンプル雑貨店", "サンプルザッカテン", "150-0002", "",
            "東京都渋谷区", "渋谷9-99-99 サンプルビル5F", "03-0000-0000");
    static final CarrierAccount ACCOUNT = new CarrierAccount("012345678901", "", "01");

    private final String managementNumber;
    private LabelParty recipient;
    private LabelParty sender = SHOP;
    private ServiceType service = ServiceType.TAKKYUBIN;
    private boolean cod;
    private long codAmount;
    private long codTax;
    private LocalDate requestedDate;
    private String timeSlot = "";
    private String note = "";
    private final List<LabelItem> items = new ArrayList<>();
    private CarrierAccount account = ACCOUNT;
    private LocalDate shipDate = SHIP_DATE;

    private TestLabel(String managementNumber) {
        this.managementNumber = managementNumber;
    }

    static TestLabel label(String managementNumber) {
        return new TestLabel(managementNumber);
    }

    /** A recipient as an order stores it: 住所1 = 市区郡, 住所2 = 町・番地 [space building]. */
    TestLabel to(String name, String phone, String postalCode, String prefecture, String city, String rest) {
        this.recipient = new LabelParty(name, "", postalCode, prefecture, city, rest, phone);
        return this;
    }

    TestLabel to(LabelParty party) {
        this.recipient = party;
        return this;
    }

    TestLabel from(LabelParty party) {
        this.sender = party;
        return this;
    }

    TestLabel service(ServiceType service) {
        this.service = service;
        return this;
    }

    TestLabel cod(long amount, long tax) {
        this.cod = true;
        this.codAmount = amount;
        this.codTax = tax;
        return this;
    }

    TestLabel on(LocalDate date) {
        this.requestedDate = date;
        return this;
    }

    TestLabel slot(String raw) {
        this.timeSlot = raw;
        return this;
    }

    TestLabel note(String note) {
        this.note = note;
        return this;
    }

    TestLabel items(String... names) {
        for (String name : names) {
            items.add(new LabelItem("id", "no", name, "", 1000, 1));
        }
        return this;
    }

    TestLabel account(CarrierAccount account) {
        this.account = account;
        return this;
    }

    TestLabel shipDate(LocalDate date) {
        this.shipDate = date;
        return this;
    }

    ShippingLabel build() {
        return new ShippingLabel(1L, managementNumber, "samplezakka", "サンプル雑貨店", Mall.RAKUTEN,
                Instant.parse("2025-05-01T00:00:00Z"), 1L, 1, managementNumber, recipient, sender, recipient, "",
                "YAMATO", service, service == null ? "" : service.label(), cod ? "代金引換" : "クレジットカード", cod,
                codAmount, codTax, 0, 0, 0, codAmount, shipDate, requestedDate, timeSlot, "", false, "", "", note,
                items, account);
    }
}
