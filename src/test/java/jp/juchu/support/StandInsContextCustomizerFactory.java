package jp.juchu.support;

import java.util.List;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Registered in META-INF/spring.factories: adds {@link StandIns#properties()} to every test context. */
public class StandInsContextCustomizerFactory implements ContextCustomizerFactory {

    private static final ContextCustomizer CUSTOMIZER = new StandInsCustomizer();

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return CUSTOMIZER;
    }

    /** One instance, equal to itself only, so it never splits the context cache. */
    private static final class StandInsCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stand-ins", StandIns.properties()));
        }
    }
}
