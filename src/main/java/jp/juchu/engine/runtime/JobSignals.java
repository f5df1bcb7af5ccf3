package jp.juchu.engine.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Wakes long-polling activations when a job of their type becomes activatable in this JVM (after commit). */
@Component
@ConditionalOnEmbeddedEngine
public class JobSignals {

    private final CopyOnWriteArrayList<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void listen(Consumer<String> listener) {
        listeners.add(listener);
    }

    void jobAvailable(String type) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Set<String> pending = pendingTypes();
            pending.add(type);
        } else {
            listeners.forEach(listener -> listener.accept(type));
        }
    }

    private Set<String> pendingTypes() {
        Object key = this;
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            Set<String> created = ConcurrentHashMap.newKeySet();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                    if (status == STATUS_COMMITTED) {
                        created.forEach(type -> listeners.forEach(listener -> listener.accept(type)));
                    }
                }
            });
            return created;
        }
        return pending;
    }
}
