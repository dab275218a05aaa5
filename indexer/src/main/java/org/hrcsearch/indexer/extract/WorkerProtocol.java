package org.hrcsearch.indexer.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an indexer and its {@link ExtractWorker} say to each other over the worker's stdin and stdout: frames of a
 * 4-byte big-endian length and that many bytes.
 *
 * <ul>
 *   <li>worker to indexer, once at start: {@link #HELLO} in UTF-8, when its parser is loaded;
 *   <li>indexer to worker: a request, a 4-byte id and the absolute path of one file in UTF-8;
 *   <li>worker to indexer: the answer, the request's id and the {@link ExtractionResult} of that file, as
 *       {@link #encode} writes it.
 * </ul>
 *
 * A worker parses as many files at once as it has parse threads; answers come in the order parses finish.
 */
final class WorkerProtocol {
    private WorkerProtocol() {}

    /** The first frame a worker sends, once it can parse. */
    static final String HELLO = "hrc-extract-worker/1";

    /** No frame is longer: 20 M characters of text in UTF-8 and their framing fit well inside. */
    static final int MAX_FRAME_BYTES = 256 << 20;

    private static final byte EXTRACTED = 'E';
    private static final byte FAILED = 'F';

    static void writeFrame(OutputStream out, byte[] payload) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(payload.length);
        data.write(payload);
        data.flush();
    }

    /** The next frame, or empty at the end of the stream (the other side closed it or died). */
    static Optional<byte[]> readFrame(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int length;
        try {
            length = data.readInt();
        } catch (EOFException e) {
            return Optional.empty();
        }
        if (length < 0 || length > MAX_FRAME_BYTES) {
            throw new IOException("bad frame length " + length + ": the other side does not speak " + HELLO);
        }
        byte[] payload = new byte[length];
        try {
            data.readFully(payload);
        } catch (EOFException e) {
            return Optional.empty();
        }
        return Optional.of(payload);
    }

    /** A request: which file, under which id. */
    record Request(int id, Path file) {}

    /** An answer: the result for the request with this id. */
    record Answer(int id, ExtractionResult result) {}

    static byte[] encodeRequest(int id, Path file) {
        byte[] path = file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + path.length).putInt(id).put(path).array();
    }

    static Request decodeRequest(byte[] payload) throws IOException {
        if (payload.length < 4) {
            throw new IOException("a request has an id and a path");
        }
        ByteBuffer b = ByteBuffer.wrap(payload);
        int id = b.getInt();
        return new Request(id, Path.of(new String(payload, 4, payload.length - 4, StandardCharsets.UTF_8)));
    }

    static byte[] encode(int id, ExtractionResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(id);
            switch (result) {
                case ExtractionResult.Extracted e -> {
                    Extraction x = e.extraction();
                    out.writeByte(EXTRACTED);
                    writeString(out, x.contentType());
                    out.writeBoolean(x.metadataTitle().isPresent());
                    if (x.metadataTitle().isPresent()) {
                        writeString(out, x.metadataTitle().get());
                    }
                    out.writeInt(x.pages().size());
                    for (String page : x.pages()) {
                        writeString(out, page);
                    }
                    out.writeInt(x.warnings().size());
                    for (String warning : x.warnings()) {
                        writeString(out, warning);
                    }
                }
                case ExtractionResult.Failed f -> {
                    out.writeByte(FAILED);
                    out.writeByte(f.failure().ordinal());
                    writeString(out, f.reason());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static Answer decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        int id = in.readInt();
        return new Answer(id, decodeResult(in));
    }

    private static ExtractionResult decodeResult(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        if (tag == EXTRACTED) {
            String contentType = readString(in);
            Optional<String> title = in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
            int count = in.readInt();
            if (count < 0) {
                throw new IOException("bad page count " + count);
            }
            List<String> pages = new ArrayList<>(Math.min(count, 10_000));
            for (int i = 0; i < count; i++) {
                pages.add(readString(in));
            }
            int warningCount = in.readInt();
            if (warningCount < 0 || warningCount > 1_000) {
                throw new IOException("bad warning count " + warningCount);
            }
            List<String> warnings = new ArrayList<>(warningCount);
            for (int i = 0; i < warningCount; i++) {
                warnings.add(readString(in));
            }
            return new ExtractionResult.Extracted(new Extraction(pages, contentType, title, warnings));
        }
        if (tag == FAILED) {
            int kind = in.readByte();
            ExtractionResult.Failure[] kinds = ExtractionResult.Failure.values();
            if (kind < 0 || kind >= kinds.length) {
                throw new IOException("unknown failure kind " + kind);
            }
            return new ExtractionResult.Failed(kinds[kind], readString(in));
        }
        throw new IOException("unknown result tag " + tag);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME_BYTES) {
            throw new IOException("bad string length " + length);
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
