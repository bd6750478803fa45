package io.github.verbatim.capture;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The container readers and URL fetchers a capture uses: what turns one input into many documents
 * (a WARC file) or a URL into bytes.
 *
 * @param containers the container readers, in the order they are asked
 * @param fetchers the URL fetchers, in the order they are asked
 */
public record CaptureServices(List<ContainerReader> containers, List<UrlFetcher> fetchers) {

    /** Copies the lists. */
    public CaptureServices {
        containers = List.copyOf(containers);
        fetchers = List.copyOf(fetchers);
    }

    /** Returns services with no container reader and no fetcher: every input is one document. */
    public static CaptureServices none() {
        return new CaptureServices(List.of(), List.of());
    }

    /** Returns the container readers declared through {@link ServiceLoader} in this class's class loader. */
    public static List<ContainerReader> discoverContainers() {
        List<ContainerReader> found = new ArrayList<>();
        ServiceLoader.load(ContainerReader.class, CaptureServices.class.getClassLoader()).forEach(found::add);
        return found;
    }

    /** Returns the URL fetchers declared through {@link ServiceLoader} in this class's class loader. */
    public static List<UrlFetcher> discoverFetchers() {
        List<UrlFetcher> found = new ArrayList<>();
        ServiceLoader.load(UrlFetcher.class, CaptureServices.class.getClassLoader()).forEach(found::add);
        return found;
    }

    /**
     * Returns the container reader for a media type.
     *
     * @param mediaType a type without parameters
     * @return the first reader that reads it, or empty if the type is not a container
     */
    public Optional<ContainerReader> containerFor(String mediaType) {
        return containers.stream().filter(c -> c.reads(mediaType)).findFirst();
    }

    /**
     * Returns the fetcher for a URL.
     *
     * @param url an absolute URL
     * @return the first fetcher that fetches it, or empty if none does
     */
    public Optional<UrlFetcher> fetcherFor(URI url) {
        return fetchers.stream().filter(f -> f.fetches(url)).findFirst();
    }
}
