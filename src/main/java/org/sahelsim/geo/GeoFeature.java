package org.sahelsim.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One GeoJSON feature reduced to what the builder needs: its properties and its coordinates.
 *
 * <p>Coordinates are packed as interleaved {@code lon, lat, lon, lat, ...} arrays (degrees).
 * A polygon is a list of rings (outer ring first, then holes); a line is one array.
 *
 * @param properties the feature's {@code properties} object
 * @param polygons   the polygons of a Polygon or MultiPolygon geometry, else empty
 * @param lines      the parts of a LineString or MultiLineString geometry, else empty
 */
record GeoFeature(JsonNode properties, List<List<double[]>> polygons, List<double[]> lines) {

    /** A text property, or null when it is absent or JSON null. */
    String text(String key) {
        JsonNode n = properties.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** A numeric property, or {@code fallback} when it is absent or JSON null. */
    double number(String key, double fallback) {
        JsonNode n = properties.get(key);
        return n == null || n.isNull() ? fallback : n.asDouble();
    }

    /** Reads every feature of a GeoJSON FeatureCollection file. */
    static List<GeoFeature> readAll(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<GeoFeature> out = new ArrayList<>();
            for (JsonNode f : root.path("features")) {
                out.add(parse(f));
            }
            return out;
        }
    }

    private static GeoFeature parse(JsonNode feature) {
        JsonNode geom = feature.path("geometry");
        JsonNode coords = geom.path("coordinates");
        List<List<double[]>> polygons = new ArrayList<>();
        List<double[]> lines = new ArrayList<>();
        switch (geom.path("type").asText()) {
            case "Polygon" -> polygons.add(rings(coords));
            case "MultiPolygon" -> coords.forEach(p -> polygons.add(rings(p)));
            case "LineString" -> lines.add(path(coords));
            case "MultiLineString" -> coords.forEach(l -> lines.add(path(l)));
            default -> { /* points and empty geometries carry nothing to rasterise */ }
        }
        return new GeoFeature(feature.path("properties"), List.copyOf(polygons), List.copyOf(lines));
    }

    private static List<double[]> rings(JsonNode polygon) {
        List<double[]> rings = new ArrayList<>();
        polygon.forEach(r -> rings.add(path(r)));
        return List.copyOf(rings);
    }

    private static double[] path(JsonNode positions) {
        double[] xy = new double[positions.size() * 2];
        for (int k = 0; k < positions.size(); k++) {
            xy[2 * k] = positions.get(k).get(0).asDouble();
            xy[2 * k + 1] = positions.get(k).get(1).asDouble();
        }
        return xy;
    }
}
