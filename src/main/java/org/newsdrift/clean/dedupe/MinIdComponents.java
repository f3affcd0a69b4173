package org.newsdrift.clean.dedupe;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Connected components of article pairs by union-find, each article labelled with the smallest id in its component
 * (the label min-label propagation converges to). Ids compare as strings.
 */
final class MinIdComponents {
    private final Map<String, String> parent = new HashMap<>();

    /** Puts {@code a} and {@code b} in one component. */
    void link(String a, String b) {
        String rootA = root(a);
        String rootB = root(b);
        if (!rootA.equals(rootB)) {
            // The smaller root stays a root, so every root is its component's smallest id.
            if (rootA.compareTo(rootB) < 0) {
                parent.put(rootB, rootA);
            } else {
                parent.put(rootA, rootB);
            }
        }
    }

    /** Every linked article and its component's smallest id. */
    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String id : parent.keySet()) {
            labels.put(id, root(id));
        }
        return labels;
    }

    private String root(String id) {
        String node = parent.computeIfAbsent(id, k -> k);
        while (true) {
            String up = parent.get(node);
            if (up.equals(node)) {
                return node;
            }
            String grand = parent.get(up);
            parent.put(node, grand); // path halving
            node = grand;
        }
    }
}
