package jp.juchu.payment;

import java.time.Instant;

/**
 * 後払い設定 of one provider as shown to admins: secrets only as configured/masked (at most the last 4
 * characters of long values).
 *
 * @param credentialsNeeded whether the provider is called over an API and needs credentials (NP後払い)
 * @param ready             whether everything needed to use the provider is set
 */
public record DeferredProviderSettingView(DeferredProvider provider, String label, String linkage,
                                          boolean invoiceEnclosedDefault, boolean credentialsNeeded,
                                          String merchantCode, boolean spCodeConfigured, String spCodeMasked,
                                          boolean terminalIdConfigured, String terminalIdMasked, boolean ready,
                                          String updatedBy, Instant updatedAt) {
}
