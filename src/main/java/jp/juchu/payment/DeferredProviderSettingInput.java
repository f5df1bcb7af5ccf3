package jp.juchu.payment;

/**
 * A change of 後払い設定. {@code null} keeps a value; for the secrets a blank or masked text
 * ({@code ••••…}) also keeps the stored one, so re-sending a shown form never erases them; {@code clearCredentials}
 * removes 加盟店コード, SPコード and 端末ID.
 */
public record DeferredProviderSettingInput(Boolean invoiceEnclosedDefault, String merchantCode, String spCode,
                                           String terminalId, boolean clearCredentials) {

    @Override
    public String toString() {
        return "DeferredProviderSettingInput[invoiceEnclosedDefault=" + invoiceEnclosedDefault + ", merchantCode="
                + merchantCode + ", spCode=(hidden), terminalId=(hidden), clearCredentials=" + clearCredentials + "]";
    }
}
