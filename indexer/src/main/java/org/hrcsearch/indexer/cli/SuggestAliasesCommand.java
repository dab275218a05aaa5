package org.hrcsearch.indexer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.indexer.check.AliasSuggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hrc suggest-aliases <index>}: signatory names of an index that probably denote one organisation. */
@Command(
        name = "suggest-aliases",
        mixinStandardHelpOptions = true,
        description = {
            "List the signatory names of an index that probably denote one organisation (the same acronym, one name",
            "inside the other, the same name in parentheses), to help curate organisations.tsv. It only suggests:",
            "add an alias to organisations.tsv and reindex to merge two names."
        })
public final class SuggestAliasesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<index>", description = "Index folder (as given to index --index).")
    Path index;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(index)) {
            System.err.println("suggest-aliases: not a folder: " + index);
            return 2;
        }
        List<String> names = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            Terms terms = MultiTerms.getTerms(reader, HrcField.SIGNATORY.fieldName());
            if (terms != null) {
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    names.add(t.utf8ToString());
                }
            }
        }
        List<AliasSuggestions.Suggestion> suggestions = new AliasSuggestions().suggest(names);
        for (AliasSuggestions.Suggestion s : suggestions) {
            System.out.println(s.name() + "\t" + s.other() + "\t" + s.reason());
        }
        System.out.println(suggestions.size() + " suggestions among " + names.size() + " signatory names");
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SuggestAliasesCommand()).execute(args));
    }
}
