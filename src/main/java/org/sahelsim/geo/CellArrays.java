package org.sahelsim.geo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Per-cell array coding for {@link WorldCodec}: run-length coding for categorical layers and
 * west-neighbour differences for population, both as variable-length integers (7 bits a byte,
 * low bits first; signed values zig-zag mapped). Every coding is lossless.
 */
final class CellArrays {
    private CellArrays() { }

    static void writeBytes(DataOutputStream d, byte[] a) throws IOException {
        int[] v = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = a[i];
        }
        writeRuns(d, v);
    }

    static void writeShorts(DataOutputStream d, short[] a) throws IOException {
        int[] v = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = a[i];
        }
        writeRuns(d, v);
    }

    static byte[] readBytes(DataInputStream d, int n) throws IOException {
        int[] v = readRuns(d, n);
        byte[] a = new byte[n];
        for (int i = 0; i < n; i++) {
            a[i] = (byte) v[i];
        }
        return a;
    }

    static short[] readShorts(DataInputStream d, int n) throws IOException {
        int[] v = readRuns(d, n);
        short[] a = new short[n];
        for (int i = 0; i < n; i++) {
            a[i] = (short) v[i];
        }
        return a;
    }

    /** Population coding: whole persons as west-neighbour differences. */
    static final int POP_WHOLE = 0;
    /** Population coding: raw float bits, most significant byte plane first. */
    static final int POP_RAW = 1;

    /**
     * Writes population losslessly: as whole-person differences to the west neighbour when every
     * value is a whole number (the builder rounds cells, and rows are smooth, so this is small),
     * otherwise as four byte planes of the raw float bits.
     */
    static void writePopulation(DataOutputStream d, float[] pop, int width) throws IOException {
        boolean whole = true;
        for (float v : pop) {
            whole &= v == Math.rint(v) && Math.abs(v) < 1e15f;
        }
        d.writeByte(whole ? POP_WHOLE : POP_RAW);
        if (!whole) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                for (float v : pop) {
                    d.writeByte(Float.floatToRawIntBits(v) >>> shift);
                }
            }
            return;
        }
        long west = 0;
        for (int i = 0; i < pop.length; i++) {
            long v = (long) pop[i];
            writeVarLong(d, zigzag(v - (i % width == 0 ? 0 : west)));
            west = v;
        }
    }

    static float[] readPopulation(DataInputStream d, int width, int height) throws IOException {
        float[] pop = new float[width * height];
        int mode = d.readUnsignedByte();
        if (mode == POP_RAW) {
            int[] bits = new int[pop.length];
            for (int shift = 24; shift >= 0; shift -= 8) {
                for (int i = 0; i < pop.length; i++) {
                    bits[i] |= d.readUnsignedByte() << shift;
                }
            }
            for (int i = 0; i < pop.length; i++) {
                pop[i] = Float.intBitsToFloat(bits[i]);
            }
            return pop;
        }
        if (mode != POP_WHOLE) {
            throw new IOException("corrupt world file: unknown population coding " + mode);
        }
        long west = 0;
        for (int i = 0; i < pop.length; i++) {
            long v = (i % width == 0 ? 0 : west) + unzigzag(readVarLong(d));
            pop[i] = v;
            west = v;
        }
        return pop;
    }

    private static void writeRuns(DataOutputStream d, int[] v) throws IOException {
        int i = 0;
        while (i < v.length) {
            int j = i + 1;
            while (j < v.length && v[j] == v[i]) {
                j++;
            }
            writeVarLong(d, j - i);
            writeVarLong(d, zigzag(v[i]));
            i = j;
        }
    }

    private static int[] readRuns(DataInputStream d, int n) throws IOException {
        int[] v = new int[n];
        int i = 0;
        while (i < n) {
            long run = readVarLong(d);
            int value = (int) unzigzag(readVarLong(d));
            if (run <= 0 || run > n - i) {
                throw new IOException("corrupt world file: run of " + run + " at cell " + i + " of " + n);
            }
            for (long k = 0; k < run; k++) {
                v[i++] = value;
            }
        }
        return v;
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long z) {
        return (z >>> 1) ^ -(z & 1);
    }

    private static void writeVarLong(DataOutputStream d, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            d.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        d.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream d) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = d.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("corrupt world file: variable-length integer too long");
    }
}
