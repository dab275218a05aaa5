package org.hrcsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark's client reads lengths, chunks and errors right, and keeps one connection while it may. */
class KeepAliveClientTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fixed", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("fixed " + exchange.getRequestURI().getRawQuery()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/chunked", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0); // 0: chunked
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 3; i++) {
                    out.write("é".repeat(40_000).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        server.createContext("/missing", exchange -> {
            byte[] body = "{\"error\":{\"code\":\"not_found\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/closing", exchange -> {
            exchange.getResponseHeaders().add("Connection", "close");
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private KeepAliveClient client() {
        return new KeepAliveClient("127.0.0.1", server.getAddress().getPort());
    }

    @Test
    void readsBodiesWithALengthOverOneConnection() throws IOException {
        try (KeepAliveClient client = client()) {
            for (int i = 0; i < 50; i++) {
                KeepAliveClient.Response r = client.get("/fixed?q=%22human+rights%22&i=" + i);
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.text()).isEqualTo("fixed q=%22human+rights%22&i=" + i);
            }
            assertThat(client.connections()).isEqualTo(1);
        }
        assertThat(requests).hasValue(50);
    }

    @Test
    void readsChunkedBodiesWhole() throws IOException {
        try (KeepAliveClient client = client()) {
            for (int i = 0; i < 3; i++) {
                KeepAliveClient.Response r = client.get("/chunked");
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.text()).isEqualTo("é".repeat(120_000));
            }
            assertThat(client.connections()).isEqualTo(1);
        }
    }

    @Test
    void returnsErrorsWithTheirBodies() throws IOException {
        try (KeepAliveClient client = client()) {
            KeepAliveClient.Response r = client.get("/missing");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.text()).contains("not_found");
            assertThat(client.get("/fixed?x").status()).isEqualTo(200);
        }
    }

    @Test
    void opensANewConnectionAfterTheServerClosedOne() throws IOException {
        try (KeepAliveClient client = client()) {
            assertThat(client.get("/closing").status()).isEqualTo(204);
            assertThat(client.get("/fixed?after").text()).isEqualTo("fixed after");
            assertThat(client.connections()).isEqualTo(2);
        }
    }

    @Test
    void aServerThatIsGoneIsAnIoError() {
        server.stop(0);
        try (KeepAliveClient client = client()) {
            assertThatThrownBy(() -> client.get("/fixed")).isInstanceOf(IOException.class);
        }
    }
}
