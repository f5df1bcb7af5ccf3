package jp.juchu.mail;

import java.time.Clock;
import java.util.stream.Stream;
import jp.juchu.order.Order;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.MailTemplateView;
import jp.juchu.shop.MailTemplates;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.RenderedMail;
import jp.juchu.shop.ShopDetails;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.StoreProfile;
import jp.juchu.shop.StoreProfiles;
import org.springframework.stereotype.Component;

/** Renders a メールテンプレート for one order into a mail with its addresses. */
@Component
class MailComposer {

    private final ShopDirectory shops;
    private final StoreProfiles profiles;
    private final MailTemplates templates;
    private final MailProperties properties;
    private final OrderMailValues values;

    MailComposer(ShopDirectory shops, StoreProfiles profiles, MailTemplates templates, MethodMappings methods,
                 DeliverySettings delivery, MailProperties properties, Clock clock) {
        this.shops = shops;
        this.profiles = profiles;
        this.templates = templates;
        this.properties = properties;
        this.values = new OrderMailValues(methods::paymentMethod, methods::deliveryMethod,
                code -> delivery.carriers().stream().filter(c -> c.code().equals(code)).findFirst(), clock.getZone());
    }

    ComposedMail compose(Order order, String shopCode, MailTemplateView template) {
        Letterhead letterhead = letterhead(shopCode);
        RenderedMail rendered = templates.render(template, values.of(order, letterhead));
        return new ComposedMail(order.getOrdererEmail().strip(), letterhead.senderAddress(), letterhead.shopName(),
                oneLine(rendered.subject()), rendered.body());
    }

    /**
     * The sender is the shop's own 送信元メールアドレス, else the 店舗プロフィール's mail address, else
     * {@code juchu.mail.from}.
     */
    Letterhead letterhead(String shopCode) {
        ShopDetails shop = shops.details(shopCode);
        StoreProfile profile = profiles.current();
        String sender = Stream.of(shop.senderEmail(), profile.mail(), properties.from())
                .filter(a -> a != null && !a.isBlank()).findFirst().orElseThrow().strip();
        return new Letterhead(shop.name(), shop.url(), sender, profile);
    }

    /** A placeholder with line breaks (e.g. 送付先) must not break the Subject header. */
    static String oneLine(String subject) {
        return subject.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
