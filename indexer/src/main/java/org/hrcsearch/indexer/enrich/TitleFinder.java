package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a document's title: on a UN cover, the lines after the agenda item (or after the session line when there
 * is none), up to the first blank line or footnote mark; else a meaningful metadata title; else the first line of
 * text that is not boilerplate.
 */
public final class TitleFinder {

  private static final int MAX_TITLE = 300;

  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)^(United Nations|Nations Unies|General Assembly|Human Rights Council|Distr\\.?.*|Original:.*"
          + "|GE\\.\\d.*|[A-Z]/HRC/.*|E/CN\\.4/.*|Agenda item.*|Item \\d.*|\\d+\\s*(?:[-–]\\s*\\d+)?.*\\d{4}"
          + "|Advance (unedited|edited) version|Please recycle.*|.*session|Page \\d+.*|\\d+|\\*+)$");
  private static final Pattern AGENDA = Pattern.compile("(?i)^(?:Agenda items?|Items?)\\s+[\\d, and]+.*$");
  private static final Pattern BAD_METADATA_TITLE = Pattern.compile(
      "(?i)^(Microsoft Word.*|untitled.*|document\\d*|.*\\.(docx?|pdf|rtf)|[A-Z]?\\d{5,}.*|G\\d{5,}.*|"
          + "[A-Z]/HRC/.*|E/CN\\.4/.*)$");

  public String find(String firstPage, Optional<String> metadataTitle) {
    List<String> lines = firstPage.lines().map(String::strip).toList();
    Optional<String> cover = afterAgendaItem(lines);
    if (cover.isPresent()) {
      return cover.get();
    }
    if (metadataTitle.isPresent() && !BAD_METADATA_TITLE.matcher(metadataTitle.get()).matches()) {
      return clip(metadataTitle.get());
    }
    for (String line : lines) {
      if (line.length() >= 8 && !BOILERPLATE.matcher(line).matches() && line.chars().anyMatch(Character::isLetter)) {
        return clip(line);
      }
    }
    return "";
  }

  private static Optional<String> afterAgendaItem(List<String> lines) {
    int start = -1;
    for (int i = 0; i < Math.min(lines.size(), 40); i++) {
      if (AGENDA.matcher(lines.get(i)).matches()) {
        start = i + 1;
        // an agenda item's own heading runs on over lines like "Promotion and protection of all human rights..."
        break;
      }
    }
    if (start < 0) {
      return Optional.empty();
    }
    List<String> title = new ArrayList<>();
    int i = start;
    while (i < lines.size() && lines.get(i).isEmpty()) {
      i++;
    }
    // skip the agenda heading: it runs until the first blank line when the next block starts with a capital
    int blockEnd = i;
    while (blockEnd < lines.size() && !lines.get(blockEnd).isEmpty()) {
      blockEnd++;
    }
    int next = blockEnd;
    while (next < lines.size() && lines.get(next).isEmpty()) {
      next++;
    }
    boolean headingThenTitle = next < lines.size() && next - i < 30 && looksLikeAgendaHeading(lines, i, blockEnd);
    if (headingThenTitle) {
      i = next;
    }
    for (; i < lines.size() && !lines.get(i).isEmpty(); i++) {
      String l = lines.get(i).replaceAll("\\*+$", "").strip();
      if (!l.isEmpty()) {
        title.add(l);
      }
      if (String.join(" ", title).length() > MAX_TITLE) {
        break;
      }
    }
    String t = String.join(" ", title).replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(clip(t));
  }

  private static boolean looksLikeAgendaHeading(List<String> lines, int from, int to) {
    String block = String.join(" ", lines.subList(from, to));
    return block.matches("(?i)^(Promotion and protection|Human rights situations|Universal periodic review"
        + "|Human rights bodies|Organizational and procedural|Annual report|Follow-up|Technical assistance"
        + "|Racism|Human rights situation in Palestine|Adoption of the report).*");
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE).strip() + "…";
  }
}
