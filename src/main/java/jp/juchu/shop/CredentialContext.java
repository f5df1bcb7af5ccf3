package jp.juchu.shop;

/** The associated data that binds a ciphertext to its shop and field. */
final class CredentialContext {

    private CredentialContext() {
    }

    static String of(String shopCode, String credentialKey) {
        return "shop:" + shopCode + "/" + credentialKey;
    }
}
