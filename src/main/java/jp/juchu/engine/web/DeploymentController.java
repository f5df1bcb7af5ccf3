package jp.juchu.engine.web;

import io.camunda.client.protocol.rest.DeploymentFormResult;
import io.camunda.client.protocol.rest.DeploymentMetadataResult;
import io.camunda.client.protocol.rest.DeploymentProcessResult;
import io.camunda.client.protocol.rest.DeploymentResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.runtime.EngineCommands;
import jp.juchu.engine.runtime.EngineException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /v2/deployments}: BPMN and form resources, a new version only when the content changed. */
@RestController
@ConditionalOnEmbeddedEngine
class DeploymentController {

    private final EngineCommands commands;

    DeploymentController(EngineCommands commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/v2/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DeploymentResult deploy(@RequestPart(name = "resources", required = false) List<MultipartFile> files,
            @RequestParam(name = "tenantId", required = false) String tenantId) throws IOException {
        if (files == null || files.isEmpty()) {
            throw EngineException.invalid("Expected to deploy at least one resource, but none given");
        }
        List<EngineCommands.Resource> resources = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename();
            resources.add(new EngineCommands.Resource(name, file.getBytes()));
        }
        EngineCommands.Deployment deployment = commands.deploy(resources);
        List<DeploymentMetadataResult> items = new ArrayList<>();
        for (EngineCommands.Deployed item : deployment.items()) {
            if ("form".equals(item.kind())) {
                items.add(new DeploymentMetadataResult().form(new DeploymentFormResult().formId(item.id())
                        .version(item.version()).resourceName(item.resourceName()).tenantId(RestModels.TENANT)
                        .formKey(RestModels.key(item.key()))));
            } else {
                items.add(new DeploymentMetadataResult().processDefinition(new DeploymentProcessResult()
                        .processDefinitionId(item.id()).processDefinitionVersion(item.version())
                        .resourceName(item.resourceName()).tenantId(RestModels.TENANT)
                        .processDefinitionKey(RestModels.key(item.key()))));
            }
        }
        return new DeploymentResult().deploymentKey(RestModels.key(deployment.key())).tenantId(RestModels.TENANT)
                .deployments(items);
    }
}
