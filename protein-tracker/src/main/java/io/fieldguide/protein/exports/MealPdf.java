package io.fieldguide.protein.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A printable summary: the user, the range, the totals, then one line per day. Written with
 * PDFBox's standard Helvetica, which has no glyphs beyond WinAnsi, so other characters (emoji) are
 * shown as '?' rather than failing the export.
 */
final class MealPdf {

    private static final int LINES_PER_PAGE = 48;
    private static final float LEADING = 14;

    private MealPdf() {}

    static byte[] write(String email, LocalDate from, LocalDate to, List<ExportedMeal> meals) {
        List<String> lines = new ArrayList<>();
        lines.add("DynProt meals of " + email);
        lines.add("Days: " + (from == null ? "first" : from) + " to " + (to == null ? "last" : to));
        BigDecimal protein = BigDecimal.ZERO;
        BigDecimal calories = BigDecimal.ZERO;
        Map<LocalDate, BigDecimal[]> days = new TreeMap<>();
        for (ExportedMeal meal : meals) {
            BigDecimal mealCalories = meal.calories() == null ? BigDecimal.ZERO : meal.calories();
            protein = protein.add(meal.proteinGrams());
            calories = calories.add(mealCalories);
            BigDecimal[] day = days.computeIfAbsent(
                    meal.date(), d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            day[0] = day[0].add(meal.proteinGrams());
            day[1] = day[1].add(mealCalories);
            day[2] = day[2].add(BigDecimal.ONE);
        }
        lines.add("Total: " + protein.toPlainString() + " g protein, " + calories.toPlainString() + " kcal, "
                + meals.size() + " meals");
        lines.add("");
        days.forEach((date, day) -> lines.add(date + ": " + day[0].toPlainString() + " g protein, "
                + day[1].toPlainString() + " kcal, " + day[2] + " meals"));
        return render(lines);
    }

    private static byte[] render(List<String> lines) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(50, page.getMediaBox().getHeight() - 60);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                        content.showText(winAnsi(line));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the PDF", e);
        }
    }

    private static String winAnsi(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.append(c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff ? (char) c : '?'));
        return shown.toString();
    }
}
