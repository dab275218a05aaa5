package org.hrcsearch.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test (class or method) that reads the shared real-document corpus, {@code ../shared/corpus}: on a clone
 * without it the test is skipped with one line that says so, unless the environment variable
 * {@code HRC_REQUIRE_CORPUS=1} asks for it to run, and so fail (CI sets it). See {@link SharedCorpusCondition}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedCorpusCondition.class)
public @interface NeedsSharedCorpus {}
