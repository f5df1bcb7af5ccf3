package jp.juchu.shop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.juchu.core.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the registered shops for every other module. */
@Service
@Transactional(readOnly = true)
public class ShopDirectory {

    /** How many days ahead of its expiry the 楽天 licenseKey is flagged. */
    public static final int LICENSE_WARNING_DAYS = 14;

    private static final Logger log = LoggerFactory.getLogger(ShopDirectory.class);

    private final ShopRepository shops;
    private final CredentialCipher cipher;
    private final Clock clock;

    ShopDirectory(ShopRepository shops, CredentialCipher cipher, Clock clock) {
        this.shops = shops;
        this.cipher = cipher;
        this.clock = clock;
    }

    public Optional<ShopRef> find(String code) {
        return shops.findByCode(code).map(ShopRef::of);
    }

    public ShopRef require(String code) {
        return find(code).orElseThrow(() -> notFound(code));
    }

    public Optional<ShopRef> findById(long id) {
        return shops.findById(id).map(ShopRef::of);
    }

    public List<ShopRef> all() {
        return shops.findAllByOrderByCode().stream().map(ShopRef::of).toList();
    }

    /** Settings of one shop with masked credentials, e.g. for screens or to check {@code orderIntakeEnabled}. */
    public ShopDetails details(String code) {
        return details(load(code));
    }

    public List<ShopDetails> allDetails() {
        return shops.findAllByOrderByCode().stream().map(this::details).toList();
    }

    /**
     * The decrypted API credentials of a shop, for the mall API clients only: never return them from a
     * controller, put them into a model or log them.
     *
     * @throws CredentialDecryptionException when the secret key no longer matches the stored values
     */
    public ShopCredentials credentials(String code) {
        Shop shop = load(code);
        Map<String, String> plain = new HashMap<>();
        shop.encryptedCredentials().forEach((key, ciphertext) ->
                plain.put(key, cipher.decrypt(ciphertext, CredentialContext.of(shop.getCode(), key))));
        return new ShopCredentials(shop.getCode(), shop.getMall(), plain, shop.getLicenseKeyExpiresOn());
    }

    ShopDetails details(Shop shop) {
        LocalDate today = LocalDate.now(clock);
        LocalDate expiresOn = shop.getLicenseKeyExpiresOn();
        boolean soon = expiresOn != null && !expiresOn.isAfter(today.plusDays(LICENSE_WARNING_DAYS));
        boolean expired = expiresOn != null && expiresOn.isBefore(today);
        return new ShopDetails(shop.getCode(), shop.getMall(), shop.getName(), shop.getShortName(), shop.getUrl(),
                shop.getManagerName(), shop.getSenderEmail(), shop.isRakutenAnonymousMail(), shop.isOrderIntakeEnabled(),
                shop.getCancelledOrders(), credentialStatus(shop), expiresOn, soon, expired);
    }

    private List<CredentialStatus> credentialStatus(Shop shop) {
        return CredentialField.of(shop.getMall()).stream().map(field -> {
            String ciphertext = shop.encryptedCredentials().get(field.key());
            if (ciphertext == null) {
                return CredentialStatus.unset(field);
            }
            try {
                return CredentialStatus.of(field, cipher.decrypt(ciphertext, CredentialContext.of(shop.getCode(), field.key())));
            } catch (CredentialDecryptionException e) {
                log.warn(e.getMessage());
                return new CredentialStatus(field.key(), field.label(), true, CredentialUpdate.MASK_PREFIX);
            }
        }).toList();
    }

    private Shop load(String code) {
        return shops.findByCode(code).orElseThrow(() -> notFound(code));
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("ショップ「" + code + "」は登録されていません");
    }
}
