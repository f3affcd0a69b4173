package org.newsdrift;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (src/test/resources/META-INF/services): after each class, the shared Spark session
 * lets go of the data that class cached, so that memory does not pile up over a whole test run in one JVM.
 */
public final class SharedSessionCleanup implements AfterAllCallback {
    @Override
    public void afterAll(ExtensionContext context) {
        SparkTestSession.releaseCachedData();
    }
}
