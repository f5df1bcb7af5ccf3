package jp.juchu.payment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = NpAtobaraiApi.class)
@EnableConfigurationProperties(NpAtobaraiProperties.class)
class PaymentConfiguration {
}
