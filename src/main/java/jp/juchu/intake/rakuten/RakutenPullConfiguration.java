package jp.juchu.intake.rakuten;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RakutenPullProperties.class)
class RakutenPullConfiguration {
}
