package org.hrcsearch.indexer.enrich;

import java.util.Optional;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Decides what kind of document this is: the symbol says most (RES, DEC, L., the UPR series); the title tells a
 * report of the Council on its session from other reports; a document without a symbol is a joint letter or
 * statement when it reads like one.
 */
public final class TypeClassifier {

    private static final Pattern SESSION_REPORT =
            Pattern.compile("(?i)^Report of the Human Rights Council on its .*session.*");
    private static final Pattern LETTER = Pattern.compile(
            "(?iu)\\b(joint\\s+(NGO\\s+|civil\\s+society\\s+)?(letter|statement)|we,?\\s+the\\s+undersigned"
                    + "|the\\s+undersigned\\s+([\\p{L}-]+\\s+){0,3}(organi[sz]ations|groups|NGOs)|signatories|oral\\s+statement"
                    + "|Dear\\s+(Excellenc|Ambassador|Mr|Ms|Madam|Sir|President)|Your\\s+Excellenc"
                    // the same cues in the other languages letters to the Council are written in
                    + "|lettre\\s+conjointe|d[ée]claration\\s+conjointe|organisations\\s+soussign[ée]es"
                    + "|organisations\\s+signataires|carta\\s+conjunta|declaraci[óo]n\\s+conjunta"
                    + "|organizaciones\\s+(abajo\\s+)?firmantes|совместное\\s+(письмо|заявление)"
                    + "|подписавшие\\s+организации)|رسالة\\s+مشتركة|بيان\\s+مشترك|المنظمات\\s+الموق[ّ]?عة"
                    + "|联合信|联名信|联合声明|签署组织|联署组织");
    /** Council documents that are neither reports nor outcomes: the agenda, programmes of work, lists. */
    private static final Pattern ADMINISTRATIVE = Pattern.compile(
            "(?i)^(Agenda and annotations|Annotations to the (provisional )?agenda|(Provisional )?agenda|"
                    + "Programme of work|List of (speakers|participants)|Note by the Secretariat|Note verbale).*");

    public DocumentType classify(Optional<UnSymbol> symbol, String title, String text) {
        if (symbol.isPresent()) {
            DocumentType t = symbol.get().type();
            if (t == DocumentType.REPORT && SESSION_REPORT.matcher(title).matches()) {
                return DocumentType.SESSION_REPORT;
            }
            if (t == DocumentType.REPORT && ADMINISTRATIVE.matcher(title).matches()) {
                return DocumentType.OTHER;
            }
            return t;
        }
        if (SESSION_REPORT.matcher(title).matches()) {
            return DocumentType.SESSION_REPORT;
        }
        String head = text.substring(0, Math.min(text.length(), 6_000));
        return LETTER.matcher(head).find() ? DocumentType.JOINT_LETTER : DocumentType.OTHER;
    }
}
