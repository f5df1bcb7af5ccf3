package jp.juchu.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderHistoryEntry;
import jp.juchu.shop.MailPurpose;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Mails of orders entered through the API, delivered to the JVM-wide GreenMail. Every order has its own
 * recipient; each delivered mail carries its outbox id ({@code X-Juchu-Mail-Id}), so mails the order process
 * sends on its own never count here.
 */
@IntegrationTest
class OrderMailsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    OrderMails mails;

    @Autowired
    MailMessageRepository messages;

    @Autowired
    OrderBook book;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    ApiClient api;
    String suffix;
    String shopName;
    String shop;

    @BeforeEach
    void shopWithItsOwnTemplates() {
        api = ApiClient.admin(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        shopName = "メール試験店 " + suffix;
        shop = createShop(shopName, "shop-" + suffix + "@example.jp");
        createTemplate("ORDER_THANKS", shop, "注文サンクス " + suffix, "【{{店舗名}}】ご注文ありがとうございます (受注番号: {{受注番号}})",
                "{{注文者名}} 様\n\nご注文ありがとうございます。\n\n{{#商品明細}}\n{{商品名}} × {{数量}}個 {{金額}}円\n{{/商品明細}}\n"
                        + "合計金額: {{合計金額}}円\n\n{{店舗署名}}\n");
        createTemplate("PAYMENT_REMINDER", shop, "入金催促 " + suffix, "【{{店舗名}}】ご入金のお願い (受注番号: {{受注番号}})",
                "{{注文者名}} 様\n\nご入金をお願いいたします。ご請求金額: {{合計金額}}円\n");
    }

    @Test
    void anAutomaticThanksMailIsRenderedSentOnceAndLogged() throws Exception {
        String to = recipient();
        String number = "MAIL-" + suffix + "-1";
        long order = order(shop, number, to);
        String key = "it:thanks:" + UUID.randomUUID();

        withAutoSend(MailPurpose.ORDER_THANKS, true, () -> {
            assertThat(mails.sendForProcess(order, MailPurpose.ORDER_THANKS, key)).isEqualTo(MailOutcome.SENT);
            assertThat(mails.sendForProcess(order, MailPurpose.ORDER_THANKS, key)).isEqualTo(MailOutcome.SENT);
        });

        MailMessage stored = messages.findByIdempotencyKey(key).orElseThrow();
        MimeMessage received = onlyMail(to, stored.getId());
        String subject = "【" + shopName + "】ご注文ありがとうございます (受注番号: " + number + ")";
        assertThat(received.getSubject()).isEqualTo(subject);
        String body = body(received);
        assertThat(body).startsWith("受注 一郎 様\n\nご注文ありがとうございます。\n\n有機りんごジュース 1L × 2個 2,160円\n合計金額: 2,760円\n\n━━━")
                .contains(shopName, "MAIL shop-" + suffix + "@example.jp");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("shop-" + suffix + "@example.jp");
        assertThat(from.getPersonal()).isEqualTo(shopName);

        JsonNode entry = logEntry(order, stored.getId());
        assertThat(entry.path("purpose").asText()).isEqualTo("ORDER_THANKS");
        assertThat(entry.path("subject").asText()).isEqualTo(subject);
        assertThat(entry.path("to").asText()).isEqualTo(to);
        assertThat(entry.path("status").asText()).isEqualTo("SENT");
        assertThat(entry.path("sentAt").asText()).isNotBlank();
        assertThat(mailHistory(order)).filteredOn(text -> text.contains("(メール " + stored.getId() + ")"))
                .containsExactly("「注文サンクス」メールを " + to + " に送信しました 件名「" + subject + "」 (メール " + stored.getId() + ")");
    }

    @Test
    void aPurposeSwitchedOffIsSkippedAndLoggedAndItsKeyKeepsThatOutcome() throws Exception {
        String to = recipient();
        long order = order(shop, "MAIL-" + suffix + "-2", to);
        String key = "it:reminder:" + UUID.randomUUID();

        withAutoSend(MailPurpose.PAYMENT_REMINDER, false, () ->
                assertThat(mails.sendForProcess(order, MailPurpose.PAYMENT_REMINDER, key)).isEqualTo(MailOutcome.SKIPPED_AUTO_SEND_OFF));

        assertThat(mailsTo(to)).noneMatch(m -> subjectOf(m).contains("ご入金のお願い"));
        MailMessage skipped = messages.findByIdempotencyKey(key).orElseThrow();
        JsonNode entry = logEntry(order, skipped.getId());
        assertThat(entry.path("status").asText()).isEqualTo("SKIPPED_AUTO_SEND_OFF");
        assertThat(entry.path("purpose").asText()).isEqualTo("PAYMENT_REMINDER");
        assertThat(entry.path("subject").isNull()).isTrue();
        assertThat(entry.path("reason").asText()).isEqualTo("自動処理設定で「入金催促」メールを自動送信しない設定になっています");
        assertThat(mailHistory(order)).contains("「入金催促」メールを送信しませんでした: 自動処理設定で「入金催促」メールを自動送信しない設定になっています");

        withAutoSend(MailPurpose.PAYMENT_REMINDER, true, () -> {
            assertThat(mails.sendForProcess(order, MailPurpose.PAYMENT_REMINDER, key)).isEqualTo(MailOutcome.SKIPPED_AUTO_SEND_OFF);
            assertThat(mailsTo(to)).noneMatch(m -> subjectOf(m).contains("ご入金のお願い"));
            String next = key + ":next";
            assertThat(mails.sendForProcess(order, MailPurpose.PAYMENT_REMINDER, next)).isEqualTo(MailOutcome.SENT);
            assertThat(subjectOf(onlyMail(to, messages.findByIdempotencyKey(next).orElseThrow().getId())))
                    .isEqualTo("【" + shopName + "】ご入金のお願い (受注番号: MAIL-" + suffix + "-2)");
        });
    }

    @Test
    void twoWorkersWithTheSameKeyAtOnceSendOneMail() throws Exception {
        String to = recipient();
        long order = order(shop, "MAIL-" + suffix + "-11", to);
        String key = "it:race:" + UUID.randomUUID();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<MailOutcome> send = () -> {
            start.await();
            return mails.sendForProcess(order, MailPurpose.ORDER_THANKS, key);
        };

        withAutoSend(MailPurpose.ORDER_THANKS, true, () -> {
            try {
                Future<MailOutcome> first = workers.submit(send);
                Future<MailOutcome> second = workers.submit(send);
                start.countDown();
                assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS)))
                        .containsExactly(MailOutcome.SENT, MailOutcome.SENT);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                workers.shutdownNow();
            }
        });

        long id = messages.findByIdempotencyKey(key).orElseThrow().getId();
        onlyMail(to, id);
        assertThat(mailHistory(order)).filteredOn(h -> h.contains("(メール " + id + ")")).hasSize(1);
    }

    @Test
    void anOrderWithoutAddressIsSkippedAndAnUnknownOrderIsNotFound() {
        long order = order(shop, "MAIL-" + suffix + "-3", null);

        withAutoSend(MailPurpose.ORDER_THANKS, true, () ->
                assertThat(mails.sendForProcess(order, MailPurpose.ORDER_THANKS, "it:noaddress:" + UUID.randomUUID()))
                        .isEqualTo(MailOutcome.SKIPPED_NO_ADDRESS));

        assertThat(api.get("/api/orders/" + order + "/mails").json().get(0).path("status").asText()).isEqualTo("SKIPPED_NO_ADDRESS");
        ApiClient.Response unknown = api.get("/api/orders/" + Long.MAX_VALUE + "/mails");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("message").asText()).isEqualTo("受注 " + Long.MAX_VALUE + " はありません");
    }

    @Test
    void bulkSendingATemplateMailsEachOrderOfItsShopAndRefusesOthersWithAReason() throws Exception {
        String otherShop = createShop("メール別店 " + suffix, "");
        long template = createTemplate("FREE", shop, "お知らせ " + suffix, "【{{店舗名}}】お届けについてのお知らせ (受注番号: {{受注番号}})",
                "{{注文者名}} 様\n\nお届けについてご連絡いたします。\n");
        String to1 = recipient();
        String to2 = recipient();
        String to3 = recipient();
        long first = order(shop, "MAIL-" + suffix + "-4", to1);
        long second = order(shop, "MAIL-" + suffix + "-5", to2);
        long foreign = order(otherShop, "MAIL-" + suffix + "-6", to3);
        long noAddress = order(shop, "MAIL-" + suffix + "-7", null);

        ApiClient.Response response = api.post("/api/orders/mails",
                Map.of("orderIds", List.of(first, second, foreign, noAddress, Long.MAX_VALUE), "templateId", template));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode results = response.json().path("results");
        assertThat(results).hasSize(5);
        assertResult(results.get(0), first, "SENT", to1 + " に送信しました");
        assertResult(results.get(1), second, "SENT", to2 + " に送信しました");
        assertResult(results.get(2), foreign, "REFUSED", "テンプレート「お知らせ " + suffix + "」はショップ「" + shop
                + "」専用のため、ショップ「" + otherShop + "」の受注には送信できません");
        assertResult(results.get(3), noAddress, "SKIPPED_NO_ADDRESS", "送信しませんでした: 注文者のメールアドレスが登録されていません");
        assertResult(results.get(4), Long.MAX_VALUE, "REFUSED", "受注 " + Long.MAX_VALUE + " はありません");

        String subject = "【" + shopName + "】お届けについてのお知らせ (受注番号: MAIL-" + suffix + "-4)";
        assertThat(mailsTo(to1)).filteredOn(m -> subjectOf(m).contains("お知らせ")).singleElement()
                .satisfies(m -> assertThat(subjectOf(m)).isEqualTo(subject));
        assertThat(mailsTo(to2)).filteredOn(m -> subjectOf(m).contains("お知らせ")).hasSize(1);
        assertThat(mailsTo(to3)).noneMatch(m -> subjectOf(m).contains("お知らせ"));
        JsonNode firstLog = api.get("/api/orders/" + first + "/mails").json();
        assertThat(firstLog).anySatisfy(e -> {
            assertThat(e.path("purpose").asText()).isEqualTo("FREE");
            assertThat(e.path("subject").asText()).isEqualTo(subject);
            assertThat(e.path("status").asText()).isEqualTo("SENT");
        });
        assertThat(api.get("/api/orders/" + foreign + "/mails").json()).noneMatch(e -> e.path("purpose").asText().equals("FREE"));
        assertThat(mailHistory(first)).anyMatch(h -> h.startsWith("「フリー」メールを " + to1 + " に送信しました"));
    }

    @Test
    void aBulkRequestNamesWhatIsMissingOrUnknown() {
        ApiClient.Response noTemplate = api.post("/api/orders/mails", Map.of("orderIds", List.of(1)));
        assertThat(noTemplate.status()).isEqualTo(400);
        assertThat(noTemplate.json().path("field").asText()).isEqualTo("templateId");

        Map<String, Object> noOrders = new HashMap<>();
        noOrders.put("orderIds", List.of());
        noOrders.put("templateId", 1);
        ApiClient.Response empty = api.post("/api/orders/mails", noOrders);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("field").asText()).isEqualTo("orderIds");

        ApiClient.Response unknown = api.post("/api/orders/mails", Map.of("orderIds", List.of(1), "templateId", Long.MAX_VALUE));
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void aFailedDeliveryIsStoredAndThrownAndTheRetryDeliversTheSameMessageOnce() throws Exception {
        String to = recipient();
        long order = order(shop, "MAIL-" + suffix + "-8", to);
        String key = "it:retry:" + UUID.randomUUID();
        OrderMails refused = mails.withTransport(new SmtpMailTransport(
                SmtpMailTransportTest.senderAt(SmtpMailTransportTest.closedPort()), clock, "closed port"));

        withAutoSend(MailPurpose.ORDER_THANKS, true, () -> {
            assertThatThrownBy(() -> refused.sendForProcess(order, MailPurpose.ORDER_THANKS, key))
                    .isInstanceOf(MailDeliveryFailed.class)
                    .hasMessageContaining("SMTP サーバーがメールを受け付けませんでした");
            MailMessage failed = messages.findByIdempotencyKey(key).orElseThrow();
            assertThat(failed.getStatus()).isEqualTo(MailOutcome.FAILED);
            assertThat(failed.getAttempts()).isEqualTo(1);
            assertThat(failed.getReason()).startsWith("SMTP サーバーがメールを受け付けませんでした: ");
            assertThat(logEntry(order, failed.getId()).path("status").asText()).isEqualTo("FAILED");
            assertThat(mailsWithId(to, failed.getId())).isEmpty();

            assertThat(mails.sendForProcess(order, MailPurpose.ORDER_THANKS, key)).isEqualTo(MailOutcome.SENT);
            assertThat(mails.sendForProcess(order, MailPurpose.ORDER_THANKS, key)).isEqualTo(MailOutcome.SENT);

            MailMessage sent = messages.findByIdempotencyKey(key).orElseThrow();
            assertThat(sent.getId()).isEqualTo(failed.getId());
            assertThat(sent.getStatus()).isEqualTo(MailOutcome.SENT);
            assertThat(sent.getAttempts()).isEqualTo(2);
            assertThat(sent.getSubject()).isEqualTo(failed.getSubject());
            assertThat(subjectOf(onlyMail(to, sent.getId()))).isEqualTo(failed.getSubject());
            assertThat(api.get("/api/orders/" + order + "/mails").json())
                    .filteredOn(e -> e.path("id").asLong() == sent.getId()).hasSize(1);
            assertThat(mailHistory(order)).filteredOn(h -> h.contains("(メール " + sent.getId() + ")")).hasSize(2);
        });
    }

    @Test
    void withoutSmtpAMailStaysInTheOutboxUntilAnOperatorSendsIt() throws Exception {
        String to = recipient();
        long order = order(shop, "MAIL-" + suffix + "-9", to);
        String key = "it:outbox:" + UUID.randomUUID();
        OrderMails outboxOnly = mails.withTransport(MailTransport.OUTBOX_ONLY);

        withAutoSend(MailPurpose.ORDER_THANKS, true, () ->
                assertThat(outboxOnly.sendForProcess(order, MailPurpose.ORDER_THANKS, key)).isEqualTo(MailOutcome.OUTBOX));

        long id = messages.findByIdempotencyKey(key).orElseThrow().getId();
        assertThat(mailsWithId(to, id)).isEmpty();
        JsonNode outbox = api.get("/api/mails?orderId=" + order + "&status=OUTBOX").json();
        assertThat(outbox.path("items")).extracting(i -> i.path("id").asLong()).containsExactly(id);
        JsonNode detail = api.get("/api/mails/" + id).json();
        assertThat(detail.path("status").asText()).isEqualTo("OUTBOX");
        assertThat(detail.path("to").asText()).isEqualTo(to);
        assertThat(detail.path("from").asText()).isEqualTo("shop-" + suffix + "@example.jp");
        assertThat(detail.path("body").asText()).startsWith("受注 一郎 様\n");

        ApiClient.Response sent = api.post("/api/mails/" + id + "/send", Map.of());

        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().path("outcome").asText()).isEqualTo("SENT");
        assertThat(body(onlyMail(to, id))).isEqualTo(detail.path("body").asText());
        assertThat(api.post("/api/mails/" + id + "/send", Map.of()).status()).isEqualTo(409);
        assertThat(api.get("/api/mails?status=NOPE").json().path("field").asText()).isEqualTo("status");
        assertThat(api.get("/api/mails/" + Long.MAX_VALUE).status()).isEqualTo(404);
    }

    @Test
    void theScreenListsAnOrdersMailsAndShowsOneInFull() throws Exception {
        String to = recipient();
        long order = order(shop, "MAIL-" + suffix + "-10", to);
        String key = "it:screen:" + UUID.randomUUID();
        withAutoSend(MailPurpose.ORDER_THANKS, true, () ->
                assertThat(mails.sendForProcess(order, MailPurpose.ORDER_THANKS, key)).isEqualTo(MailOutcome.SENT));
        long id = messages.findByIdempotencyKey(key).orElseThrow().getId();

        mvc.perform(get("/mails").param("orderId", String.valueOf(order)).with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mail-" + id + "\"")))
                .andExpect(content().string(containsString("ご注文ありがとうございます (受注番号: MAIL-" + suffix + "-10)")))
                .andExpect(content().string(containsString("送信済")));
        mvc.perform(get("/mails/" + id).with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("有機りんごジュース 1L × 2個 2,160円")))
                .andExpect(content().string(containsString(to)));
        mvc.perform(get("/mails").param("orderId", "abc").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("受注 ID は数字で入力してください")));
        mvc.perform(get("/mails/" + Long.MAX_VALUE).with(user("operator").roles("OPERATOR")))
                .andExpect(status().isNotFound());
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private String recipient() {
        return "order-" + UUID.randomUUID() + "@example.jp";
    }

    private String createShop(String name, String senderEmail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mall", "OTHER");
        body.put("name", name);
        body.put("shortName", "メ" + suffix.substring(0, 4));
        body.put("url", "https://shop.example.jp/" + suffix + "/");
        body.put("senderEmail", senderEmail);
        ApiClient.Response created = api.post("/api/shops", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("code").asText();
    }

    private long createTemplate(String purpose, String shopCode, String name, String subject, String body) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("purpose", purpose);
        template.put("shop", shopCode);
        template.put("name", name);
        template.put("subject", subject);
        template.put("body", body);
        ApiClient.Response created = api.post("/api/mail-templates", template);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** 手動受注入力 over the API: 2 × 1,080 yen, 600 yen shipping, 代金引換, to a valid Tokyo address. */
    private long order(String shopCode, String number, String email) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", "受注 一郎");
        person.put("kana", "ジュチュウ イチロウ");
        person.put("postalCode", "150-0002");
        person.put("prefecture", "東京都");
        person.put("address1", "渋谷区渋谷1-2-3");
        person.put("phone", "03-1234-5678");
        Map<String, Object> line = new HashMap<>();
        line.put("itemNumber", "A-001");
        line.put("itemName", "有機りんごジュース 1L");
        line.put("unitPrice", 1080);
        line.put("quantity", 2);
        line.put("taxRate", 8);
        Map<String, Object> shipment = new HashMap<>();
        shipment.put("recipient", person);
        shipment.put("deliveryMethod", "YAMATO_TAKKYUBIN");
        shipment.put("shippingFee", 600);
        shipment.put("lines", List.of(line));
        Map<String, Object> order = new HashMap<>();
        order.put("shop", shopCode);
        order.put("mallOrderNumber", number);
        order.put("orderer", person);
        order.put("email", email);
        order.put("paymentMethod", "COD");
        order.put("shipments", List.of(shipment));
        ApiClient.Response created = api.post("/api/orders", order);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** Runs {@code body} with one purpose's 自動送信 switched as given, then restores the settings as they were. */
    private void withAutoSend(MailPurpose purpose, boolean on, Runnable body) {
        JsonNode original = api.get("/api/automation-settings").json();
        Map<String, Object> changed = JSON.convertValue(original, mapType());
        @SuppressWarnings("unchecked")
        Map<String, Object> autoSend = (Map<String, Object>) changed.get("autoSend");
        autoSend.put(purpose.name(), on);
        ApiClient.Response updated = api.put("/api/automation-settings", changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        try {
            body.run();
        } finally {
            ApiClient.Response restored = api.put("/api/automation-settings", JSON.convertValue(original, mapType()));
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        }
    }

    private static com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> mapType() {
        return new com.fasterxml.jackson.core.type.TypeReference<>() {
        };
    }

    private JsonNode logEntry(long order, long messageId) {
        ApiClient.Response log = api.get("/api/orders/" + order + "/mails");
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        for (JsonNode entry : log.json()) {
            if (entry.path("id").asLong() == messageId) {
                return entry;
            }
        }
        throw new AssertionError("mail " + messageId + " not in the log of order " + order + ": " + log.body());
    }

    private List<String> mailHistory(long order) {
        return book.history(order).stream().filter(h -> h.getKind().equals(OrderMails.HISTORY_KIND))
                .map(OrderHistoryEntry::getText).toList();
    }

    private static void assertResult(JsonNode result, long orderId, String outcome, String message) {
        assertThat(result.path("orderId").asLong()).isEqualTo(orderId);
        assertThat(result.path("outcome").asText()).as(result.toString()).isEqualTo(outcome);
        assertThat(result.path("message").asText()).isEqualTo(message);
    }

    private static List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : StandIns.SMTP.getReceivedMessages()) {
            Address[] recipients = unchecked(() -> message.getRecipients(Message.RecipientType.TO));
            if (recipients != null && List.of(recipients).stream().anyMatch(a -> ((InternetAddress) a).getAddress().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    private static List<MimeMessage> mailsWithId(String address, long messageId) {
        return mailsTo(address).stream()
                .filter(m -> String.valueOf(messageId).equals(unchecked(() -> m.getHeader(SmtpMailTransport.MESSAGE_ID_HEADER, null))))
                .toList();
    }

    private static MimeMessage onlyMail(String address, long messageId) {
        List<MimeMessage> found = mailsWithId(address, messageId);
        assertThat(found).as("mails with id " + messageId + " to " + address).hasSize(1);
        return found.get(0);
    }

    private interface MailRead<T> {
        T read() throws MessagingException;
    }

    private static <T> T unchecked(MailRead<T> read) {
        try {
            return read.read();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        String subject = unchecked(message::getSubject);
        return subject == null ? "" : subject;
    }

    private static String body(MimeMessage message) throws IOException, MessagingException {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }
}
