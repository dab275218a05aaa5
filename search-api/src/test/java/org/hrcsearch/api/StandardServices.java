package org.hrcsearch.api;

import org.hrcsearch.api.search.ApiServices;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The API's services over the standard test index ({@link TestIndex#standard()}), opened before each test and
 * closed after it: {@code @RegisterExtension final StandardServices standard = new StandardServices();}.
 */
public final class StandardServices implements BeforeEachCallback, AfterEachCallback {

    private ApiServices services;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        services = TestIndex.services(TestIndex.standard());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        services.close();
    }

    /** The services of the running test. */
    public ApiServices get() {
        return services;
    }
}
