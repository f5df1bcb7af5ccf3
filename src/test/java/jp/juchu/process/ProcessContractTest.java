package jp.juchu.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import jp.juchu.orchestration.ProcessMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The BPMN ↔ Java contract, read from the files a modeler edits: every job type in {@code bpmn/} has a
 * {@code @JobWorker}, every worker serves a job type that is modelled, every message has a publisher in the
 * app, and every form a user task names exists in {@code forms/}.
 */
class ProcessContractTest {

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.juchu");
    }

    @Test
    void everyModelledJobTypeHasAWorkerAndEveryWorkerIsModelled() {
        Set<String> modelled = modelledJobTypes();
        Set<String> workers = workerJobTypes();
        assertThat(workers).as("job types with a @JobWorker").containsAll(modelled);
        assertThat(modelled).as("job types used in bpmn/").containsAll(workers);
    }

    @Test
    void everyModelledMessageHasAPublisher() {
        Set<String> modelled = new TreeSet<>();
        BpmnModelsTest.forEachModel((file, model) -> model.getModelElementsByType(Message.class)
                .forEach(message -> modelled.add(message.getName())));
        Set<String> published = new TreeSet<>();
        JavaClass messages = app.get(ProcessMessage.class);
        for (ProcessMessage message : ProcessMessage.values()) {
            JavaField constant = messages.getField(message.name());
            boolean used = constant.getAccessesToSelf().stream()
                    .anyMatch(access -> !access.getOriginOwner().equals(messages));
            if (used) {
                published.add(message.messageName());
            }
        }
        assertThat(published).as("messages some class publishes").containsAll(modelled);
    }

    @Test
    void everyFormAUserTaskNamesIsAFormFileWithThatId() throws IOException {
        Set<String> fileIds = new HashSet<>();
        for (Path file : ProcessResources.formFiles()) {
            fileIds.add(new ObjectMapper().readTree(Files.readAllBytes(file)).path("id").asText());
        }
        assertThat(fileIds).containsAll(BpmnModelsTest.formIds());
    }

    private static Set<String> modelledJobTypes() {
        Set<String> types = new TreeSet<>();
        BpmnModelsTest.forEachModel((file, model) -> model.getModelElementsByType(ServiceTask.class).forEach(task ->
                types.add(task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType())));
        return types;
    }

    private static Set<String> workerJobTypes() {
        Set<String> types = new TreeSet<>();
        for (JavaClass javaClass : app) {
            for (Method method : javaClass.reflect().getDeclaredMethods()) {
                JobWorker worker = method.getAnnotation(JobWorker.class);
                if (worker != null) {
                    types.add(worker.type());
                }
            }
        }
        return types;
    }
}
