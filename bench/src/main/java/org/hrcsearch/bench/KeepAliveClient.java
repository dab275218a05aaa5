package org.hrcsearch.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The search benchmark's HTTP client: one keep-alive HTTP/1.1 connection, blocking, GET only, used by one client
 * thread. The benchmark's 16 clients share the machine's two cores with the server they measure, so what a client
 * spends per request is taken from the server. The JDK's {@code HttpClient} runs a selector thread and completes
 * futures for every request; this client reads and writes on its own thread, and the benchmark's whole client JVM
 * took 0.09-0.11 ms of CPU per search with it. Bodies come with a length or chunked; a {@code Connection: close}
 * answer, or a failed request, closes the connection and the next request opens another.
 */
final class KeepAliveClient implements Closeable {

    /** A status and the whole body. */
    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Longer header lines are refused rather than read without end. */
    private static final int MAX_LINE = 16 * 1024;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int connections;

    KeepAliveClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** How many connections this client has opened: one, unless the server closed some. */
    int connections() {
        return connections;
    }

    /** GETs {@code pathAndQuery} (already encoded, starting with {@code /}). */
    Response get(String pathAndQuery) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(host, port), 10_000);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
        out = s.getOutputStream();
        connections++;
    }

    private Response read() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = parts[0].equals("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closeAfter = value.contains("close");
                default -> {}
            }
        }
        byte[] body;
        if (chunked) {
            body = chunkedBody();
        } else if (length >= 0) {
            body = in.readNBytes(Math.toIntExact(length));
            if (body.length < length) {
                throw new EOFException("the connection closed after " + body.length + " of " + length + " bytes");
            }
        } else {
            body = in.readAllBytes(); // neither: the body runs to the end of the connection
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, body);
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line();
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!line().isEmpty()) {
                    // trailers: none expected, skipped
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new EOFException("the connection closed inside a chunk");
            }
            body.write(chunk);
            line(); // the CRLF after the chunk
        }
    }

    /** One line without its CRLF. */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the server closed the connection" + (sb.isEmpty() ? "" : " inside a line"));
            }
            if (b == '\n') {
                int end = sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r' ? sb.length() - 1 : sb.length();
                return sb.substring(0, end);
            }
            if (sb.length() == MAX_LINE) {
                throw new IOException("a header line longer than " + MAX_LINE + " bytes");
            }
            sb.append((char) b);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing: nothing left to do
            }
            socket = null;
        }
    }
}
