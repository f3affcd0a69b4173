package org.newsdrift;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * An S3 API on loopback for tests: s3proxy with a filesystem backend, started as its own JVM (its jar bundles
 * libraries that clash with Spark's) on a free port, and stopped by {@link #close()}.
 */
public final class S3ProxyProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Started .*ServerConnector.*\\{127\\.0\\.0\\.1:(\\d+)}");
    private static final long START_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;

    private S3ProxyProcess(Process process, URI endpoint, String accessKey, String secretKey) {
        this.process = process;
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** Starts s3proxy serving buckets from {@code folder}, accepting only the given key pair. */
    public static S3ProxyProcess start(Path folder, String accessKey, String secretKey) throws IOException {
        String jar = System.getProperty("newsdrift.s3proxy.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("Cannot start s3proxy: newsdrift.s3proxy.jar names no jar (" + jar
                    + "); run the tests through Maven, which sets it");
        }
        Path data = Files.createDirectories(folder.resolve("buckets"));
        Path properties = folder.resolve("s3proxy.properties");
        Files.write(
                properties,
                List.of(
                        "s3proxy.endpoint=http://127.0.0.1:0",
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + accessKey,
                        "s3proxy.credential=" + secretKey,
                        "jclouds.provider=filesystem",
                        "jclouds.filesystem.basedir=" + data),
                StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(), "-Xmx256m", "-jar", jar, "--properties", properties.toString())
                .redirectErrorStream(true)
                .start();
        try {
            int port = awaitPort(process);
            return new S3ProxyProcess(process, URI.create("http://127.0.0.1:" + port), accessKey, secretKey);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Reads the proxy's log until Jetty says which port it bound; the rest of the log is drained and dropped. */
    private static int awaitPort(Process process) throws IOException {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuffer log = new StringBuffer();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = lines.readLine()) != null; ) {
                            if (!port.isDone()) {
                                log.append(line).append('\n');
                                Matcher m = LISTENING.matcher(line);
                                if (m.find()) {
                                    port.complete(Integer.parseInt(m.group(1)));
                                }
                            }
                        }
                    } catch (IOException e) {
                        port.completeExceptionally(e);
                    }
                    port.completeExceptionally(new IOException("s3proxy exited before listening"));
                },
                "s3proxy-log");
        reader.setDaemon(true);
        reader.start();
        try {
            return port.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IOException(
                    "Cannot start s3proxy: it did not report a port within " + START_TIMEOUT_SECONDS + " s; its log:\n"
                            + log,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Cannot start s3proxy: interrupted", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** S3A pointed at the proxy, as spark-submit would pass them: the job gives {@code spark.hadoop.*} to Hadoop. */
    public Map<String, String> s3aSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spark.hadoop.fs.s3a.endpoint", endpoint.toString());
        settings.put("spark.hadoop.fs.s3a.endpoint.region", "us-east-1");
        settings.put("spark.hadoop.fs.s3a.path.style.access", "true");
        settings.put("spark.hadoop.fs.s3a.connection.ssl.enabled", "false");
        settings.put(
                "spark.hadoop.fs.s3a.aws.credentials.provider",
                "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
        settings.put("spark.hadoop.fs.s3a.access.key", accessKey);
        settings.put("spark.hadoop.fs.s3a.secret.key", secretKey);
        return settings;
    }

    /** Closes the S3A file system of {@code bucket} that Hadoop keeps cached with its connection pool. */
    public void closeFileSystem(String bucket) throws IOException {
        Configuration conf = new Configuration();
        s3aSettings().forEach((key, value) -> conf.set(key.substring("spark.hadoop.".length()), value));
        FileSystem.get(URI.create("s3a://" + bucket + "/"), conf).close();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
