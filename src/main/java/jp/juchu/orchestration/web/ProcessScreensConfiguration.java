package jp.juchu.orchestration.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Hooks the process screens into pages of other modules (the open tasks on 受注詳細). */
@Configuration(proxyBeanMethods = false)
class ProcessScreensConfiguration implements WebMvcConfigurer {

    private final OrderDetailTasks orderDetailTasks;

    ProcessScreensConfiguration(OrderDetailTasks orderDetailTasks) {
        this.orderDetailTasks = orderDetailTasks;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(orderDetailTasks).addPathPatterns("/orders/*", "/orders/*/fix");
    }
}
