package jp.juchu.support;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.payment.DeferredProvider;
import jp.juchu.payment.DeferredProviderSettingInput;
import jp.juchu.payment.DeferredProviderSettings;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * NP後払い on the WireMock stand-in for a process test: before each test the provider is configured with this test
 * class's own credentials; the stubs a test adds through {@link #stub} are removed after it.
 * Register with {@code @RegisterExtension final NpStandIn np = new NpStandIn("…");}.
 */
public final class NpStandIn implements BeforeEachCallback, AfterEachCallback {

    private final String name;
    private final List<StubMapping> stubs = new ArrayList<>();

    public NpStandIn(String name) {
        this.name = name;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(DeferredProviderSettings.class).update(DeferredProvider.NP_ATOBARAI,
                new DeferredProviderSettingInput(false, "merchant-" + name, "sp-" + name, "terminal-" + name, false));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stubs.forEach(StandIns.HTTP::removeStub);
        stubs.clear();
    }

    /** Stubs a stand-in answer (NP or a mall API: they share the server) for the current test only. */
    public StubMapping stub(MappingBuilder mapping) {
        StubMapping stub = StandIns.HTTP.stubFor(mapping);
        stubs.add(stub);
        return stub;
    }
}
