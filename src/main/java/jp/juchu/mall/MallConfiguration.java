package jp.juchu.mall;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = RakutenPayOrderApi.class)
@EnableConfigurationProperties(RakutenApiProperties.class)
class MallConfiguration {
}
