package org.hrcsearch.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.testkit.ProjectPaths;

/**
 * The documents the browser tests search: 16 hand-made documents over sessions 37, 43, 52, 55, S-35 and UPR 44,
 * each backed by the sample PDF of the same name, which the file route serves.
 * Metadata is set here rather than extracted, so the tests do not move when extraction improves.
 *
 * <p>"civil society" appears in 12 documents (two pages of results); CIVICUS signed the letters of sessions 37,
 * 43 and 55; the session 37 letter has 7 signatories and "civil society" on its second page; 13 organisations
 * sign, so the signatory list is long enough for its filter box.
 */
final class SearchPageCorpus {
    private SearchPageCorpus() {}

    static final String FIDH = "International Federation for Human Rights (FIDH)";
    static final String ISHR = "International Service for Human Rights (ISHR)";
    static final String CIVICUS = "CIVICUS: World Alliance for Citizen Participation";
    static final String AMNESTY = "Amnesty International";
    static final String HRW = "Human Rights Watch";

    static ApiServices service() throws IOException {
        return TestIndex.services(documents());
    }

    static List<HrcDocument> documents() {
        ConcernTag reprisals = new ConcernTag(
                "reprisals", "Reprisals and intimidation", List.of(new ConcernTag.Evidence("reprisals", 2)));
        ConcernTag civicSpace =
                new ConcernTag("civic_space", "Civic space", List.of(new ConcernTag.Evidence("civil society", 3)));
        return List.of(
                doc(
                                "letter-hrc37-rural-defenders",
                                null,
                                "37",
                                DocumentType.JOINT_LETTER,
                                "2018-03-15",
                                "Joint letter: support draft resolution A/HRC/37/L.14 on human rights defenders in rural areas",
                                "We, the undersigned organisations, urge your delegation to support draft resolution A/HRC/37/L.14.",
                                "Defenders in rural areas face reprisals. The resolution recognises the role of civil society and of"
                                        + " rural communities.")
                        .signatories(List.of(
                                ISHR,
                                FIDH,
                                AMNESTY,
                                CIVICUS,
                                "Asociación Campesina por los Derechos Humanos",
                                "Rural Defenders’ Network",
                                HRW))
                        .references(List.of("A/HRC/37/L.14"))
                        .concerns(List.of(reprisals, civicSpace))
                        .build(),
                doc(
                                "A_HRC_37_L.14",
                                "A/HRC/37/L.14",
                                "37",
                                DocumentType.DRAFT_RESOLUTION,
                                "2018-03-19",
                                "Human rights defenders working in rural and remote areas",
                                "The Human Rights Council, recognizing the contribution of civil society in rural and remote areas …")
                        .sponsors(List.of("Austria", "Brazil", "Fiji", "Ireland", "Mexico", "Norway", "Senegal"))
                        .build(),
                doc(
                                "A_HRC_RES_37_2",
                                "A/HRC/RES/37/2",
                                "37",
                                DocumentType.RESOLUTION,
                                "2018-04-06",
                                "Human rights defenders working in rural and remote areas",
                                "Adopted without a vote. Calls upon States to protect defenders in rural areas.")
                        .build(),
                doc(
                                "letter-hrc43-l31-cooperation",
                                null,
                                "43",
                                DocumentType.JOINT_LETTER,
                                "2020-06-12",
                                "Reject amendments weakening civil society language in draft resolution A/HRC/43/L.31/Rev.1",
                                "The amendments would replace the call for a safe and enabling environment for civil society with"
                                        + " “mutually beneficial cooperation” between States.")
                        .signatories(List.of(FIDH, CIVICUS, HRW, ISHR, "Centre for Civic Dialogue Studies"))
                        .references(List.of("A/HRC/43/L.31/Rev.1"))
                        .concerns(List.of(civicSpace))
                        .build(),
                doc(
                                "A_HRC_43_L.31_Rev.1",
                                "A/HRC/43/L.31/Rev.1",
                                "43",
                                DocumentType.DRAFT_RESOLUTION,
                                "2020-06-19",
                                "Strengthening cooperation with civil society in the field of human rights",
                                "Reaffirming that civil society makes an important contribution to the work of the United Nations.",
                                "Requests the High Commissioner to report on civil society space.")
                        .sponsors(List.of(
                                "Argentina",
                                "Chile",
                                "Fiji",
                                "Ireland",
                                "Mexico",
                                "Sierra Leone",
                                "Tunisia",
                                "Uruguay"))
                        .build(),
                doc(
                                "A_HRC_RES_43_5",
                                "A/HRC/RES/43/5",
                                "43",
                                DocumentType.RESOLUTION,
                                "2020-06-26",
                                "Situation of human rights in Veloria",
                                "Deplores the persistent non-cooperation of the authorities and reprisals against civil society.")
                        .sponsors(List.of("Australia", "Austria", "Denmark", "Japan"))
                        .concerns(List.of(reprisals))
                        .build(),
                doc(
                                "letter-hrc52-assembly-online",
                                null,
                                "52",
                                DocumentType.JOINT_LETTER,
                                "2023-03-20",
                                "Joint letter on draft resolution A/HRC/52/L.12: protect peaceful assembly online and offline",
                                "Civil society relies on peaceful assembly online and offline.")
                        .signatories(List.of(
                                AMNESTY,
                                "Observatorio Ciudadano de Libertades",
                                "Digital Rights Collective",
                                FIDH,
                                "Lanka Civic Watch"))
                        .build(),
                doc(
                                "A_HRC_52_L.12",
                                "A/HRC/52/L.12",
                                "52",
                                DocumentType.DRAFT_RESOLUTION,
                                "2023-03-30",
                                "Freedom of peaceful assembly and of association in the digital age",
                                "Recognizing that civil society organizes online.")
                        .sponsors(List.of("Botswana", "Canada", "Czechia", "Indonesia", "Mexico"))
                        .build(),
                doc(
                                "A_HRC_52_2",
                                "A/HRC/52/2",
                                "52",
                                DocumentType.SESSION_REPORT,
                                "2023-07-14",
                                "Report of the Human Rights Council on its fifty-second session",
                                "Organizational matters.",
                                "Civil society organizations addressed the Council in the general debate.",
                                "Adoption of the report.")
                        .build(),
                doc(
                                "letter-hrc55-civic-space",
                                null,
                                "55",
                                DocumentType.JOINT_LETTER,
                                "2024-03-11",
                                "Civic space must remain at the heart of the Council’s work at its fifty-fifth session",
                                "Civil society must be able to engage with the Council without fear of reprisals.")
                        .signatories(List.of(CIVICUS, ISHR, HRW, FIDH, AMNESTY, "Coastal Rights Alliance"))
                        .concerns(List.of(reprisals, civicSpace))
                        .build(),
                doc(
                                "A_HRC_55_30",
                                "A/HRC/55/30",
                                "55",
                                DocumentType.REPORT,
                                "2024-01-15",
                                "Civil society access to the Human Rights Council: barriers and good practices",
                                "Summary.",
                                "Barriers to civil society access include visas and reprisals.",
                                "Good practices.")
                        .concerns(List.of(reprisals, civicSpace))
                        .build(),
                doc(
                                "A_HRC_RES_55_1",
                                "A/HRC/RES/55/1",
                                "55",
                                DocumentType.RESOLUTION,
                                "2024-04-12",
                                "The right to education of girls in situations of displacement",
                                "Education of girls in displacement; the role of civil society in schools.")
                        .sponsors(List.of("Bulgaria", "Colombia", "Gambia", "Lebanon", "Portugal", "Sierra Leone"))
                        .build(),
                doc(
                                "statement-hrcS35-veloria",
                                null,
                                "S-35",
                                DocumentType.JOINT_LETTER,
                                "2024-07-09",
                                "Joint NGO statement ahead of the thirty-fifth special session on Veloria",
                                "Civil society in Veloria faces persistent non-cooperation and reprisals.")
                        .signatories(List.of(AMNESTY, HRW, FIDH, ISHR, "Veloria Human Rights Monitor"))
                        .build(),
                doc(
                                "A_HRC_RES_S-35_1",
                                "A/HRC/RES/S-35/1",
                                "S-35",
                                DocumentType.RESOLUTION,
                                "2024-07-12",
                                "The deteriorating human rights situation in the eastern provinces of Veloria",
                                "Condemns the persistent non-cooperation of the authorities.")
                        .sponsors(List.of("Belgium", "Chile", "Finland", "Ghana"))
                        .build(),
                doc(
                                "A_HRC_WG.6_44_VLR_1",
                                "A/HRC/WG.6/44/VLR/1",
                                null,
                                DocumentType.NATIONAL_REPORT,
                                "2023-08-21",
                                "National report: Veloria",
                                "Methodology and consultation with civil society.")
                        .uprSession(44)
                        .stateUnderReview("Veloria")
                        .build(),
                doc(
                                "A_HRC_DEC_52_101",
                                "A/HRC/DEC/52/101",
                                "52",
                                DocumentType.DECISION,
                                "2023-04-10",
                                "Accessibility of Council documentation for persons with disabilities",
                                "Decides to make documentation accessible.")
                        .build());
    }

    /** A document backed by {@code corpus/samples/pdf/<file>.pdf}: its absolute path and real hash. */
    private static HrcDocument.Builder doc(
            String file, String symbol, String session, DocumentType type, String date, String title, String... pages) {
        Path pdf = ProjectPaths.samplePdfs()
                .resolve(file + ".pdf")
                .toAbsolutePath()
                .normalize();
        SourceFile source = new SourceFile(List.of(pdf.toString()), sha256(pdf), "application/pdf", size(pdf));
        return TestIndex.doc(source, symbol, session, type, pages).title(title).date(LocalDate.parse(date));
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
