package org.newsdrift.model;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The saved form of {@link InferencerCounts} ({@code inferencer.bin} in a model version's folder): a header naming
 * the format, k and the vocabulary size, alpha, beta and the tokens per topic, then each term with its non-zero
 * (topic, count) pairs, then a CRC-32 of everything before it, so that a truncated or altered file is refused
 * instead of scoring articles with wrong counts.
 */
public final class InferencerFile {
    /** The file's name in a version folder. */
    public static final String NAME = "inferencer.bin";

    private static final byte[] MAGIC = "newsdrift-inferencer".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;

    private InferencerFile() {}

    /** The file's bytes. */
    public static byte[] bytes(InferencerCounts counts) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeInt(FORMAT);
            int k = counts.k();
            String[] terms = counts.terms();
            out.writeInt(k);
            out.writeInt(terms.length);
            for (double a : counts.alpha()) {
                out.writeDouble(a);
            }
            out.writeDouble(counts.beta());
            for (int total : counts.topicTotals()) {
                out.writeInt(total);
            }
            for (int w = 0; w < terms.length; w++) {
                out.writeUTF(terms[w]);
                int nonZero = 0;
                for (int t = 0; t < k; t++) {
                    nonZero += counts.wordTopic(w, t) > 0 ? 1 : 0;
                }
                out.writeInt(nonZero);
                for (int t = 0; t < k; t++) {
                    if (counts.wordTopic(w, t) > 0) {
                        out.writeInt(t);
                        out.writeInt(counts.wordTopic(w, t));
                    }
                }
            }
        } catch (UTFDataFormatException e) {
            throw new IllegalArgumentException("Cannot save the inferencer: a term is longer than 65,535 bytes", e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the inferencer: " + e.getMessage(), e);
        }
        byte[] body = buffer.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        return ByteBuffer.allocate(body.length + Long.BYTES)
                .put(body)
                .putLong(crc.getValue())
                .array();
    }

    /**
     * Reads a saved inferencer.
     *
     * @param where the file's path, for messages
     * @throws CorruptInferencerException when the bytes are not a complete, unaltered inferencer file
     */
    public static InferencerCounts read(InputStream in, String where) throws IOException {
        byte[] all = in.readAllBytes();
        if (all.length < MAGIC.length + Long.BYTES) {
            throw new CorruptInferencerException("Cannot read the saved inferencer: the file is truncated ("
                    + all.length + " bytes) (" + where + ")");
        }
        ByteBuffer tail = ByteBuffer.wrap(all, all.length - Long.BYTES, Long.BYTES);
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - Long.BYTES);
        for (int i = 0; i < MAGIC.length; i++) {
            if (all[i] != MAGIC[i]) {
                throw new CorruptInferencerException(
                        "Cannot read the saved inferencer: it is not a newsdrift inferencer " + "file (" + where + ")");
            }
        }
        if (tail.getLong() != crc.getValue()) {
            throw new CorruptInferencerException(
                    "Cannot read the saved inferencer: its checksum does not match, the file "
                            + "is truncated or altered; refit the version with retrain (" + where + ")");
        }
        try (DataInputStream data = new DataInputStream(
                new java.io.ByteArrayInputStream(all, MAGIC.length, all.length - MAGIC.length - Long.BYTES))) {
            int format = data.readInt();
            if (format != FORMAT) {
                throw new CorruptInferencerException("Cannot read the saved inferencer: format " + format + " is not "
                        + FORMAT + ", the one this version reads (" + where + ")");
            }
            int k = data.readInt();
            int vocabulary = data.readInt();
            if (k < 1 || vocabulary < 0) {
                throw new CorruptInferencerException("Cannot read the saved inferencer: k " + k + " and vocabulary "
                        + vocabulary + " are impossible (" + where + ")");
            }
            double[] alpha = new double[k];
            for (int t = 0; t < k; t++) {
                alpha[t] = data.readDouble();
            }
            double beta = data.readDouble();
            int[] totals = new int[k];
            for (int t = 0; t < k; t++) {
                totals[t] = data.readInt();
            }
            String[] terms = new String[vocabulary];
            int[] wordTopic = new int[vocabulary * k];
            for (int w = 0; w < vocabulary; w++) {
                terms[w] = data.readUTF();
                int pairs = data.readInt();
                for (int p = 0; p < pairs; p++) {
                    int topic = data.readInt();
                    if (topic < 0 || topic >= k) {
                        throw new CorruptInferencerException("Cannot read the saved inferencer: topic " + topic
                                + " of term " + terms[w] + " is outside 0.." + (k - 1) + " (" + where + ")");
                    }
                    wordTopic[w * k + topic] = data.readInt();
                }
            }
            if (data.available() > 0) {
                throw new CorruptInferencerException("Cannot read the saved inferencer: " + data.available()
                        + " bytes follow the last term (" + where + ")");
            }
            return new InferencerCounts(terms, wordTopic, totals, alpha, beta);
        } catch (EOFException e) {
            throw new CorruptInferencerException(
                    "Cannot read the saved inferencer: it ends before its last term (" + where + ")");
        } catch (IllegalArgumentException e) {
            throw new CorruptInferencerException(e.getMessage() + " (" + where + ")");
        }
    }

    /** A saved inferencer that is truncated, altered or of another format. */
    public static final class CorruptInferencerException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        CorruptInferencerException(String message) {
            super(message);
        }
    }
}
