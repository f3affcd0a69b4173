package org.newsdrift.job;

import java.nio.file.Path;
import java.util.Map;
import org.newsdrift.S3ProxyProcess;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One empty bucket on an s3proxy of its own, with the tests' key pair, for the job tests that read or write through
 * S3A. Closing it stops the proxy, after the S3A file system the job left in Hadoop's cache.
 */
final class S3TestBucket implements AutoCloseable {
    private static final String ACCESS_KEY = "newsdrift-test-access";
    private static final String SECRET_KEY = "newsdrift-test-secret";

    private final S3ProxyProcess proxy;
    private final String name;
    private final S3Client client;

    private S3TestBucket(S3ProxyProcess proxy, String name) {
        this.proxy = proxy;
        this.name = name;
        this.client = S3Client.builder()
                .endpointOverride(proxy.endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .build();
    }

    /** Starts a proxy serving from {@code folder} and creates the bucket {@code name} in it. */
    static S3TestBucket start(Path folder, String name) throws Exception {
        S3ProxyProcess proxy = S3ProxyProcess.start(folder, ACCESS_KEY, SECRET_KEY);
        S3TestBucket bucket;
        try {
            bucket = new S3TestBucket(proxy, name);
        } catch (RuntimeException e) {
            proxy.close();
            throw e;
        }
        try {
            bucket.client.createBucket(b -> b.bucket(name));
        } catch (RuntimeException e) {
            bucket.close();
            throw e;
        }
        return bucket;
    }

    /** The S3A URI of {@code key} in this bucket. */
    String uri(String key) {
        return "s3a://" + name + "/" + key;
    }

    void put(String key, byte[] content) {
        client.putObject(b -> b.bucket(name).key(key), RequestBody.fromBytes(content));
    }

    /** S3A pointed at the proxy, as spark-submit would pass them. */
    Map<String, String> s3aSettings() {
        return proxy.s3aSettings();
    }

    @Override
    public void close() throws Exception {
        try {
            client.close();
            // The job's S3A file system stays in Hadoop's cache with its connection pool; close it with the proxy.
            proxy.closeFileSystem(name);
        } finally {
            proxy.close();
        }
    }
}
