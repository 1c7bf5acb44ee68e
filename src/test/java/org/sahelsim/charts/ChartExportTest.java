package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartExportTest {
    @TempDir
    Path dir;

    private static JFreeChart fan() {
        return FanChart.createChart(FanChart.createDataset(SyntheticBatch.populationBands()),
                SyntheticBatch.meta("Controlled population", "Date (week ending)", "Population (million people)"));
    }

    private static JFreeChart forest() {
        return ForestPlot.createChart(ForestPlot.createDataset("baseline", SyntheticBatch.forestRows()),
                SyntheticBatch.meta("Effects", "Arm · faction", "Difference (million people)"));
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // The file names the SVG 1.1 DTD; parse without fetching it.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(svg.toFile());
    }

    @Test
    void writesAReadablePngOfTheRequestedSize() throws IOException {
        Path png = dir.resolve("fan.png");
        ChartExport.writePng(fan(), png, 900, 500);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(900, image.getWidth());
        assertEquals(500, image.getHeight());
        assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, "white page");
    }

    @Test
    void writesParseableSvgWithTheChartsText() throws Exception {
        Path svg = dir.resolve("forest-population.svg");
        ChartExport.writeSvg(forest(), svg, 1000, 600);
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("1000", doc.getDocumentElement().getAttribute("width"));
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("Effects"));
        assertTrue(text.contains("scenario baseline-2026 · 20 replicates"));
        assertTrue(text.contains("Difference (million people)"));
    }

    @Test
    void svgIsDeterministicAndIdsComeFromTheFileName() throws Exception {
        Path a = dir.resolve("fan-a.svg");
        Path b = dir.resolve("sub").resolve("fan-a.svg");
        Files.createDirectories(b.getParent());
        ChartExport.writeSvg(fan(), a, 800, 500);
        ChartExport.writeSvg(fan(), b, 800, 500);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        Matcher ids = Pattern.compile("id='([^']*)'").matcher(Files.readString(a, StandardCharsets.UTF_8));
        int count = 0;
        while (ids.find()) {
            assertTrue(ids.group(1).startsWith("fan-a-"), ids.group(1));
            count++;
        }
        assertTrue(count > 0, "clip paths have ids");
    }

    private static List<JFreeChart> allCharts() {
        return List.of(fan(), forest(),
                BoxPlotChart.createChart(BoxPlotChart.createDataset(SyntheticBatch.endStates()),
                        SyntheticBatch.meta("End state", "Policy arm", "Population (million people)")),
                ClashSeriesChart.createChart(ClashSeriesChart.createDataset(SyntheticBatch.clashes()),
                        SyntheticBatch.meta("Clashes", "Date (week ending)", "Clashes (events per week)")));
    }

    private static List<String> svgs(Locale locale, TimeZone zone) {
        Locale oldLocale = Locale.getDefault();
        TimeZone oldZone = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
            List<String> out = new ArrayList<>();
            for (JFreeChart chart : allCharts()) {
                out.add(ChartExport.toSvg(chart, 800, 500, "x-"));
            }
            return out;
        } finally {
            Locale.setDefault(oldLocale);
            TimeZone.setDefault(oldZone);
        }
    }

    /** Position and surroundings of the first difference, for a readable failure message. */
    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return "first difference at " + i + ": \"" + a.substring(Math.max(0, i - 60), Math.min(a.length(), i + 60))
                + "\" vs \"" + b.substring(Math.max(0, i - 60), Math.min(b.length(), i + 60)) + "\"";
    }

    @Test
    void outputDoesNotDependOnDefaultLocaleOrTimeZone() {
        List<String> plain = svgs(Locale.ENGLISH, TimeZone.getTimeZone("UTC"));
        // Swedish writes minus as U+2212 and decimals with a comma; Persian uses its own digits.
        // Pacific/Kiritimati is UTC+14, Asia/Tehran UTC+3:30.
        List<String> swedish = svgs(Locale.forLanguageTag("sv-SE"), TimeZone.getTimeZone("Pacific/Kiritimati"));
        List<String> persian = svgs(Locale.forLanguageTag("fa-IR"), TimeZone.getTimeZone("Asia/Tehran"));
        for (int i = 0; i < plain.size(); i++) {
            String p = plain.get(i);
            assertTrue(p.equals(swedish.get(i)), "chart " + i + ", Swedish: " + firstDifference(p, swedish.get(i)));
            assertTrue(p.equals(persian.get(i)), "chart " + i + ", Persian: " + firstDifference(p, persian.get(i)));
            assertFalse(Pattern.compile("='[^']*\u2212").matcher(p).find(), "Unicode minus in an attribute, chart " + i);
        }
        assertTrue(plain.get(0).contains(">Jan-2027<"), "English month names in UTC");
    }

    @Test
    void idPrefixIsAnXmlName() {
        assertEquals("fan-population-", ChartExport.idPrefix(Path.of("out", "fan-population.svg")));
        assertEquals("_2026_chart-", ChartExport.idPrefix(Path.of("2026 chart.svg")));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.toSvg(fan(), 10, 10, "1bad"));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.toImage(fan(), 0, 10));
    }
}
