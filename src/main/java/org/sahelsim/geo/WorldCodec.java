package org.sahelsim.geo;

import org.sahelsim.model.Region;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * Compact, byte-for-byte deterministic binary form of a {@link SahelMap}: a gzip file whose
 * payload is a {@link DataOutputStream} record.
 *
 * <p>Payload, version {@value #VERSION} (all numbers big-endian):
 * <ol>
 *   <li>magic {@code "SAHM"}, version (short), res (double), width, height (int);</li>
 *   <li>countries: count, then UTF strings;</li>
 *   <li>regions: count, then code, name, country, has-parent flag and parent;</li>
 *   <li>sites: count, then name, kind ordinal, lon, lat (double), has-region flag and region,
 *       population (int);</li>
 *   <li>flags, country, admin1, province, climate: run-length coded as (run, value) pairs of
 *       variable-length integers, see {@link CellArrays};</li>
 *   <li>population: a coding byte, then either whole persons as variable-length differences
 *       from the cell to the west (rows are smooth, so differences are small) or, if any value
 *       is fractional, the raw float bits. Either way the round trip is exact.</li>
 * </ol>
 * The gzip header is written by hand with modification time 0 and OS byte 255, so the file does
 * not depend on the clock or the JDK; the deflate stream uses level 9.
 */
public final class WorldCodec {
    private WorldCodec() { }

    /** First four payload bytes, "SAHM". */
    public static final int MAGIC = 0x5341484D;
    /** Payload format version. */
    public static final short VERSION = 1;

    /** The gzip-compressed encoding of {@code map}. */
    public static byte[] encode(SahelMap map) throws IOException {
        return gzip(payload(map));
    }

    /** Decodes bytes written by {@link #encode}. */
    public static SahelMap decode(byte[] gz) throws IOException {
        return read(new ByteArrayInputStream(gz));
    }

    /** Reads a gzip-compressed map from {@code in}; does not close it. */
    public static SahelMap read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a sahelsim world file (bad magic)");
        }
        short version = d.readShort();
        if (version != VERSION) {
            throw new IOException("unsupported world file version " + version + ", expected " + VERSION);
        }
        double res = d.readDouble();
        int width = d.readInt(), height = d.readInt();
        List<String> countries = readCountries(d);
        List<Region> regions = readRegions(d);
        List<Site> sites = readSites(d);
        int n = width * height;
        byte[] flags = CellArrays.readBytes(d, n);
        short[] country = CellArrays.readShorts(d, n);
        short[] admin1 = CellArrays.readShorts(d, n);
        short[] province = CellArrays.readShorts(d, n);
        byte[] climate = CellArrays.readBytes(d, n);
        float[] population = CellArrays.readPopulation(d, width, height);
        return new SahelMap(res, width, height, flags, country, admin1, province, population, climate,
                countries, regions, sites);
    }

    /** The uncompressed payload; equal maps give equal payloads. */
    public static byte[] payload(SahelMap m) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream d = new DataOutputStream(bytes);
        d.writeInt(MAGIC);
        d.writeShort(VERSION);
        d.writeDouble(m.res);
        d.writeInt(m.width);
        d.writeInt(m.height);
        d.writeInt(m.countries.size());
        for (String c : m.countries) {
            d.writeUTF(c);
        }
        writeRegions(d, m.regions);
        writeSites(d, m.sites);
        CellArrays.writeBytes(d, m.flags);
        CellArrays.writeShorts(d, m.country);
        CellArrays.writeShorts(d, m.admin1);
        CellArrays.writeShorts(d, m.province);
        CellArrays.writeBytes(d, m.climate);
        CellArrays.writePopulation(d, m.population, m.width);
        d.flush();
        return bytes.toByteArray();
    }

    private static void writeRegions(DataOutputStream d, List<Region> regions) throws IOException {
        d.writeInt(regions.size());
        for (Region r : regions) {
            d.writeUTF(r.code());
            d.writeUTF(r.name());
            d.writeUTF(r.country());
            writeOptional(d, r.parent());
        }
    }

    private static void writeSites(DataOutputStream d, List<Site> sites) throws IOException {
        d.writeInt(sites.size());
        for (Site s : sites) {
            d.writeUTF(s.name());
            d.writeByte(s.kind().ordinal());
            d.writeDouble(s.lon());
            d.writeDouble(s.lat());
            writeOptional(d, s.region());
            d.writeInt(s.population());
        }
    }

    private static List<String> readCountries(DataInputStream d) throws IOException {
        int n = d.readInt();
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(d.readUTF());
        }
        return out;
    }

    private static List<Region> readRegions(DataInputStream d) throws IOException {
        int n = d.readInt();
        List<Region> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(new Region(d.readUTF(), d.readUTF(), d.readUTF(), readOptional(d)));
        }
        return out;
    }

    private static List<Site> readSites(DataInputStream d) throws IOException {
        int n = d.readInt();
        List<Site> out = new ArrayList<>(n);
        Site.SiteKind[] kinds = Site.SiteKind.values();
        for (int k = 0; k < n; k++) {
            String name = d.readUTF();
            Site.SiteKind kind = kinds[d.readUnsignedByte()];
            double lon = d.readDouble(), lat = d.readDouble();
            out.add(new Site(name, kind, lon, lat, readOptional(d), d.readInt()));
        }
        return out;
    }

    private static void writeOptional(DataOutputStream d, String s) throws IOException {
        d.writeBoolean(s != null);
        if (s != null) {
            d.writeUTF(s);
        }
    }

    private static String readOptional(DataInputStream d) throws IOException {
        return d.readBoolean() ? d.readUTF() : null;
    }

    // RFC 1952 member with a fixed header: no name, mtime 0, xfl 0, OS 255 (unknown).
    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buf = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
        } finally {
            deflater.end();
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        writeIntLE(out, (int) crc.getValue());
        writeIntLE(out, data.length);
        return out.toByteArray();
    }

    private static void writeIntLE(ByteArrayOutputStream out, int v) {
        for (int k = 0; k < 4; k++) {
            out.write((v >>> (8 * k)) & 0xff);
        }
    }
}
