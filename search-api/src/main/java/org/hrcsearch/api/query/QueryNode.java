package org.hrcsearch.api.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * The query language as a small syntax tree, e.g. {@code "persistent non-cooperation" session:37 -Israel} is
 * {@code And[Phrase, Word(session), Not(Word)]}. Built by {@link QueryParser}, turned into Lucene by
 * {@link QueryTranslator}.
 */
public sealed interface QueryNode {

    /** A single word, optionally with a field prefix; {@code prefix} for a trailing {@code *}. */
    record Word(Optional<HrcField> field, String text, boolean prefix) implements QueryNode {
        public Word {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A quoted phrase; {@code slop} > 0 for {@code "words"~N}. */
    record Phrase(Optional<HrcField> field, String text, int slop) implements QueryNode {
        public Phrase {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /** All of these (words side by side, or joined by AND). */
    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    /** Any of these (joined by OR). */
    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    /** Not this ({@code -word} or {@code NOT word}). */
    record Not(QueryNode clause) implements QueryNode {
        public Not {
            Objects.requireNonNull(clause, "clause");
        }
    }

    /** Two phrases or words within {@code distance} words of each other, in either order: {@code a NEAR/10 b}. */
    record Near(QueryNode left, QueryNode right, int distance) implements QueryNode {
        public Near {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }
}
