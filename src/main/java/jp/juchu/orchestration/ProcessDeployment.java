package jp.juchu.orchestration;

import io.camunda.client.annotation.Deployment;
import org.springframework.context.annotation.Configuration;

/**
 * Deploys every process model and form when the Camunda client starts. Zeebe keeps the version when the
 * content is unchanged, so restarts create no new versions; a modeler's change becomes the latest version and
 * new orders start on it while running instances stay on theirs.
 */
@Configuration(proxyBeanMethods = false)
@Deployment(resources = {"classpath*:/bpmn/**/*.bpmn", "classpath*:/forms/**/*.form"})
class ProcessDeployment {
}
