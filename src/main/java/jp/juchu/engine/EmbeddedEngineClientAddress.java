package jp.juchu.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientConfiguration;
import io.camunda.client.impl.CamundaClientImpl;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/**
 * Makes the app's {@link CamundaClient} reach the embedded engine on the port the server really listens on.
 *
 * <p>The starter builds its client (and with it the REST base URI) while the context refreshes, before the web
 * server has bound its port; with {@code server.port=0} (tests) the configured {@code rest-address} would say
 * port 0. So the client bean is replaced by a proxy that builds the real client on first use, from the
 * starter's own configuration with the REST address's port set to the web server's actual port. The first use
 * is when the starter's lifecycle starts workers and deployments, which Spring runs after the web server has
 * started (the server's lifecycle phase is lower), or later in application code. No port is guessed and no
 * race exists between picking a port and binding it.
 */
@Component
@ConditionalOnEmbeddedEngine
class EmbeddedEngineClientAddress implements BeanPostProcessor, ApplicationContextAware {

    private ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.context = applicationContext;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof CamundaClient original) || Proxy.isProxyClass(bean.getClass())) {
            return bean;
        }
        return Proxy.newProxyInstance(CamundaClient.class.getClassLoader(), new Class<?>[] {CamundaClient.class},
                new LazyClient(original));
    }

    private int actualPort() {
        if (context instanceof WebServerApplicationContext web) {
            WebServer server = web.getWebServer();
            if (server != null && server.getPort() > 0) {
                return server.getPort();
            }
        }
        throw new IllegalStateException("The embedded engine is not serving yet: the web server has no port");
    }

    private final class LazyClient implements InvocationHandler {

        private final CamundaClient original;
        private CamundaClient delegate;
        private boolean closed;

        LazyClient(CamundaClient original) {
            this.original = original;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "CamundaClient(embedded engine)";
                case "close":
                    close();
                    return null;
                case "getConfiguration":
                    return delegate().getConfiguration();
                default:
                    break;
            }
            try {
                return method.invoke(delegate(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private synchronized CamundaClient delegate() {
            if (delegate == null) {
                if (closed) {
                    throw new IllegalStateException("CamundaClient is closed");
                }
                CamundaClientConfiguration configured = original.getConfiguration();
                URI address = withPort(configured.getRestAddress(), actualPort());
                CamundaClientConfiguration adjusted = (CamundaClientConfiguration) Proxy.newProxyInstance(
                        CamundaClientConfiguration.class.getClassLoader(),
                        new Class<?>[] {CamundaClientConfiguration.class},
                        (p, m, a) -> {
                            if (m.getName().equals("getRestAddress") && m.getParameterCount() == 0) {
                                return address;
                            }
                            try {
                                return m.invoke(configured, a);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
                delegate = new CamundaClientImpl(adjusted);
            }
            return delegate;
        }

        private synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (delegate != null) {
                delegate.close();
            }
            original.close();
        }

        private static URI withPort(URI uri, int port) {
            try {
                return new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), port, uri.getPath(), null, null);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
